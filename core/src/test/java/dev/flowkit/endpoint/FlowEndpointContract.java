package dev.flowkit.endpoint;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.EncryptedFlowRequest;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.FlowEndpointCipher;
import dev.flowkit.crypto.FlowTokenSignature;
import dev.flowkit.crypto.HubSignature;
import java.io.ByteArrayInputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What every adapter must do, over real HTTP on loopback with real encryption; one subclass per adapter says how
 * to mount the endpoint.
 */
abstract class FlowEndpointContract {

  /** The endpoint mounted at {@code /flow} on this adapter's server. */
  abstract LoopbackServers.Server serve(FlowEndpoint endpoint);


  private static final JsonMapper JSON = JsonMapper.builder().build();
  private static final AppSecret SECRET = AppSecret.of("test_app_secret");
  private static final String TOKEN = "bk-5f2c9a71-0c44";

  private static KeyPair keys;
  private static KeyPair otherKeys;

  private final List<FlowRequest> handled = new CopyOnWriteArrayList<>();
  private final List<FlowErrorNotification> notifications = new CopyOnWriteArrayList<>();
  private LoopbackEndpoint endpoint;

  @BeforeAll
  static void generateKeys() {
    keys = BusinessKeys.generate();
    otherKeys = BusinessKeys.generate();
  }

  @AfterEach
  void stop() {
    if (endpoint != null) {
      endpoint.close();
    }
  }

  private FlowRouter bookingRouter() {
    return FlowRouter.builder()
        .init(request -> record(request, FlowResponse.next("PICK_SLOT",
            Map.of("slots", List.of(Map.of("id", "0930", "title", "09:30")), "is_slot_enabled", true))))
        .dataExchange("PICK_SLOT", request -> record(request, request.dataString("date").orElse("").equals("2026-06-13")
            ? FlowResponse.stay("PICK_SLOT", "That date is fully booked, pick another one.", Map.of("slots", List.of()))
            : FlowResponse.next("CONFIRM", Map.of("slot", "09:30"))))
        .dataExchange("CONFIRM", request -> record(request,
            FlowResponse.close(request.requireFlowToken(), Map.of("booking_id", "B-20931", "slot", "09:30"))))
        .dataExchange("EXPIRED", request -> {
          throw new InvalidFlowTokenException("This booking link has expired.");
        })
        .dataExchange("BROKEN", request -> {
          throw new IllegalStateException("database password hunter2 rejected for " + request.flowToken().orElse(""));
        })
        .back(request -> record(request, FlowResponse.next("PICK_SLOT", Map.of("refreshed", true))))
        .build();
  }

  private FlowResponse record(FlowRequest request, FlowResponse response) {
    handled.add(request);
    return response;
  }

  private LoopbackEndpoint start(UnaryOperator<FlowEndpoint.Builder> config) {
    FlowEndpoint.Builder builder = FlowEndpoint.builder().privateKey(keys.getPrivate()).handler(bookingRouter())
        .onErrorNotification(notifications::add);
    endpoint = new LoopbackEndpoint(serve(config.apply(builder).build()), keys.getPublic());
    return endpoint;
  }

  private LoopbackEndpoint startSigned() {
    return start(builder -> builder.appSecret(SECRET));
  }

  private static JsonNode tree(String json) {
    return JSON.readTree(json);
  }

  private static String request(String action, String screen, String data) {
    return "{\"version\":\"3.0\",\"action\":\"" + action + "\",\"screen\":\"" + screen + "\",\"data\":" + data
        + ",\"flow_token\":\"" + TOKEN + "\"}";
  }

  // --- 200: the built-ins and every action ---

  @Test
  void ping_is_answered_active_without_reaching_the_handler() {
    var exchange = startSigned().send("{\"version\":\"3.0\",\"action\":\"ping\"}", SECRET);

    assertThat(exchange.status()).isEqualTo(200);
    assertThat(exchange.response().headers().firstValue("Content-Type")).hasValue("text/plain");
    assertThat(tree(exchange.clear())).isEqualTo(tree("{\"data\":{\"status\":\"active\"}}"));
    assertThat(handled).isEmpty();
  }

