package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.json.FlowJson;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class ScreenCorpusTest {

  static List<String> corpus() throws IOException, URISyntaxException {
    Path root = Path.of(ScreenCorpusTest.class.getResource("/screens").toURI());
    try (Stream<Path> files = Files.walk(root)) {
      return files.filter(p -> p.toString().endsWith(".json")).map(p -> root.relativize(p).toString().replace('\\', '/'))
          .sorted().toList();
    }
  }

  @ParameterizedTest
  @MethodSource("corpus")
  void every_corpus_flow_opens_in_navigate_mode_and_renders_its_first_screen(String path) {
    FlowJson flow = ScreenFlows.resource(path);
    ScreenEngine engine = ScreenFlows.opened(flow);

    RenderedScreen screen = engine.current();

    assertThat(engine.entryScreens()).contains(screen.id());
    assertThat(screen.components()).isNotEmpty();
    assertThat(screen.plainText()).startsWith(screen.id() + " \"");
  }

  @Test
  void corpus_is_found() throws Exception {
    assertThat(corpus()).hasSizeGreaterThan(30).contains("sign_up_login.json", "pywa/6_0/update_data.json");
  }

  @Test
  void sign_up_screen_renders_init_values_from_the_navigate_payload_as_a_stable_snapshot() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("sign_up_login.json"));
    assertThat(engine.current().plainText()).isEqualTo("""
        START "Home"
        [TextHeading] Welcome to our app
        [EmbeddedLink] Click here to sign up
        [EmbeddedLink] Click here to login
        """);

    ScreenStep step = engine.tapLink("Click here to login");
    engine.fill("email", "ada@example.com");

    assertThat(step).isInstanceOf(ScreenStep.Navigated.class);
    assertThat(engine.current().plainText()).isEqualTo("""
        LOGIN "Login" (terminal)
        [TextHeading] Please enter your details
        [EmbeddedLink] Don't have an account?
        [TextInput] Email Address* = "ada@example.com"
        [TextInput] Password* = ""
        [Footer] Done  (disabled)
        """);
  }
}
