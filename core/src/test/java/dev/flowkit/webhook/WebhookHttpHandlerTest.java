package dev.flowkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.HubSignature;
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
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The JDK-server receiver over real HTTP on loopback. */
class WebhookHttpHandlerTest {

  private static final AppSecret SECRET = AppSecret.of("handler-app-secret");
  private static final WebhookVerifier VERIFIER = WebhookVerifier.create(SECRET, "verify-me");
  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final List<WebhookNotification> received = new CopyOnWriteArrayList<>();
  private HttpServer server;

  private URI start(Consumer<WebhookNotification> listener) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/webhook", WebhookHttpHandler.create(VERIFIER, listener));
    server.start();
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
  }

  private URI start() throws IOException {
    return start(received::add);
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(0);
    }
  }

  private static HttpResponse<String> post(URI uri, byte[] body, String signature) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header(HubSignature.HEADER, signature);
    }
    return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void get_answers_the_handshake() throws Exception {
    URI uri = start();

    HttpResponse<String> ok = CLIENT.send(HttpRequest.newBuilder(
        URI.create(uri + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=verify-me")).build(),
        HttpResponse.BodyHandlers.ofString());
    HttpResponse<String> wrong = CLIENT.send(HttpRequest.newBuilder(
        URI.create(uri + "?hub.mode=subscribe&hub.challenge=1158201444&hub.verify_token=guess")).build(),
        HttpResponse.BodyHandlers.ofString());

    assertThat(ok.statusCode()).isEqualTo(200);
    assertThat(ok.body()).isEqualTo("1158201444");
    assertThat(ok.headers().firstValue("Content-Type")).contains("text/plain; charset=utf-8");
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).doesNotContain("verify-me").doesNotContain("1158201444");
  }

  @Test
  void a_signed_completion_is_handed_to_the_listener_and_answered_200() throws Exception {
    URI uri = start();
    byte[] body = WebhookSamples.body("flow_completion.json", "completion");

    HttpResponse<String> response = post(uri, body, HubSignature.sign(body, SECRET));

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(received).singleElement().satisfies(notification ->
        assertThat(notification.eventsOf(FlowCompletion.class)).singleElement()
            .satisfies(c -> assertThat(c.flowToken()).contains("AQAAAAACS5FpgQ_cAAAAAD0QI3s.")));
  }

  @Test
  void an_unsigned_body_gets_401_and_a_wrongly_signed_one_403_and_neither_reaches_the_listener() throws Exception {
    URI uri = start();
    byte[] body = WebhookSamples.body("message_status.json", "sent");

    HttpResponse<String> unsigned = post(uri, body, null);
    HttpResponse<String> wrong = post(uri, body, HubSignature.sign(body, AppSecret.of("another-app")));
    HttpResponse<String> malformed = post(uri, body, "sha1=abc");

    assertThat(unsigned.statusCode()).isEqualTo(401);
    assertThat(wrong.statusCode()).isEqualTo(403);
    assertThat(malformed.statusCode()).isEqualTo(403);
    assertThat(wrong.body()).doesNotContain("handler-app-secret");
    assertThat(received).isEmpty();
  }

  @Test
  void a_signed_body_that_is_no_webhook_gets_400_naming_the_spot() throws Exception {
    URI uri = start();
    byte[] body = "{\"object\":\"whatsapp_business_account\"}".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = post(uri, body, HubSignature.sign(body, SECRET));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(response.body()).isEqualTo("\"entry\" is missing; expected an array (at $.entry)");
    assertThat(received).isEmpty();
  }

  @Test
  void an_oversized_body_gets_413() throws Exception {
    URI uri = start();
    byte[] body = new byte[WebhookHttpHandler.MAX_BODY_BYTES + 1];

    HttpResponse<String> response = post(uri, body, HubSignature.sign(body, SECRET));

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(received).isEmpty();
  }

  @Test
  void a_failing_listener_gets_500_without_its_message() throws Exception {
    URI uri = start(notification -> {
      throw new IllegalStateException("database down, payload pin=4321");
    });
    byte[] body = WebhookSamples.body("flow_completion.json", "completion");

    HttpResponse<String> response = post(uri, body, HubSignature.sign(body, SECRET));

    assertThat(response.statusCode()).isEqualTo(500);
    assertThat(response.body()).isEqualTo("the notification could not be processed");
  }

  @Test
  void other_methods_get_405_with_allow() throws Exception {
    URI uri = start();

    HttpResponse<String> response = CLIENT.send(HttpRequest.newBuilder(uri)
        .PUT(HttpRequest.BodyPublishers.ofString("{}")).build(), HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).contains("GET, POST");
  }
}
