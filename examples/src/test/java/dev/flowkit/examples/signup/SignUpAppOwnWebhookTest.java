package dev.flowkit.examples.signup;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.flowkit.graph.CallbackVerificationException;
import dev.flowkit.junit.User;
import dev.flowkit.junit.WhatsAppFlowTest;
import dev.flowkit.junit.WhatsAppPlatform;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryState;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app registers its own webhook URL ({@code whatsapp.webhook-uri}) as a business does: the platform here is
 * started with no callback URL at all, so a completion reaches the app only through the number's callback the app
 * set on start.
 */
@WhatsAppFlowTest
class SignUpAppOwnWebhookTest {

  private static final String USER = "447700900888";

  @Test
  void with_a_webhook_uri_the_app_registers_its_receiver_and_the_completion_reaches_it(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    assertThat(platform.callbackUrl()).isEmpty();
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    Map<String, String> settings = settings(platform);
    settings.put("whatsapp.webhook-uri", "/webhook");
    try (SignUpApp app = SignUpApp.run(settings,
        new PrintStream(printed, true, StandardCharsets.UTF_8))) {
      FlowSession session = walkToTheEnd(phone);

      Delivery completion = platform.awaitCompletion(session.messageId());

      assertThat(completion.state()).isEqualTo(DeliveryState.DELIVERED);
      assertThat(completion.target()).contains(URI.create("http://127.0.0.1:" + app.port() + "/webhook"));
      assertThat(app.completions()).singleElement()
          .satisfies(done -> assertThat(done.flowToken()).hasValue(session.flowToken()));
      assertThat(printed.toString(StandardCharsets.UTF_8).lines()).last().isEqualTo(
          "user " + USER + " completed the flow of message " + session.messageId() + ": stay logged in = true");
    }
  }

  @Test
  void without_a_webhook_uri_the_completion_has_nowhere_to_go(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    try (SignUpApp app = SignUpApp.run(settings(platform), new PrintStream(new ByteArrayOutputStream(), true,
        StandardCharsets.UTF_8))) {
      FlowSession session = walkToTheEnd(phone);

      assertThat(platform.awaitCompletion(session.messageId()).state()).isEqualTo(DeliveryState.NO_TARGET);
      assertThat(app.completions()).isEmpty();
    }
  }

  @Test
  void a_webhook_uri_that_fails_the_handshake_fails_the_start_and_frees_the_port(WhatsAppPlatform platform)
      throws Exception {
    Map<String, String> settings = settings(platform);
    settings.put("whatsapp.callback-port", Integer.toString(freePort()));
    settings.put("whatsapp.webhook-uri", "/not-the-webhook");  // the app's server answers 404 there

    assertThatExceptionOfType(CallbackVerificationException.class).isThrownBy(() -> SignUpApp.start(settings))
        .satisfies(e -> assertThat(e.error().message()).endsWith("HTTP Status Code = 404"))
        .withMessageNotContaining(platform.verifyToken());
    settings.remove("whatsapp.webhook-uri");
    SignUpApp.start(settings).close();  // the failed start let go of its port
  }

  private static Map<String, String> settings(WhatsAppPlatform platform) {
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    settings.put("whatsapp.callback-port", "0");
    settings.put("whatsapp.recipient", USER);
    return settings;
  }

  private static FlowSession walkToTheEnd(SimulatedPhone phone) {
    FlowSession session = phone.openLatest().tapLink("Click here to sign up")
        .fill("first_name", "Grace").fill("last_name", "Hopper").fill("email", "grace@example.com")
        .fill("password", "cobol1959").fill("confirm_password", "cobol1959").tapFooter()
        .fill("password", "cobol1959").tapFooter()
        .optIn("stay_logged_in", true).tapFooter();
    assertThat(session).isCompletedWith("stay_logged_in", true);
    return session;
  }

  /** A loopback port nothing listens on right now. */
  private static int freePort() throws Exception {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    }
  }
}
