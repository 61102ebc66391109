package dev.flowkit.examples.finishsignup;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowkit.examples.ExampleSettings;
import dev.flowkit.junit.User;
import dev.flowkit.junit.WhatsAppFlowTest;
import dev.flowkit.junit.WhatsAppPlatform;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.junit.jupiter.api.parallel.Resources;

/**
 * The start-up as {@code main} runs it: settings from system properties only, the flow created and sent by the
 * app itself, what it prints, then the flow walked on the user's phone to the printed sign-up.
 */
@WhatsAppFlowTest(callbackPort = "0")
class FinishSignUpAppStartUpTest {

  private static final String USER = "447700900654";

  @Test
  @ResourceLock(Resources.SYSTEM_PROPERTIES)  // whatsapp.* system properties are JVM-wide
  void main_s_start_up_sends_the_draft_from_settings_alone_and_prints_what_to_do_next(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    settings.remove("whatsapp.private-key");  // a static flow needs no key
    settings.put("whatsapp.recipient", USER);
    settings.forEach(System::setProperty);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    try (FinishSignUpApp app = FinishSignUpApp.run(ExampleSettings.fromEnvironment(),
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      FlowSession session = phone.openLatest();
      String flowId = phone.flowMessages().get(0).flow().flowId();
      assertThat(printed.toString(StandardCharsets.UTF_8)).isEqualTo(
          "Flow " + flowId + " saved as a draft and sent to " + USER + " in draft mode, message "
              + session.messageId() + ".\n"
          + "Next: open the message in WhatsApp on " + USER + "'s phone, fill in the three fields and tap Done.\n"
          + "On FlowKit's mock platform, " + platform.baseUrl() + "/_flowkit/users/" + USER + "/flow_messages"
              + " shows the message, and a SimulatedPhone walks it (see FinishSignUpAppTest).\n"
          + "Each sign-up is printed here when its completion webhook reaches http://127.0.0.1:" + app.port()
              + "/webhook. Ctrl-C stops.\n");

      session.fill("first_name", "Alan").fill("last_name", "Turing").fill("email", "alan@example.com").tapFooter();

      platform.awaitCompletion(session.messageId());
      assertThat(app.signUps()).singleElement().satisfies(signUp ->
          assertThat(signUp.flowToken()).isEqualTo(session.flowToken()));
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .endsWith("Signed up: Alan Turing <alan@example.com>, WhatsApp user " + USER + "\n");
    } finally {
      settings.keySet().forEach(System::clearProperty);
    }
  }

  @Test
  void a_missing_setting_is_named_without_any_value(WhatsAppPlatform platform) {
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    settings.remove("whatsapp.verify-token");

    assertThatThrownBy(() -> FinishSignUpApp.start(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing setting whatsapp.verify-token (or WHATSAPP_VERIFY_TOKEN in the environment)");
  }

  @Test
  void main_without_a_recipient_fails_naming_it_and_frees_its_port(WhatsAppPlatform platform) {
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream out = new PrintStream(printed, true, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> FinishSignUpApp.run(settings, out))
        .hasMessage("missing setting whatsapp.recipient (or WHATSAPP_RECIPIENT in the environment)");

    assertThat(printed.size()).isZero();
    FinishSignUpApp.start(settings).close();  // the failed run let go of the callback port
  }

  @Test
  void a_publish_setting_other_than_true_or_false_is_refused_without_its_value(WhatsAppPlatform platform) {
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    settings.put("whatsapp.publish", "yes-please");

    assertThatThrownBy(() -> FinishSignUpApp.start(settings))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("whatsapp.publish is true or false");
  }
}