  @Test
  void init_with_an_empty_screen_goes_to_the_init_route_and_answers_the_next_screen_with_data() {
    var exchange = startSigned().send(request("INIT", "", "{}"), SECRET);

    assertThat(exchange.status()).isEqualTo(200);
    assertThat(tree(exchange.clear())).isEqualTo(tree(
        "{\"screen\":\"PICK_SLOT\",\"data\":{\"slots\":[{\"id\":\"0930\",\"title\":\"09:30\"}],\"is_slot_enabled\":true}}"));
    assertThat(handled).singleElement().satisfies(request -> {
      assertThat(request.action()).isEqualTo(FlowRequest.Action.INIT);
      assertThat(request.screen()).isEmpty();
      assertThat(request.flowToken()).hasValue(TOKEN);
      assertThat(request.version()).isEqualTo("3.0");
    });
  }

  @Test
  void init_without_screen_and_data_is_accepted_too() {
    var exchange = startSigned().send("{\"version\":\"3.0\",\"action\":\"INIT\",\"flow_token\":\"t\"}", SECRET);

    assertThat(exchange.status()).isEqualTo(200);
    assertThat(handled).singleElement().satisfies(request -> assertThat(request.data().isEmpty()).isTrue());
  }

  @Test
  void data_exchange_is_routed_by_screen_and_sees_the_user_input() {
    var exchange = startSigned().send(request("data_exchange", "PICK_SLOT",
        "{\"department\":\"dermatology\",\"date\":\"2026-06-12\"}"), SECRET);

    assertThat(tree(exchange.clear())).isEqualTo(tree("{\"screen\":\"CONFIRM\",\"data\":{\"slot\":\"09:30\"}}"));
    assertThat(handled.get(0).dataString("department")).hasValue("dermatology");
    assertThat(handled.get(0).screen()).hasValue("PICK_SLOT");
  }

  @Test
  void a_handler_can_keep_the_user_on_the_screen_with_an_error_message() {
    var exchange = startSigned().send(request("data_exchange", "PICK_SLOT", "{\"date\":\"2026-06-13\"}"), SECRET);

    assertThat(tree(exchange.clear())).isEqualTo(tree("{\"screen\":\"PICK_SLOT\",\"data\":{\"slots\":[],"
        + "\"error_message\":\"That date is fully booked, pick another one.\"}}"));
  }

  @Test
  void closing_the_flow_answers_success_with_the_flow_token_in_the_params() {
    var exchange = startSigned().send(request("data_exchange", "CONFIRM", "{}"), SECRET);

    assertThat(tree(exchange.clear())).isEqualTo(tree("{\"screen\":\"SUCCESS\",\"data\":{\"extension_message_response\":"
        + "{\"params\":{\"booking_id\":\"B-20931\",\"slot\":\"09:30\",\"flow_token\":\"" + TOKEN + "\"}}}}"));
  }

  @Test
  void back_goes_to_the_back_route() {
    var exchange = startSigned().send(request("BACK", "PICK_SLOT", "{}"), SECRET);

    assertThat(tree(exchange.clear())).isEqualTo(tree("{\"screen\":\"PICK_SLOT\",\"data\":{\"refreshed\":true}}"));
    assertThat(handled).singleElement().satisfies(request -> assertThat(request.action()).isEqualTo(FlowRequest.Action.BACK));
  }

  @Test
  void an_error_notification_is_acknowledged_and_passed_to_the_callback_not_the_handler() {
    var exchange = startSigned().send(request("data_exchange", "PICK_SLOT", "{\"error\":\"invalid-screen-transition\","
        + "\"error_message\":\"Next screen DONE is not allowed from PICK_SLOT\"}"), SECRET);

    assertThat(exchange.status()).isEqualTo(200);
    assertThat(tree(exchange.clear())).isEqualTo(tree("{\"data\":{\"acknowledged\":true}}"));
    assertThat(handled).isEmpty();
    assertThat(notifications).singleElement().satisfies(notification -> {
      assertThat(notification.error()).hasValue("invalid-screen-transition");
      assertThat(notification.errorMessage()).hasValue("Next screen DONE is not allowed from PICK_SLOT");
      assertThat(notification.screen()).hasValue("PICK_SLOT");
      assertThat(notification.flowToken()).hasValue(TOKEN);
    });
  }

  @Test
  void a_request_without_flow_token_as_ios_sends_it_still_reaches_the_handler() {
    var exchange = startSigned().send("{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"PICK_SLOT\","
        + "\"data\":{\"date\":\"2026-06-12\"}}", SECRET);

    assertThat(exchange.status()).isEqualTo(200);
    assertThat(handled).singleElement().satisfies(request -> assertThat(request.flowToken()).isEmpty());
  }

