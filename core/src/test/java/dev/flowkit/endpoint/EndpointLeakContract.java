package dev.flowkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.FlowTokenSignature;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.PendingFlowRequest;
import dev.flowkit.logcapture.CapturedLogs;
import dev.flowkit.logcapture.PlantedSecrets;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.security.SecureRandom;
import java.security.interfaces.RSAPrivateCrtKey;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.UnaryOperator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/**
 * Every refusal and failure path of the endpoint, over real HTTP on loopback with real encryption, with secrets
 * planted in the keys, the configuration and the request: none may surface in a log event, a reply body, an
 * exception or a {@code toString()}. One subclass per adapter says how to mount the endpoint.
 */
abstract class EndpointLeakContract {

  /** The endpoint mounted at {@code /flow} on this adapter's server. */
  abstract LoopbackServers.Server serve(FlowEndpoint endpoint);

  private static final AppSecret APP_SECRET = AppSecret.of("app-secret-S3CR3T-7f1e9a");
  private static final String FLOW_TOKEN = "flow-token-FT-44117733";
  private static final String SENSITIVE = "pw-SENSITIVE-88120";
  private static final String USER_DATA = "user-typed-Zebra-5531";
  /** The AES key every request of this test is encrypted under (the planted random hands it out first). */
  private static final byte[] AES_KEY = "AESKEY-planted!!".getBytes(StandardCharsets.US_ASCII);

  private static KeyPair keys;
  private static KeyPair strangerKeys;
  private static PlantedSecrets secrets;

  private final List<Object> surfaced = new CopyOnWriteArrayList<>();
  private final CapturedLogs logs = CapturedLogs.capture();
  private @Nullable LoopbackEndpoint running;
  private @Nullable FlowEndpoint endpoint;
  private final List<HttpResponse<String>> replies = new CopyOnWriteArrayList<>();

  @BeforeAll
  static void plant() {
    keys = BusinessKeys.generate();
    strangerKeys = BusinessKeys.generate();
    RSAPrivateCrtKey key = (RSAPrivateCrtKey) keys.getPrivate();
    String pem = BusinessKeys.toPem(keys.getPrivate());
    secrets = new PlantedSecrets()
        .plant("private key PEM", pem.lines().skip(3).findFirst().orElseThrow())
        .plant("private exponent", key.getPrivateExponent().toString())
        .plant("private exponent (hex)", key.getPrivateExponent().toString(16).substring(0, 40))
        .plant("prime p", key.getPrimeP().toString())
        .plant("modulus digits", key.getModulus().toString().substring(0, 40))
        .plant("app secret", "app-secret-S3CR3T-7f1e9a")
        .plant("flow token", FLOW_TOKEN)
        .plant("sensitive field", SENSITIVE)
        .plant("user-entered data", USER_DATA)
        .plant("AES key", new String(AES_KEY, StandardCharsets.US_ASCII))
        .plant("AES key (hex)", HexFormat.of().formatHex(AES_KEY))
        .plant("AES key (base64)", Base64.getEncoder().encodeToString(AES_KEY).substring(0, 20));
  }

  /** The check every test ends with: logs, replies, the endpoint and whatever the handler side saw. */
  @AfterEach
  void nothing_secret_surfaced() {
    try {
      secrets.assertAbsentFrom(logs);
      secrets.assertAbsentFromBodies(replies);
      secrets.assertAbsentFrom("FlowEndpoint.toString()", String.valueOf(endpoint));
      for (Object seen : surfaced) {
        if (seen instanceof Throwable t) {
          secrets.assertAbsentFrom("an exception that reached the caller", t);
        } else {
          secrets.assertAbsentFrom("the toString() of " + seen.getClass().getSimpleName(), seen.toString());
        }
      }
    } finally {
      logs.close();
      if (running != null) {
        running.close();
      }
    }
  }

