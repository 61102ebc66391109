package dev.flowkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.logcapture.CapturedLogs;
import dev.flowkit.logcapture.PlantedSecrets;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;
import tools.jackson.databind.json.JsonMapper;

/**
 * Every refusal and failure path of the webhook receiver over real HTTP on loopback, with secrets planted in the
 * configuration and the payloads: none may surface in a log event, a reply body, an exception or the
 * {@code toString()} of what the listener receives.
 */
class WebhookLeakTest {

  private static final String APP_SECRET_TEXT = "app-secret-S3CR3T-7f1e9a";
  private static final AppSecret APP_SECRET = AppSecret.of(APP_SECRET_TEXT);
  private static final String VERIFY_TOKEN = "verify-token-VT-90210x";
  private static final String FLOW_TOKEN = "flow-token-FT-44117733";
  private static final String SENSITIVE = "pw-SENSITIVE-88120";
  private static final String USER_DATA = "user-typed-Zebra-5531";
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private static final PlantedSecrets SECRETS = new PlantedSecrets()
      .plant("app secret", APP_SECRET_TEXT)
      .plant("verify token", VERIFY_TOKEN)
      .plant("flow token", FLOW_TOKEN)
      .plant("sensitive field", SENSITIVE)
      .plant("user-entered data", USER_DATA);

  private final List<WebhookNotification> received = new CopyOnWriteArrayList<>();
  private final List<HttpResponse<String>> replies = new CopyOnWriteArrayList<>();
  private final CapturedLogs logs = CapturedLogs.capture();
  private @Nullable HttpServer server;
  private URI uri;

  @AfterEach
  void nothing_secret_surfaced() {
    try {
      SECRETS.assertAbsentFrom(logs);
      SECRETS.assertAbsentFromBodies(replies);
      for (WebhookNotification notification : received) {
        SECRETS.assertAbsentFrom("the toString() of the notification", notification.toString());
      }
    } finally {
      logs.close();
      if (server != null) {
        server.stop(0);
      }
    }
  }

  private void start(Consumer<WebhookNotification> listener) throws IOException {
    WebhookVerifier verifier = WebhookVerifier.create(APP_SECRET, VERIFY_TOKEN);
    assertThat(verifier.toString()).doesNotContain(APP_SECRET_TEXT).doesNotContain(VERIFY_TOKEN);
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/webhook", WebhookHttpHandler.create(verifier, listener));
    server.start();
    uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
  }

  private void start() throws IOException {
    start(received::add);
  }

  private HttpResponse<String> send(HttpRequest request) throws Exception {
    HttpResponse<String> reply = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    replies.add(reply);
    return reply;
  }

