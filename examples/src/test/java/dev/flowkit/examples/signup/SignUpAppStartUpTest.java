package dev.flowkit.examples.signup;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowkit.junit.User;
import dev.flowkit.junit.WhatsAppFlowTest;
import dev.flowkit.junit.WhatsAppPlatform;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The start-up as {@code main} runs it: settings from system properties only (the private key from a file), the
 * flow created, uploaded, published and sent by the app itself, then walked to its end on the user's phone.
 */
@WhatsAppFlowTest(callbackPort = "0", endpointUri = "/flow")
class SignUpAppStartUpTest {

  private static final String USER = "447700900777";

  @Test
  void main_s_start_up_publishes_and_sends_the_flow_from_settings_alone(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone, @TempDir Path dir) throws Exception {
    Path keyFile = dir.resolve("private.pem");
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    Files.writeString(keyFile, settings.remove("whatsapp.private-key"));
    settings.put("whatsapp.private-key-file", keyFile.toString());
    settings.put("whatsapp.recipient", USER);
    settings.forEach(System::setProperty);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (SignUpApp app = SignUpApp.run(SignUpApp.configFromEnvironment(),
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      FlowSession session = phone.openLatest().tapLink("Click here to sign up")
          .fill("first_name", "Alan").fill("last_name", "Turing").fill("email", "alan@example.com")
          .fill("password", "enigma123").fill("confirm_password", "enigma123").tapFooter()
          .fill("password", "enigma123").tapFooter()
          .optIn("stay_logged_in", true).tapFooter();

      assertThat(session).isCompletedWith("stay_logged_in", true);
      platform.awaitCompletion(session.messageId());
      assertThat(app.completions()).singleElement()
          .satisfies(done -> assertThat(done.flowToken()).hasValue(session.flowToken()));
      assertThat(printed.toString(StandardCharsets.UTF_8).lines()).containsExactly(
          "flow " + phone.flowMessages().get(0).flow().flowId() + " published and sent as message " + session.messageId()
              + "; endpoint and webhook receiver on port " + app.port(),
          "user " + USER + " completed the flow of message " + session.messageId() + ": stay logged in = true");
    } finally {
      settings.keySet().forEach(System::clearProperty);
    }
  }

  @Test
  void a_missing_setting_is_named_without_any_value() {
    Map<String, String> settings = Map.of("whatsapp.app-secret", "s3cr3t-value");
    assertThatThrownBy(() -> SignUpApp.start(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("whatsapp.graph.access-token")
        .hasMessageContaining("WHATSAPP_GRAPH_ACCESS_TOKEN")
        .hasMessageNotContaining("s3cr3t-value");
  }
}