  private FlowHandler handler() {
    return FlowRouter.builder()
        .init(request -> {
          surfaced.add(request);
          return FlowResponse.next("FORM", Map.of("greeting", "hello"));
        })
        .dataExchange("FORM", request -> {
          surfaced.add(request);
          FlowResponse response = FlowResponse.close(request.requireFlowToken(), Map.of("password", SENSITIVE));
          surfaced.add(response);
          return response;
        })
        .dataExchange("AGE", request -> FlowResponse.next("DONE", Map.of("age",
            Integer.parseInt(request.dataString("age").orElse("")))))
        .dataExchange("DATABASE", request -> {
          throw new IllegalStateException("cannot store " + request.dataString("password").orElse("") + " for "
              + request.flowToken().orElse(""), new IllegalArgumentException("row " + USER_DATA));
        })
        .dataExchange("EXPIRED", request -> {
          throw new InvalidFlowTokenException("This link has expired.");
        })
        .dataExchange("NULL", request -> null)
        .build();
  }

  private LoopbackEndpoint start(UnaryOperator<FlowEndpoint.Builder> config) {
    endpoint = config.apply(FlowEndpoint.builder().privateKey(keys.getPrivate()).appSecret(APP_SECRET)
        .handler(handler()).onErrorNotification(surfaced::add)).build();
    running = new LoopbackEndpoint(serve(endpoint), keys.getPublic());
    return running;
  }

  private LoopbackEndpoint start() {
    return start(builder -> builder);
  }

  private static String request(String screen, String data) {
    return "{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"" + screen + "\",\"data\":" + data
        + ",\"flow_token\":\"" + FLOW_TOKEN + "\"}";
  }

  private static String formData() {
    return "{\"name\":\"" + USER_DATA + "\",\"password\":\"" + SENSITIVE + "\"}";
  }

  /** Encrypts as WhatsApp does, under {@link #AES_KEY}, for {@code publicKey}. */
  private static byte[] encrypt(String clear, KeyPair recipient) {
    PendingFlowRequest pending = FlowClientCipher.builder().publicKey(recipient.getPublic())
        .random(new PlantedRandom()).build().encrypt(clear);
    return pending.body().toJsonBytes();
  }

  private HttpResponse<String> post(byte[] body, String contentType, @Nullable String signature) {
    HttpRequest.Builder request = running.request().header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (signature != null) {
      request.header(HubSignature.HEADER, signature);
    }
    return keep(running.call(request.build()));
  }

  private HttpResponse<String> postSigned(byte[] body) {
    return post(body, "application/json", HubSignature.sign(body, APP_SECRET));
  }

  private HttpResponse<String> keep(HttpResponse<String> reply) {
    replies.add(reply);
    return reply;
  }

  private void assertLogged(Level level, String text) {
    assertThat(logs.events()).as("what the endpoint logged")
        .anySatisfy(event -> {
          assertThat(event.level()).isEqualTo(level);
          assertThat(event.text()).contains(text);
        });
  }

  // --- refusals before decryption ---

  @Test
  void a_wrong_method_is_refused_with_405() {
    start();
    byte[] body = encrypt(request("FORM", formData()), keys);

    var reply = keep(running.call(running.request().header("Content-Type", "application/json")
        .PUT(HttpRequest.BodyPublishers.ofByteArray(body)).build()));

    assertThat(reply.statusCode()).isEqualTo(405);
  }

  @Test
  void a_clear_text_body_with_a_wrong_content_type_is_refused_with_415() {
    start();

    assertThat(post(request("FORM", formData()).getBytes(StandardCharsets.UTF_8), "text/plain", null).statusCode())
        .isEqualTo(415);
  }

  @Test
  void an_oversized_body_is_refused_with_413() {
    start(builder -> builder.maxBodyBytes(64));

    assertThat(postSigned(encrypt(request("FORM", formData()), keys)).statusCode()).isEqualTo(413);
  }

  @Test
  void an_empty_body_is_refused_with_400() {
    start();

    assertThat(postSigned(new byte[0]).statusCode()).isEqualTo(400);
  }