  @Test
  void without_an_app_secret_the_signature_header_is_not_required() {
    var exchange = start(UnaryOperator.identity()).send(request("INIT", "", "{}"), null);

    assertThat(exchange.status()).isEqualTo(200);
  }

  // --- 432 ---

  @Test
  void a_missing_or_wrong_signature_gets_432_before_anything_is_decrypted() {
    LoopbackEndpoint running = startSigned();

    var unsigned = running.send(request("INIT", "", "{}"), null);
    var otherApp = running.send(request("INIT", "", "{}"), AppSecret.of("another_app_secret"));

    assertThat(unsigned.status()).isEqualTo(432);
    assertThat(otherApp.status()).isEqualTo(432);
    assertThat(otherApp.response().body()).isEqualTo("the request signature does not validate");
    assertThat(handled).isEmpty();
  }

  @Test
  void a_signature_of_other_bytes_gets_432() {
    LoopbackEndpoint running = startSigned();
    byte[] body = "{\"encrypted_flow_data\":\"AAAA\",\"encrypted_aes_key\":\"AAAA\",\"initial_vector\":\"AAAA\"}"
        .getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = running.call(running.request().header("Content-Type", "application/json")
        .header(HubSignature.HEADER, HubSignature.sign("{}".getBytes(StandardCharsets.UTF_8), SECRET))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

    assertThat(response.statusCode()).isEqualTo(432);
  }

  // --- 421 ---

  @Test
  void a_request_encrypted_for_another_key_gets_421() {
    FlowEndpoint endpointForOtherKey = FlowEndpoint.builder().privateKey(otherKeys.getPrivate()).appSecret(SECRET)
        .handler(bookingRouter()).build();
    endpoint = new LoopbackEndpoint(serve(endpointForOtherKey), keys.getPublic());

    var exchange = endpoint.send(request("INIT", "", "{}"), SECRET);

    assertThat(exchange.status()).isEqualTo(421);
    assertThat(exchange.response().body()).isEqualTo("the request could not be decrypted");
  }

  @Test
  void during_a_key_rotation_the_previous_key_still_decrypts() {
    FlowEndpointCipher rotating = FlowEndpointCipher.builder().privateKey(otherKeys.getPrivate())
        .previousPrivateKey(keys.getPrivate()).build();
    endpoint = new LoopbackEndpoint(serve(FlowEndpoint.builder().cipher(rotating).handler(bookingRouter()).build()),
        keys.getPublic());

    assertThat(endpoint.send(request("INIT", "", "{}"), null).status()).isEqualTo(200);
  }

  @Test
  void a_tampered_ciphertext_gets_421() {
    LoopbackEndpoint running = start(UnaryOperator.identity());
    EncryptedFlowRequest body = FlowClientCipher.create(keys.getPublic()).encrypt(request("INIT", "", "{}")).body();
    String data = body.encryptedFlowData();
    String altered = (data.charAt(0) == 'A' ? "B" : "A") + data.substring(1);
    byte[] bytes = new EncryptedFlowRequest(altered, body.encryptedAesKey(), body.initialVector()).toJsonBytes();

    HttpResponse<String> response = running.call(running.request().header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(bytes)).build());

    assertThat(response.statusCode()).isEqualTo(421);
  }

  // --- 427 ---

  @Test
  void an_invalid_flow_token_gets_427_with_the_user_message_encrypted() {
    var exchange = startSigned().send(request("data_exchange", "EXPIRED", "{}"), SECRET);

    assertThat(exchange.status()).isEqualTo(427);
    assertThat(exchange.response().body()).doesNotContain("expired");
    assertThat(tree(exchange.clear())).isEqualTo(tree("{\"error_msg\":\"This booking link has expired.\"}"));
  }

  @Test
  void requiring_a_flow_token_that_is_missing_gets_427() {
    var exchange = startSigned().send("{\"version\":\"3.0\",\"action\":\"data_exchange\",\"screen\":\"CONFIRM\","
        + "\"data\":{}}", SECRET);

    assertThat(exchange.status()).isEqualTo(427);
    assertThat(tree(exchange.clear()).get("error_msg").isString()).isTrue();
  }

  // --- 500 ---

  @Test
  void a_handler_exception_gets_500_and_leaks_nothing() {
    var exchange = startSigned().send(request("data_exchange", "BROKEN", "{}"), SECRET);

    assertThat(exchange.status()).isEqualTo(500);
    assertThat(exchange.response().body()).isEqualTo("the endpoint failed to process the request")
        .doesNotContain("hunter2").doesNotContain(TOKEN);
  }

