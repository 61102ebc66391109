package dev.flowkit.graph;

import static dev.flowkit.graph.GraphTestServer.body;
import static dev.flowkit.graph.GraphTestServer.json;
import static dev.flowkit.graph.GraphTestServer.jsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

/** The webhook callback calls of spec/platform.md section 6.1 against MockWebServer: what is sent, what comes back. */
class WebhookConfigurationTest extends GraphClientTest {

  private static final String PNID = "109876543210987";
  private static final String WABA = "110200300400500";
  private static final String APP = "1234567890123";
  private static final String VERIFY_TOKEN = "vt-PLANTED-5521";
  private static final URI CALLBACK = URI.create("https://shop.example.org/webhook");
  private static final String SUCCESS = "{\"success\":true}";
  /** Graph's refusal when the callback answered the handshake with 403 (as a receiver does to a wrong token). */
  private static final String HANDSHAKE_FAILED = """
      {"error":{"message":"(#2200) Callback verification failed with the following errors: HTTP Status Code = 403",
        "type":"OAuthException","code":2200,"error_data":{"details":"HTTP Status Code = 403"},"fbtrace_id":"Cb1"}}""";

  @Test
  void set_phone_number_webhook_posts_the_webhook_configuration_to_the_number() {
    graph.reply(200, SUCCESS);

    client.setPhoneNumberWebhook(PNID, CALLBACK, VERIFY_TOKEN);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("POST /v21.0/" + PNID);
    assertThat(jsonBody(request)).isEqualTo(json("""
        {"webhook_configuration":{"override_callback_uri":"https://shop.example.org/webhook",
          "verify_token":"vt-PLANTED-5521"}}"""));
  }

  @Test
  void remove_phone_number_webhook_posts_an_empty_uri_and_no_token() {
    graph.reply(200, SUCCESS);

    client.removePhoneNumberWebhook(PNID);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("POST /v21.0/" + PNID);
    assertThat(jsonBody(request)).isEqualTo(json("{\"webhook_configuration\":{\"override_callback_uri\":\"\"}}"));
  }

  @Test
  void a_failed_handshake_is_a_callback_verification_exception_without_the_verify_token() {
    graph.reply(400, HANDSHAKE_FAILED);
    graph.reply(400, HANDSHAKE_FAILED);
    graph.reply(400, HANDSHAKE_FAILED);

    assertThatExceptionOfType(CallbackVerificationException.class)
        .isThrownBy(() -> client.setPhoneNumberWebhook(PNID, CALLBACK, VERIFY_TOKEN))
        .satisfies(e -> {
          assertThat(e.code()).isEqualTo(CallbackVerificationException.CODE).isEqualTo(2200);
          assertThat(e.error().details()).contains("HTTP Status Code = 403");
        })
        .withMessage("POST /v21.0/" + PNID + " failed with code 2200: (#2200) Callback verification failed with the "
            + "following errors: HTTP Status Code = 403; details: HTTP Status Code = 403 [HTTP 400, fbtrace_id Cb1]");
    assertThatExceptionOfType(CallbackVerificationException.class)
        .isThrownBy(() -> client.subscribeApp(WABA, CALLBACK, VERIFY_TOKEN));
    assertThatExceptionOfType(CallbackVerificationException.class)
        .isThrownBy(() -> client.setAppWebhook(APP, CALLBACK, VERIFY_TOKEN, List.of("messages")));
  }

