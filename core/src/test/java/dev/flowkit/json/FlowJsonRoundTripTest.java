package dev.flowkit.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Every Flow JSON file of the corpus (src/test/resources/flowjson, see its README) survives a round trip. */
class FlowJsonRoundTripTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();
  private static final AtomicInteger ROUND_TRIPPED = new AtomicInteger();
  private static final AtomicInteger TYPED = new AtomicInteger();
  private static final java.util.Map<String, Integer> UNMODELLED = new java.util.concurrent.ConcurrentSkipListMap<>();

  static List<Path> corpus() throws IOException, URISyntaxException {
    Path root = Path.of(FlowJsonRoundTripTest.class.getResource("/flowjson").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(f -> f.toString().endsWith(".json")).sorted().toList();
    }
  }

  @Test
  void the_corpus_is_all_there() throws Exception {
    assertThat(corpus()).hasSize(36);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("corpus")
  void parse_then_write_gives_json_equal_to_the_input(Path file) throws IOException {
    JsonNode original = PLAIN.readTree(file.toFile());

    FlowJson flow = FlowJsonMapper.read(file);

    assertThat(PLAIN.readTree(FlowJsonMapper.write(flow))).isEqualTo(original);
    assertThat(PLAIN.readTree(FlowJsonMapper.writePretty(flow))).isEqualTo(original);
    assertThat(FlowJsonMapper.toTree(FlowJsonMapper.fromTree(original))).isEqualTo(original);
    ROUND_TRIPPED.incrementAndGet();
    java.util.List<String> unknown = new java.util.ArrayList<>();
    flow.screens().forEach(screen -> count(screen.layout().children(), unknown));
    // Every corpus file is valid Flow JSON, so every component in it must be read as its typed record.
    assertThat(unknown).as("components read as UnknownComponent").isEmpty();
  }

  private static void count(List<Component> components, List<String> unknown) {
    for (Component component : components) {
      if (component instanceof UnknownComponent) {
        UNMODELLED.merge(component.type(), 1, Integer::sum);
        unknown.add(component.type());
      } else {
        TYPED.incrementAndGet();
      }
      if (component instanceof Form form) {
        count(form.children(), unknown);
      } else if (component instanceof If branch) {
        count(branch.then(), unknown);
        branch.otherwise().ifPresent(otherwise -> count(otherwise, unknown));
      } else if (component instanceof Switch choice) {
        choice.cases().values().forEach(children -> count(children, unknown));
      }
    }
  }

  @AfterAll
  static void report() {
    System.out.println("Flow JSON corpus files round-tripped: " + ROUND_TRIPPED.get() + "; components read as typed "
        + "records: " + TYPED.get() + "; kept whole as UnknownComponent: " + UNMODELLED);
  }
}