  private HttpResponse<String> post(String body, @Nullable String signature) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(body));
    if (signature != null) {
      request.header(HubSignature.HEADER, signature);
    }
    return send(request.build());
  }

  private HttpResponse<String> postSigned(String body) throws Exception {
    return post(body, HubSignature.sign(body.getBytes(StandardCharsets.UTF_8), APP_SECRET));
  }

  private void assertLogged(Level level, String text) {
    assertThat(logs.events()).anySatisfy(event -> {
      assertThat(event.level()).isEqualTo(level);
      assertThat(event.text()).contains(text);
    });
  }

  private static String completion(String responseJson) {
    return SpecPayloadsTest.envelope("messages", SpecPayloadsTest.messagesValue(
        "\"contacts\":[{\"profile\":{\"name\":\"Ada\"},\"wa_id\":\"447700900123\"}],"
        + "\"messages\":[{\"context\":{\"from\":\"15550001111\",\"id\":\"wamid.FLOWMSG\"},\"from\":\"447700900123\","
        + "\"id\":\"wamid.REPLY\",\"timestamp\":\"1767226012\",\"type\":\"interactive\",\"interactive\":{\"type\":"
        + "\"nfm_reply\",\"nfm_reply\":{\"name\":\"flow\",\"body\":\"Sent\",\"response_json\":"
        + JsonMapper.shared().writeValueAsString(responseJson) + "}}}]"));
  }

  private static String formResponse() {
    return "{\"flow_token\":\"" + FLOW_TOKEN + "\",\"password\":\"" + SENSITIVE + "\",\"name\":\"" + USER_DATA + "\"}";
  }

  @Test
  void a_handshake_with_a_wrong_verify_token_is_refused_without_showing_the_right_one() throws Exception {
    start();

    var wrong = send(HttpRequest.newBuilder(URI.create(uri + "?hub.mode=subscribe&hub.challenge=1158201444"
        + "&hub.verify_token=" + USER_DATA)).build());

    assertThat(wrong.statusCode()).isEqualTo(403);
  }

  @Test
  void forged_missing_and_garbage_signatures_are_refused_and_logged_without_secret_or_expected_signature()
      throws Exception {
    start();
    String body = completion(formResponse());
    String expected = HubSignature.sign(body.getBytes(StandardCharsets.UTF_8), APP_SECRET);
    PlantedSecrets expectedSignature = new PlantedSecrets()
        .plant("expected signature", expected.substring("sha256=".length()));

    var forged = post(body, HubSignature.sign(body.getBytes(StandardCharsets.UTF_8), AppSecret.of("forger-1234")));
    var missing = post(body, null);
    var garbage = post(body, "sha256=" + USER_DATA);

    assertThat(List.of(forged.statusCode(), missing.statusCode(), garbage.statusCode()))
        .containsExactly(403, 401, 403);
    assertThat(received).isEmpty();
    assertLogged(Level.WARN, "webhook refused");
    expectedSignature.assertAbsentFrom(logs);
    for (var reply : List.of(forged, missing, garbage)) {
      expectedSignature.assertAbsentFrom("a reply body", reply.body());
    }
  }

  @Test
  void a_signed_body_that_is_not_json_is_refused_400_without_quoting_it() throws Exception {
    start();

    var truncated = postSigned(completion(formResponse()).substring(0, 400));
    var notJson = postSigned("password=" + SENSITIVE + "&flow_token=" + FLOW_TOKEN + "&name=" + USER_DATA);

    assertThat(List.of(truncated.statusCode(), notJson.statusCode())).containsExactly(400, 400);
    assertLogged(Level.WARN, "webhook refused");
  }

  @Test
  void a_signed_envelope_of_the_wrong_shape_is_refused_400_without_quoting_values() throws Exception {
    start();

    var entryText = postSigned("{\"object\":\"whatsapp_business_account\",\"entry\":\"" + USER_DATA + "\"}");
    var objectNumber = postSigned("{\"object\":{\"password\":\"" + SENSITIVE + "\"},\"entry\":[]}");
    var brokenResponseJson = postSigned(completion("{\"flow_token\":\"" + FLOW_TOKEN + "\",\"name\":\"" + USER_DATA));
    var responseJsonArray = postSigned(completion("[\"" + FLOW_TOKEN + "\",\"" + SENSITIVE + "\"]"));

    assertThat(List.of(entryText.statusCode(), objectNumber.statusCode(), brokenResponseJson.statusCode(),
        responseJsonArray.statusCode())).containsOnly(400);
    assertLogged(Level.WARN, "webhook refused");
  }

  @Test
  void a_listener_that_throws_gets_500_and_only_the_exception_type_is_logged() throws Exception {
    start(notification -> {
      throw new IllegalStateException("could not store " + notification, new RuntimeException(USER_DATA));
    });

    var reply = postSigned(completion(formResponse()));

    assertThat(reply.statusCode()).isEqualTo(500);
    assertLogged(Level.ERROR, "IllegalStateException");
  }

  @Test
  void a_delivered_completion_shows_neither_its_token_nor_its_answers_when_printed() throws Exception {
    start();

    assertThat(postSigned(completion(formResponse())).statusCode()).isEqualTo(200);
    assertThat(received).singleElement().satisfies(n ->
        assertThat(n.eventsOf(FlowCompletion.class)).singleElement().satisfies(c -> {
          assertThat(c.flowToken()).contains(FLOW_TOKEN);
          assertThat(c.toString()).contains("password");
        }));
  }

  @Test
  void a_delivered_text_message_and_an_unknown_event_do_not_print_what_the_user_wrote() throws Exception {
    start();
    String text = SpecPayloadsTest.envelope("messages", SpecPayloadsTest.messagesValue(
        "\"contacts\":[{\"profile\":{\"name\":\"Ada\"},\"wa_id\":\"447700900123\"}],"
        + "\"messages\":[{\"from\":\"447700900123\",\"id\":\"wamid.TEXT\",\"timestamp\":\"1767226012\","
        + "\"type\":\"text\",\"text\":{\"body\":\"my password is " + SENSITIVE + "\"}}]"));
    String unknown = SpecPayloadsTest.envelope("user_preferences", "{\"note\":\"" + USER_DATA + "\"}");

    assertThat(postSigned(text).statusCode()).isEqualTo(200);
    assertThat(postSigned(unknown).statusCode()).isEqualTo(200);
    assertThat(received).hasSize(2);
  }
}