  @Test
  void other_refusals_keep_their_own_types() {
    graph.reply(400, "{\"error\":{\"message\":\"(#100) Invalid parameter\",\"type\":\"OAuthException\",\"code\":100,"
        + "\"error_data\":{\"details\":\"webhook_configuration.verify_token is required\"}}}");
    graph.reply(401, "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\","
        + "\"code\":190,\"error_subcode\":463}}");
    graph.reply(403, "{\"error\":{\"message\":\"(#200) Permissions error\",\"type\":\"OAuthException\",\"code\":200}}");

    assertThatExceptionOfType(GraphApiException.class).isThrownBy(() -> client.removePhoneNumberWebhook(PNID))
        .satisfies(e -> assertThat(e).isExactlyInstanceOf(GraphApiException.class))
        .satisfies(e -> assertThat(e.code()).isEqualTo(100));
    assertThatExceptionOfType(GraphAuthException.class).isThrownBy(() -> client.subscribeApp(WABA))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(GraphAuthException.Reason.EXPIRED));
    assertThatExceptionOfType(GraphApiException.class).isThrownBy(() -> client.unsubscribeApp(WABA))
        .satisfies(e -> assertThat(e).isExactlyInstanceOf(GraphApiException.class))
        .withMessageStartingWith("DELETE /v21.0/" + WABA + "/subscribed_apps failed with code 200");
  }

  @Test
  void subscribe_app_without_an_override_posts_nothing_to_subscribed_apps() {
    graph.reply(200, SUCCESS);

    client.subscribeApp(WABA);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("POST /v21.0/" + WABA + "/subscribed_apps");
    assertThat(body(request)).isEmpty();
  }

  @Test
  void subscribe_app_with_an_override_posts_its_uri_and_verify_token() {
    graph.reply(200, SUCCESS);

    client.subscribeApp(WABA, CALLBACK, VERIFY_TOKEN);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("POST /v21.0/" + WABA + "/subscribed_apps");
    assertThat(jsonBody(request)).isEqualTo(json("""
        {"override_callback_uri":"https://shop.example.org/webhook","verify_token":"vt-PLANTED-5521"}"""));
  }

  @Test
  void subscribed_apps_reads_each_app_and_its_override() {
    graph.reply(200, """
        {"data":[
          {"whatsapp_business_api_data":{"link":"https://www.facebook.com/games/?app_id=1234567890123",
            "name":"Corner Shop app","id":"1234567890123"},"override_callback_uri":"https://shop.example.org/webhook"},
          {"whatsapp_business_api_data":{"name":"Other app","id":"987"}}]}""");

    Page<SubscribedApp> apps = client.subscribedApps(WABA);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("GET /v21.0/" + WABA + "/subscribed_apps");
    assertThat(apps.data()).containsExactly(
        new SubscribedApp("1234567890123", Optional.of("Corner Shop app"),
            Optional.of("https://www.facebook.com/games/?app_id=1234567890123"),
            Optional.of("https://shop.example.org/webhook")),
        new SubscribedApp("987", Optional.of("Other app"), Optional.empty(), Optional.empty()));
    assertThat(apps.hasNext()).isFalse();
  }

  @Test
  void unsubscribe_app_deletes_the_subscription() {
    graph.reply(200, SUCCESS);

    client.unsubscribeApp(WABA);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("DELETE /v21.0/" + WABA + "/subscribed_apps");
  }

  @Test
  void set_app_webhook_posts_the_object_callback_token_and_fields_as_a_form() {
    graph.reply(200, SUCCESS);

    client.setAppWebhook(APP, CALLBACK, VERIFY_TOKEN, List.of("messages", "flows"));

    RecordedRequest request = graph.take();
    assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("POST /v21.0/" + APP + "/subscriptions");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    assertThat(URLDecoder.decode(body(request), StandardCharsets.UTF_8)).isEqualTo("object=whatsapp_business_account"
        + "&callback_url=https://shop.example.org/webhook&verify_token=vt-PLANTED-5521&fields=messages,flows");
  }

  @Test
  void a_callback_that_is_not_an_absolute_http_url_or_a_blank_token_is_refused_before_any_call() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.setPhoneNumberWebhook(PNID, URI.create("/webhook"), VERIFY_TOKEN))
        .withMessage("a webhook callback is an absolute http or https URL: /webhook");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.subscribeApp(WABA, URI.create("ftp://shop.example.org/hook"), VERIFY_TOKEN))
        .withMessageNotContaining(VERIFY_TOKEN);
    assertThatIllegalArgumentException().isThrownBy(() -> client.setPhoneNumberWebhook(PNID, CALLBACK, " "))
        .withMessage("a webhook verify token must not be blank");
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.setAppWebhook(APP, CALLBACK, VERIFY_TOKEN, List.of()));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> client.setAppWebhook(APP, CALLBACK, VERIFY_TOKEN, List.of("messages, flows")));
    assertThatIllegalArgumentException().isThrownBy(() -> client.setPhoneNumberWebhook(" ", CALLBACK, VERIFY_TOKEN));
    assertThat(graph.requestCount()).isZero();
  }
}