  @Test
  void a_request_no_route_takes_gets_500() {
    LoopbackEndpoint running = startSigned();

    assertThat(running.send(request("data_exchange", "NOWHERE", "{}"), SECRET).status()).isEqualTo(500);
    assertThat(running.send(request("navigate", "PICK_SLOT", "{}"), SECRET).status()).isEqualTo(500);
    assertThat(running.send(request("teleport", "PICK_SLOT", "{}"), SECRET).status()).isEqualTo(500);
  }

  @Test
  void a_handler_returning_null_gets_500() {
    endpoint = new LoopbackEndpoint(serve(FlowEndpoint.builder().privateKey(keys.getPrivate()).handler(request -> null)
        .build()), keys.getPublic());

    assertThat(endpoint.send(request("INIT", "", "{}"), null).status()).isEqualTo(500);
  }

  // --- flow_token_signature (data API 4.0) ---

  private static String v4(String token, String signature) {
    return "{\"version\":\"4.0\",\"action\":\"data_exchange\",\"screen\":\"PICK_SLOT\",\"data\":{},"
        + "\"flow_token\":\"" + token + "\"" + (signature == null ? "" : ",\"flow_token_signature\":\"" + signature + "\"")
        + "}";
  }

  @Test
  void a_valid_flow_token_signature_passes() {
    LoopbackEndpoint running = start(builder -> builder.appSecret(SECRET)
        .flowTokenSignature(FlowTokenSignature.verifier(SECRET), true));

    var exchange = running.send(v4(TOKEN, FlowTokenSignature.mint(TOKEN, SECRET)), SECRET);

    assertThat(exchange.status()).isEqualTo(200);
    assertThat(handled).singleElement().satisfies(request -> assertThat(request.flowTokenSignature()).isPresent());
  }

  @Test
  void a_forged_or_transplanted_or_missing_flow_token_signature_gets_432() {
    LoopbackEndpoint running = start(builder -> builder.appSecret(SECRET)
        .flowTokenSignature(FlowTokenSignature.verifier(SECRET), true));

    var forged = running.send(v4(TOKEN, FlowTokenSignature.mint(TOKEN, AppSecret.of("forger"))), SECRET);
    var transplanted = running.send(v4(TOKEN, FlowTokenSignature.mint("someone-else", SECRET)), SECRET);
    var missing = running.send(v4(TOKEN, null), SECRET);
    var ping = running.send("{\"version\":\"4.0\",\"action\":\"ping\"}", SECRET);

    assertThat(List.of(forged.status(), transplanted.status(), missing.status(), ping.status()))
        .containsExactly(432, 432, 432, 200);
    assertThat(handled).isEmpty();
  }

  @Test
  void an_optional_flow_token_signature_is_checked_only_when_sent() {
    LoopbackEndpoint running = start(builder -> builder.flowTokenSignature(FlowTokenSignature.verifier(SECRET), false));

    assertThat(running.send(v4(TOKEN, null), null).status()).isEqualTo(200);
    assertThat(running.send(v4(TOKEN, FlowTokenSignature.mint(TOKEN, AppSecret.of("forger"))), null).status())
        .isEqualTo(432);
  }

