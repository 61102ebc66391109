package dev.flowkit.mock.flows;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.flowkit.graph.CallbackVerificationException;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.SubscribedApp;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.testing.CallbackTrio;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.webhook.MessageStatus;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Every webhook callback call of core's {@link GraphApiClient} against a {@link MockWhatsApp}, end to end over
 * loopback: real receivers built from core's webhook handler answer (or refuse) the platform's verification
 * handshake, and the status webhooks of a message sent afterwards show where the platform now delivers.
 */
class WebhookConfigurationClientTest {

  static final String USER = CallbackTrio.USER;
  static CallbackTrio trio;

  @BeforeAll
  static void start() {
    trio = new CallbackTrio(true);
  }

  @AfterAll
  static void stop() {
    trio.close();
  }

  @BeforeEach
  void reset() {
    trio.whatsapp.reset();
  }

  @Test
  void a_number_s_own_webhook_passes_the_handshake_and_its_status_webhooks_go_there() {
    int before = trio.number.statuses().size();

    trio.client.setPhoneNumberWebhook(trio.whatsapp.phoneNumberId(), URI.create(trio.number.url()), "number-token");

    assertThat(trio.sendAndCollect()).containsOnly(trio.number.url());
    assertThat(trio.number.statuses()).hasSizeGreaterThanOrEqualTo(before + 2)
        .extracting(MessageStatus::recipientId).contains(USER);
  }

  @Test
  void a_wrong_verify_token_fails_the_handshake_as_a_typed_exception_and_nothing_changes() {
    assertThatExceptionOfType(CallbackVerificationException.class)
        .isThrownBy(() -> trio.client.setPhoneNumberWebhook(trio.whatsapp.phoneNumberId(),
            URI.create(trio.number.url()), "not-the-number-token"))
        .satisfies(e -> {
          assertThat(e.code()).isEqualTo(2200);
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.error().message())
              .isEqualTo("(#2200) Callback verification failed with the following errors: HTTP Status Code = 403");
        })
        .withMessageStartingWith("POST /v21.0/" + trio.whatsapp.phoneNumberId() + " failed with code 2200")
        .withMessageNotContaining("not-the-number-token");
    assertThatExceptionOfType(CallbackVerificationException.class)
        .isThrownBy(() -> trio.client.subscribeApp(trio.whatsapp.wabaId(), URI.create(trio.waba.url()),
            "not-the-waba-token"));
    assertThatExceptionOfType(CallbackVerificationException.class)
        .isThrownBy(() -> trio.client.setAppWebhook(trio.whatsapp.appId(), URI.create(trio.waba.url()),
            "not-the-waba-token", List.of("messages", "flows")));

    assertThat(trio.sendAndCollect()).containsOnly(trio.app.url());
    assertThat(trio.client.subscribedApps(trio.whatsapp.wabaId()).data()).singleElement()
        .satisfies(subscribed -> assertThat(subscribed.overrideCallbackUri()).isEmpty());
  }

  @Test
  void a_callback_nobody_listens_on_fails_the_handshake() throws Exception {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }

    assertThatExceptionOfType(CallbackVerificationException.class)
        .isThrownBy(() -> trio.client.setPhoneNumberWebhook(trio.whatsapp.phoneNumberId(),
            URI.create("http://127.0.0.1:" + closedPort + "/hook"), "number-token"))
        .satisfies(e -> assertThat(e.error().message()).contains("the callback could not be reached"));
  }

  @Test
  void removing_the_number_s_webhook_sends_its_webhooks_to_the_waba_s_override_again() {
    trio.client.subscribeApp(trio.whatsapp.wabaId(), URI.create(trio.waba.url()), "waba-token");
    trio.client.setPhoneNumberWebhook(trio.whatsapp.phoneNumberId(), URI.create(trio.number.url()), "number-token");
    assertThat(trio.sendAndCollect()).containsOnly(trio.number.url());

    trio.client.removePhoneNumberWebhook(trio.whatsapp.phoneNumberId());

    assertThat(trio.sendAndCollect()).containsOnly(trio.waba.url());
  }

  @Test
  void subscribing_with_an_override_is_listed_and_unsubscribing_leaves_no_target() {
    trio.client.subscribeApp(trio.whatsapp.wabaId(), URI.create(trio.waba.url()), "waba-token");

    assertThat(trio.client.subscribedApps(trio.whatsapp.wabaId()).data()).singleElement().satisfies(subscribed -> {
      assertThat(subscribed.id()).isEqualTo(trio.whatsapp.appId());
      assertThat(subscribed.name()).isPresent();
      assertThat(subscribed.overrideCallbackUri()).contains(trio.waba.url());
    });
    assertThat(trio.sendAndCollect()).containsOnly(trio.waba.url());

    trio.client.unsubscribeApp(trio.whatsapp.wabaId());

    assertThat(trio.client.subscribedApps(trio.whatsapp.wabaId()).data()).isEmpty();
    trio.whatsapp.webhookJournal().clear();
    trio.client.sendText(trio.whatsapp.phoneNumberId(), USER, "nobody listens");
    assertThat(trio.whatsapp.webhookJournal().awaitState(DeliveryState.NO_TARGET, 2, Duration.ofSeconds(10)))
        .hasSize(2);

    trio.client.subscribeApp(trio.whatsapp.wabaId());

    assertThat(trio.client.subscribedApps(trio.whatsapp.wabaId()).data()).extracting(SubscribedApp::overrideCallbackUri)
        .containsExactly(Optional.empty());
    assertThat(trio.sendAndCollect()).containsOnly(trio.app.url());
  }

  @Test
  void the_app_s_own_callback_passes_the_handshake_and_takes_the_webhooks() {
    trio.client.setAppWebhook(trio.whatsapp.appId(), URI.create(trio.waba.url()), "waba-token",
        List.of("messages", "flows"));

    assertThat(trio.sendAndCollect()).containsOnly(trio.waba.url());
  }
}
