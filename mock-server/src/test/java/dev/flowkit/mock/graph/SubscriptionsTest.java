package dev.flowkit.mock.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.testing.Callback;
import dev.flowkit.mock.testing.CallbackTrio;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.Http.Reply;
import dev.flowkit.mock.webhook.DeliveryState;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Callback configuration (spec section 6.1) over raw HTTP, with real loopback receivers built from core's webhook
 * handler answering (or refusing) the verification handshake, and the number → WABA → app precedence.
 */
class SubscriptionsTest {

  static CallbackTrio trio;
  static MockWhatsApp whatsapp;
  static GraphApiClient client;
  static String v21;
  static Callback app;
  static Callback waba;
  static Callback number;

  @BeforeAll
  static void start() {
    trio = new CallbackTrio(false);
    whatsapp = trio.whatsapp;
    client = trio.client;
    app = trio.app;
    waba = trio.waba;
    number = trio.number;
    v21 = whatsapp.baseUrl() + "/v21.0/";
  }

  @AfterAll
  static void stop() {
    trio.close();
  }

  @BeforeEach
  void reset() {
    whatsapp.reset();
  }

  @Test
  void app_subscription_runs_the_handshake_and_webhooks_follow() {
    Reply subscribed = subscribeApp(app.url(), "app-token");
    Reply listed = Http.get(v21 + whatsapp.appId() + "/subscriptions", whatsapp.accessToken());
    client.sendText(whatsapp.phoneNumberId(), CallbackTrio.USER, "hi");

    assertThat(subscribed.status()).isEqualTo(200);
    assertThat(subscribed.body().get("success").asBoolean()).isTrue();
    assertThat(listed.body().get("data").get(0).get("callback_url").asString()).isEqualTo(app.url());
    assertThat(listed.body().get("data").get(0).get("fields")).extracting(f -> f.get("name").asString())
        .contains("messages", "flows");
    assertThat(trio.deliveredTo(2)).containsOnly(app.url());
  }

  @Test
  void a_refused_or_unreachable_handshake_is_refused_and_changes_nothing() throws Exception {
    Reply wrongToken = subscribeApp(app.url(), "not-the-token");
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0)) {
      closedPort = socket.getLocalPort();
    }
    Reply unreachable = subscribeApp("http://127.0.0.1:" + closedPort + "/hook", "app-token");
    Reply notUrl = subscribeApp("not a url", "app-token");
    Reply wrongObject = Http.postJson(v21 + whatsapp.appId() + "/subscriptions", whatsapp.accessToken(),
        "{\"object\":\"page\",\"callback_url\":\"" + app.url() + "\",\"verify_token\":\"x\",\"fields\":\"feed\"}");

    assertThat(wrongToken.status()).isEqualTo(400);
    assertThat(wrongToken.error().get("code").asInt()).isEqualTo(2200);
    assertThat(wrongToken.error().get("message").asString())
        .isEqualTo("(#2200) Callback verification failed with the following errors: HTTP Status Code = 403");
    assertThat(wrongToken.body().toString()).doesNotContain("not-the-token");
    assertThat(unreachable.error().get("code").asInt()).isEqualTo(2200);
    assertThat(unreachable.error().get("message").asString()).contains("the callback could not be reached");
    assertThat(notUrl.error().get("code").asInt()).isEqualTo(100);
    assertThat(notUrl.error().get("error_data").get("details").asString())
        .isEqualTo("callback_url must be an absolute http or https URL");
    assertThat(wrongObject.error().get("code").asInt()).isEqualTo(100);
    assertThat(Http.get(v21 + whatsapp.appId() + "/subscriptions", whatsapp.accessToken()).body().get("data"))
        .isEmpty();
  }

  @Test
  void number_override_wins_over_waba_override_which_wins_over_the_app() {
    subscribeApp(app.url(), "app-token");
    Reply wabaOverride = Http.postJson(v21 + whatsapp.wabaId() + "/subscribed_apps", whatsapp.accessToken(),
        "{\"override_callback_uri\":\"" + waba.url() + "\",\"verify_token\":\"waba-token\"}");
    Reply numberOverride = configureNumber("{\"override_callback_uri\":\"" + number.url()
        + "\",\"verify_token\":\"number-token\"}");

    assertThat(wabaOverride.status()).isEqualTo(200);
    assertThat(numberOverride.status()).isEqualTo(200);
    assertThat(Http.get(v21 + whatsapp.wabaId() + "/subscribed_apps", whatsapp.accessToken()).body().get("data")
        .get(0).get("override_callback_uri").asString()).isEqualTo(waba.url());
    assertThat(trio.sendAndCollect()).containsOnly(number.url());

    configureNumber("{\"override_callback_uri\":\"\"}");
    assertThat(trio.sendAndCollect()).containsOnly(waba.url());

    Http.method("DELETE", v21 + whatsapp.wabaId() + "/subscribed_apps", whatsapp.accessToken());
    client.sendText(whatsapp.phoneNumberId(), CallbackTrio.USER, "nobody listens");
    assertThat(whatsapp.webhookJournal().awaitState(DeliveryState.NO_TARGET, 2, Duration.ofSeconds(10)))
        .hasSize(2);

    Http.postJson(v21 + whatsapp.wabaId() + "/subscribed_apps", whatsapp.accessToken(), "{}");
    assertThat(trio.sendAndCollect()).containsOnly(app.url());
  }

  @Test
  void an_override_whose_handshake_fails_is_not_set() {
    subscribeApp(app.url(), "app-token");
    Reply refused = configureNumber("{\"override_callback_uri\":\"" + number.url()
        + "\",\"verify_token\":\"wrong\"}");
    Reply noToken = configureNumber("{\"override_callback_uri\":\"" + number.url() + "\"}");

    assertThat(refused.error().get("code").asInt()).isEqualTo(2200);
    assertThat(noToken.error().get("code").asInt()).isEqualTo(100);
    assertThat(trio.sendAndCollect()).containsOnly(app.url());
  }

  private static Reply subscribeApp(String url, String verifyToken) {
    return Http.postForm(v21 + whatsapp.appId() + "/subscriptions", whatsapp.accessToken(),
        "object=whatsapp_business_account&callback_url=" + java.net.URLEncoder.encode(url,
            java.nio.charset.StandardCharsets.UTF_8) + "&verify_token=" + verifyToken + "&fields=messages,flows");
  }

  private static Reply configureNumber(String configuration) {
    return Http.postJson(v21 + whatsapp.phoneNumberId(), whatsapp.accessToken(),
        "{\"webhook_configuration\":" + configuration + "}");
  }
}
