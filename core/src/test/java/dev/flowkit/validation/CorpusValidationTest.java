package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every corpus file is valid Flow JSON for its version (see src/test/resources/flowjson/README.md). */
class CorpusValidationTest {

  static List<Path> corpus() throws IOException, URISyntaxException {
    Path root = Path.of(CorpusValidationTest.class.getResource("/flowjson").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validates_with_no_error(Path file) throws IOException {
    ValidationResult result = FlowJsonValidator.validate(Files.readString(file));

    assertThat(result.errors()).extracting(e -> e.toJson().toString()).isEmpty();
    assertThat(result.isValid()).isTrue();
  }
}
