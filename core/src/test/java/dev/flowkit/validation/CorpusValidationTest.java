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

/**
 * Every corpus file is valid Flow JSON for its version (see src/test/resources/flowjson/README.md), except for
 * the real defects listed in {@link #KNOWN_DEFECTS}, which the validator must report exactly.
 */
class CorpusValidationTest {

  /**
   * Problems in the samples themselves. pywa's navigation_list example has a NavigationList item that navigates to
   * FOURTH_SCREEN, which the flow does not contain (its screens are FIRST, SECOND, THIRD, FIFTH and CONTACT): no
   * phone could follow that item. Another item sends {@code true} as FIFTH_SCREEN's {@code first_name}, which that
   * screen declares a string.
   */
  private static final java.util.Map<String, List<String>> KNOWN_DEFECTS = java.util.Map.of(
      "pywa/6_2/navigation_list.json", List.of(
          "INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME Unknown screen ids found: [FOURTH_SCREEN]. "
              + "screens[0].layout.children[0].list-items[2].on-click-action.next.name",
          "INVALID_NAVIGATE_ACTION_STATIC_DATA Schema of payload data at 'first_name' on screen 'FIRST_SCREEN' is not "
              + "matching with schema of data model field on screen 'FIFTH_SCREEN'. Property is expecting 'string' but "
              + "got boolean. screens[0].layout.children[0].list-items[4].on-click-action.payload.first_name"));

  static List<Path> corpus() throws IOException, URISyntaxException {
    Path root = Path.of(CorpusValidationTest.class.getResource("/flowjson").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void validates_with_no_error_but_its_known_defects(Path file) throws IOException, URISyntaxException {
    ValidationResult result = FlowJsonValidator.validate(Files.readString(file));
    String name = Path.of(CorpusValidationTest.class.getResource("/flowjson").toURI()).relativize(file).toString()
        .replace('\\', '/');

    if (KNOWN_DEFECTS.containsKey(name)) {
      assertThat(result.errors()).extracting(e -> e.error() + " " + e.message() + " " + e.pointers().get(0).path())
          .containsExactlyElementsOf(KNOWN_DEFECTS.get(name));
    } else {
      assertThat(result.errors()).extracting(e -> e.toJson().toString()).isEmpty();
      assertThat(result.isValid()).isTrue();
    }
  }
}