  @Test
  void a_bad_or_missing_hub_signature_is_refused_with_432_and_logged_without_the_secret() {
    start();
    byte[] body = encrypt(request("FORM", formData()), keys);

    var forged = post(body, "application/json", HubSignature.sign(body, AppSecret.of("not-the-app-secret")));
    var missing = post(body, "application/json", null);
    var garbage = post(body, "application/json", "sha256=" + USER_DATA);

    assertThat(List.of(forged.statusCode(), missing.statusCode(), garbage.statusCode()))
        .containsExactly(432, 432, 432);
    assertLogged(Level.WARN, "432");
  }

  @Test
  void a_signature_check_failure_never_shows_the_signature_the_body_should_have_had() {
    start();
    byte[] body = encrypt(request("FORM", formData()), keys);
    String expected = HubSignature.sign(body, APP_SECRET);
    PlantedSecrets expectedSignature = new PlantedSecrets().plant("expected signature",
        expected.substring("sha256=".length()));

    post(body, "application/json", HubSignature.sign(body, AppSecret.of("not-the-app-secret")));

    expectedSignature.assertAbsentFrom(logs);
    assertLogged(Level.WARN, "432");
  }

  // --- refusals at decryption ---

  @Test
  void a_clear_json_body_that_is_no_encrypted_request_is_refused_with_400() {
    start();

    assertThat(postSigned(request("FORM", formData()).getBytes(StandardCharsets.UTF_8)).statusCode()).isEqualTo(400);
    assertLogged(Level.WARN, "400");
  }

  @Test
  void a_body_encrypted_for_another_key_is_refused_with_421() {
    start();

    assertThat(postSigned(encrypt(request("FORM", formData()), strangerKeys)).statusCode()).isEqualTo(421);
    assertLogged(Level.WARN, "421");
  }

  @Test
  void a_body_whose_ciphertext_was_altered_is_refused_with_421() {
    start();
    String body = new String(encrypt(request("FORM", formData()), keys), StandardCharsets.US_ASCII);
    String altered = body.replaceFirst("\"encrypted_flow_data\":\"(.)", "\"encrypted_flow_data\":\"$1$1");

    assertThat(postSigned(altered.getBytes(StandardCharsets.US_ASCII)).statusCode()).isIn(400, 421);
    assertThat(logs.events()).isNotEmpty();
  }

  @Test
  void a_payload_that_decrypts_to_something_other_than_a_flow_request_is_refused_without_quoting_it() {
    start();

    var noAction = postSigned(encrypt("{\"flow_token\":\"" + FLOW_TOKEN + "\",\"data\":" + formData() + "}", keys));
    var notJson = postSigned(encrypt("password=" + SENSITIVE + "&name=" + USER_DATA, keys));
    var unknownAction = postSigned(encrypt("{\"version\":\"3.0\",\"action\":\"" + USER_DATA
        + "\",\"flow_token\":\"" + FLOW_TOKEN + "\"}", keys));

    // §5.5: a plaintext that is not JSON counts as a decryption failure (421); an unknown action reaches the
    // router, which has no route for it (500)
    assertThat(List.of(noAction.statusCode(), notJson.statusCode(), unknownAction.statusCode()))
        .containsExactly(400, 421, 500);
    assertLogged(Level.WARN, "400");
    assertLogged(Level.ERROR, "unknown action (21 chars)");
  }

  // --- flow_token_signature ---

