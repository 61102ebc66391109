package dev.flowkit.examples.finishsignup;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.junit.User;
import dev.flowkit.junit.WhatsAppFlowTest;
import dev.flowkit.junit.WhatsAppPlatform;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The static flow's app registers its own webhook URL ({@code whatsapp.webhook-uri}) as a business does: the
 * platform has no callback URL, so the answers reach the app only through the number's callback it set on start.
 */
@WhatsAppFlowTest
class FinishSignUpAppOwnWebhookTest {

  private static final String USER = "447700900655";

  @Test
  void with_a_webhook_uri_the_sign_up_reaches_the_app_on_a_platform_without_a_callback(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    settings.put("whatsapp.callback-port", "0");
    settings.put("whatsapp.webhook-uri", "/webhook");
    settings.put("whatsapp.recipient", USER);
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    assertThat(platform.callbackUrl()).isEmpty();

    try (FinishSignUpApp app = FinishSignUpApp.run(settings, new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      FlowSession session = phone.openLatest().fill("first_name", "Alan").fill("last_name", "Turing")
          .fill("email", "alan@example.com").tapFooter();

      Delivery completion = platform.awaitCompletion(session.messageId());

      assertThat(completion.state()).isEqualTo(DeliveryState.DELIVERED);
      assertThat(completion.target()).contains(URI.create("http://127.0.0.1:" + app.port() + "/webhook"));
      assertThat(app.signUps()).singleElement().satisfies(signUp ->
          assertThat(signUp.flowToken()).isEqualTo(session.flowToken()));
      assertThat(printed.toString(StandardCharsets.UTF_8))
          .endsWith("Signed up: Alan Turing <alan@example.com>, WhatsApp user " + USER + "\n");
    }
  }
}