  @Test
  void the_spec_known_answer_vector_gets_the_exact_spec_reply() throws Exception {
    JsonNode vector;
    try (var in = getClass().getResourceAsStream("/vectors/flowkit/spec_5_2_vector.json")) {
      vector = JSON.readTree(in);
    }
    FlowEndpoint specEndpoint = FlowEndpoint.builder()
        .privateKey(BusinessKeys.readPrivateKey(vector.get("private_key_pem").asString()))
        .appSecret(AppSecret.of(vector.get("app_secret").asString()))
        .handler(FlowRouter.builder().init(request -> FlowResponse.next("WELCOME", Map.of("greeting", "hi"))).build())
        .build();
    endpoint = new LoopbackEndpoint(serve(specEndpoint), keys.getPublic());
    String body = new EncryptedFlowRequest(vector.get("encrypted_flow_data").asString(),
        vector.get("encrypted_aes_key").asString(), vector.get("iv_b64").asString()).toJson();

    HttpResponse<String> response = endpoint.call(endpoint.request().header("Content-Type", "application/json")
        .header(HubSignature.HEADER, vector.get("request_body_signature").asString())
        .POST(HttpRequest.BodyPublishers.ofString(body)).build());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.body()).isEqualTo(vector.get("encrypted_response").asString());
  }

  @Test
  void concurrent_requests_each_get_their_own_reply() throws Exception {
    LoopbackEndpoint running = startSigned();
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<String>> replies = new ArrayList<>();
      for (int i = 0; i < 16; i++) {
        String date = i % 2 == 0 ? "2026-06-12" : "2026-06-13";
        replies.add(pool.submit(() -> running.send(request("data_exchange", "PICK_SLOT", "{\"date\":\"" + date + "\"}"),
            SECRET).clear()));
      }
      for (int i = 0; i < replies.size(); i++) {
        assertThat(tree(replies.get(i).get()).get("screen").asString()).isEqualTo(i % 2 == 0 ? "CONFIRM" : "PICK_SLOT");
      }
    } finally {
      pool.shutdownNow();
    }
  }

  // --- transport errors ---

  @Test
  void a_get_gets_405_naming_post() {
    LoopbackEndpoint running = startSigned();

    HttpResponse<String> response = running.call(running.request().GET().build());

    assertThat(response.statusCode()).isEqualTo(405);
    assertThat(response.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void a_wrong_or_missing_content_type_gets_415() {
    LoopbackEndpoint running = start(UnaryOperator.identity());
    byte[] body = "{}".getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> text = running.call(running.request().header("Content-Type", "text/plain")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    HttpResponse<String> none = running.call(running.request().POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());
    HttpResponse<String> withCharset = running.call(running.request()
        .header("Content-Type", "Application/JSON; charset=utf-8").POST(HttpRequest.BodyPublishers.ofByteArray(body)).build());

    assertThat(text.statusCode()).isEqualTo(415);
    assertThat(none.statusCode()).isEqualTo(415);
    assertThat(withCharset.statusCode()).as("the media type matches; the body is what is wrong").isEqualTo(400);
  }

  @Test
  void an_oversized_body_gets_413() {
    LoopbackEndpoint running = start(builder -> builder.maxBodyBytes(4096));

    var exchange = running.send(request("data_exchange", "PICK_SLOT", "{\"note\":\"" + "x".repeat(5000) + "\"}"), null);

    assertThat(exchange.status()).isEqualTo(413);
    assertThat(handled).isEmpty();
  }

  @Test
  void an_oversized_body_without_content_length_gets_413_too() {
    LoopbackEndpoint running = start(builder -> builder.maxBodyBytes(4096));
    byte[] big = ("{\"encrypted_flow_data\":\"" + "A".repeat(8000) + "\"}").getBytes(StandardCharsets.UTF_8);

    HttpResponse<String> response = running.call(running.request().header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(big))).build());

    assertThat(response.statusCode()).isEqualTo(413);
    assertThat(handled).isEmpty();
  }

  @Test
  void malformed_bodies_get_400_and_never_reach_the_handler() {
    LoopbackEndpoint running = start(UnaryOperator.identity());

    for (String body : new String[] {"", "not json", "[1,2]", "{\"encrypted_flow_data\":\"AAAA\"}",
        "{\"encrypted_flow_data\":1,\"encrypted_aes_key\":\"AAAA\",\"initial_vector\":\"AAAA\"}"}) {
      HttpResponse<String> response = running.call(running.request().header("Content-Type", "application/json")
          .POST(HttpRequest.BodyPublishers.ofString(body)).build());
      assertThat(response.statusCode()).as(body).isEqualTo(400);
    }
    assertThat(handled).isEmpty();
  }

  @Test
  void a_body_that_decrypts_to_no_flow_request_gets_400() {
    LoopbackEndpoint running = start(UnaryOperator.identity());

    assertThat(running.send("{\"version\":\"3.0\",\"screen\":\"X\"}", null).status()).isEqualTo(400);
    assertThat(running.send("{\"version\":\"3.0\",\"action\":7}", null).status()).isEqualTo(400);
    assertThat(running.send("{\"version\":\"3.0\",\"action\":\"INIT\",\"data\":[1]}", null).status()).isEqualTo(400);
    assertThat(handled).isEmpty();
  }

  @Test
  void fields_that_are_not_base64_get_421_as_undecryptable() {
    LoopbackEndpoint running = start(UnaryOperator.identity());

    HttpResponse<String> response = running.call(running.request().header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofString(
            "{\"encrypted_flow_data\":\"***\",\"encrypted_aes_key\":\"AAAA\",\"initial_vector\":\"AAAA\"}")).build());

    assertThat(response.statusCode()).isEqualTo(421);
  }
}