  @Test
  void a_forged_expired_or_transplanted_flow_token_signature_is_refused_with_432() {
    Clock later = Clock.fixed(Instant.now().plusSeconds(400L * 24 * 3600), ZoneOffset.UTC);
    start(builder -> builder.flowTokenSignature(FlowTokenSignature.verifier(APP_SECRET).withClock(later), true));
    String v4 = "{\"version\":\"4.0\",\"action\":\"data_exchange\",\"screen\":\"FORM\",\"data\":" + formData()
        + ",\"flow_token\":\"" + FLOW_TOKEN + "\",\"flow_token_signature\":\"%s\"}";

    var forged = postSigned(encrypt(v4.formatted(FlowTokenSignature.mint(FLOW_TOKEN,
        AppSecret.of("forger-secret-1"))), keys));
    var transplanted = postSigned(encrypt(v4.formatted(FlowTokenSignature.mint(USER_DATA, APP_SECRET)), keys));
    var garbage = postSigned(encrypt(v4.formatted(USER_DATA + "." + FLOW_TOKEN + "." + SENSITIVE), keys));

    assertThat(List.of(forged.statusCode(), transplanted.statusCode(), garbage.statusCode())).containsOnly(432);
    assertLogged(Level.WARN, "flow_token_signature");
  }

  // --- after decryption ---

  @Test
  void a_handled_request_and_its_reply_show_no_data_and_no_token() {
    start();

    var reply = postSigned(encrypt(request("FORM", formData()), keys));

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(surfaced).hasSize(2);
  }

  @Test
  void an_invalid_flow_token_is_answered_427_encrypted() {
    start();

    assertThat(postSigned(encrypt(request("EXPIRED", formData()), keys)).statusCode()).isEqualTo(427);
  }

  @Test
  void a_handler_failing_on_user_input_is_answered_500_and_logged_without_the_input() {
    start();

    var reply = postSigned(encrypt(request("AGE", "{\"age\":\"" + USER_DATA + "\"}"), keys));

    assertThat(reply.statusCode()).isEqualTo(500);
    assertLogged(Level.ERROR, "NumberFormatException");
  }

  @Test
  void a_handler_exception_quoting_data_and_token_is_logged_by_type_and_place_only() {
    start();

    var reply = postSigned(encrypt(request("DATABASE", formData()), keys));

    assertThat(reply.statusCode()).isEqualTo(500);
    assertLogged(Level.ERROR, "IllegalStateException");
    assertLogged(Level.ERROR, "IllegalArgumentException");
  }

  @Test
  void a_handler_returning_null_is_answered_500() {
    start();

    assertThat(postSigned(encrypt(request("NULL", formData()), keys)).statusCode()).isEqualTo(500);
    assertLogged(Level.ERROR, "500");
  }

  @Test
  void an_error_notification_is_acknowledged_and_shows_neither_its_message_nor_the_token() {
    start();

    var reply = postSigned(encrypt(request("FORM", "{\"error\":\"invalid-screen-transition\",\"error_message\":\""
        + USER_DATA + "\"}"), keys));

    assertThat(reply.statusCode()).isEqualTo(200);
    assertThat(surfaced).singleElement().isInstanceOf(FlowErrorNotification.class)
        .satisfies(n -> assertThat(n.toString()).contains("invalid-screen-transition"));
  }

  @Test
  void an_error_notification_callback_that_throws_is_answered_500_without_the_notification_in_the_log() {
    start(builder -> builder.onErrorNotification(notification -> {
      throw new IllegalStateException("could not record " + notification);
    }));

    var reply = postSigned(encrypt(request("FORM", "{\"error\":\"payload-schema-error\",\"error_message\":\""
        + USER_DATA + "\"}"), keys));

    assertThat(reply.statusCode()).isEqualTo(500);
    assertLogged(Level.ERROR, "IllegalStateException");
  }

  /** Hands out {@link #AES_KEY} first, then real randomness (the IV and RSA-OAEP's seed). */
  private static final class PlantedRandom extends SecureRandom {

    private static final long serialVersionUID = 1L;
    private boolean keyGiven;

    @Override
    public synchronized void nextBytes(byte[] bytes) {
      if (!keyGiven && bytes.length == AES_KEY.length) {
        keyGiven = true;
        System.arraycopy(AES_KEY, 0, bytes, 0, bytes.length);
        return;
      }
      super.nextBytes(bytes);
    }
  }

}
