package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.FlowTokenSignature;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowErrorNotification;
import dev.flowkit.endpoint.FlowRequest;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.InvalidFlowTokenException;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.json.Screen;
import dev.flowkit.mock.phone.EndpointOutcome.Acknowledged;
import dev.flowkit.mock.phone.EndpointOutcome.Completed;
import dev.flowkit.mock.phone.EndpointOutcome.Failed;
import dev.flowkit.mock.phone.EndpointOutcome.FlowTokenRejected;
import dev.flowkit.mock.phone.EndpointOutcome.NextScreen;
import java.io.IOException;
import java.io.InputStream;
import java.security.KeyPair;
import java.security.PublicKey;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** The channel against core's own endpoint library over real HTTP on loopback, with real keys and secrets. */
class EndpointChannelTest {

  static final String SECRET_TEXT = "phone-and-business-share-this-secret";
  static final AppSecret SECRET = AppSecret.of(SECRET_TEXT);
  static final String TOKEN = "tok-81c2-ada";

  static KeyPair business;
  static KeyPair stranger;
  static FlowJson signIn;

  final List<FlowRequest> handled = new CopyOnWriteArrayList<>();
  final List<FlowErrorNotification> notifications = new CopyOnWriteArrayList<>();
  EndpointTestServer server;

  @BeforeAll
  static void keysAndFlow() throws IOException {
    business = BusinessKeys.generate();
    stranger = BusinessKeys.generate();
    try (InputStream in = EndpointChannelTest.class.getResourceAsStream("/endpoint-exchange/sign_in.json")) {
      signIn = FlowJsonMapper.read(in);
    }
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private FlowRouter router() {
    return FlowRouter.builder()
        .init(request -> record(request, FlowResponse.next("SIGN_IN")))
        .dataExchange("SIGN_IN", request -> record(request,
            request.dataString("password").filter("correct horse"::equals).isPresent()
                ? FlowResponse.close(request.requireFlowToken(), Map.of("email", request.dataString("email").orElse("")))
                : FlowResponse.stay("SIGN_IN", "Wrong email or password.")))
        .dataExchange("EXPIRED", request -> {
          throw new InvalidFlowTokenException("This sign-in link has expired.");
        })
        .dataExchange("BROKEN", request -> {
          throw new IllegalStateException("the business's bug");
        })
        .back(request -> record(request, FlowResponse.next("SIGN_IN", Map.of("refreshed", true))))
        .build();
  }

  private FlowResponse record(FlowRequest request, FlowResponse response) {
    handled.add(request);
    return response;
  }

  private EndpointTestServer start(FlowEndpoint.Builder endpoint) throws IOException {
    server = EndpointTestServer.serving(endpoint.handler(router()).onErrorNotification(notifications::add).build());
    return server;
  }

  private FlowEndpoint.Builder endpoint() {
    return FlowEndpoint.builder().privateKey(business.getPrivate()).appSecret(SECRET);
  }

  private EndpointChannel.Builder channel() {
    return EndpointChannel.builder().endpoint(server.url()).keys(EndpointKeySource.fixed(business.getPublic()))
        .appSecret(SECRET).flow(signIn).flowToken(TOKEN).keyRefetchPause(Duration.ZERO);
  }

  private static ObjectNode json(String text) {
    return (ObjectNode) EndpointJson.parse(text).orElseThrow();
  }

  @Test
  void init_is_sent_encrypted_and_signed_and_answers_with_the_first_screen() throws IOException {
    start(endpoint());
    EndpointExchange exchange = channel().build().send(EndpointRequest.init());

    assertThat(exchange.outcome()).isEqualTo(new NextScreen("SIGN_IN", json("{}"), Optional.empty()));
    assertThat(json(exchange.requestJson())).isEqualTo(json(
        "{\"version\":\"3.0\",\"action\":\"INIT\",\"screen\":\"\",\"data\":{},\"flow_token\":\"" + TOKEN + "\"}"));
    EndpointTestServer.Received received = server.received.get(0);
    assertThat(received.contentType()).isEqualTo("application/json");
    assertThat(HubSignature.verifier(SECRET).isValid(received.body(), received.signature())).isTrue();
    assertThat(json(received.text()).propertyNames())
        .containsExactly("encrypted_flow_data", "encrypted_aes_key", "initial_vector");
    assertThat(handled).singleElement().satisfies(request -> {
      assertThat(request.action()).isEqualTo(FlowRequest.Action.INIT);
      assertThat(request.flowToken()).contains(TOKEN);
      assertThat(request.version()).isEqualTo("3.0");
    });
    assertThat(exchange.httpStatus()).hasValue(200);
  }

  @Test
  void each_request_gets_a_fresh_aes_key_and_iv() throws IOException {
    start(endpoint());
    EndpointChannel channel = channel().build();
    channel.send(EndpointRequest.ping());
    channel.send(EndpointRequest.ping());

    JsonNode first = json(server.received.get(0).text());
    JsonNode second = json(server.received.get(1).text());
    assertThat(first.get("initial_vector")).isNotEqualTo(second.get("initial_vector"));
    assertThat(first.get("encrypted_aes_key")).isNotEqualTo(second.get("encrypted_aes_key"));
  }

  @Test
  void data_exchange_sends_the_bound_payload_and_a_success_response_completes() throws IOException {
    start(endpoint());
    ObjectNode payload = json("{\"email\":\"ada@example.org\",\"password\":\"correct horse\"}");
    EndpointOutcome outcome = channel().build().send(EndpointRequest.dataExchange("SIGN_IN", payload)).outcome();

    assertThat(outcome).isInstanceOf(Completed.class);
    Completed completed = (Completed) outcome;
    assertThat(completed.flowToken()).isEqualTo(TOKEN);
    assertThat(completed.params()).isEqualTo(json("{\"email\":\"ada@example.org\",\"flow_token\":\"" + TOKEN + "\"}"));
    assertThat(handled).singleElement().satisfies(request -> {
      assertThat(request.screen()).contains("SIGN_IN");
      assertThat(request.data()).isEqualTo(payload);
    });
  }

  @Test
  void an_error_message_keeps_the_user_on_the_screen() throws IOException {
    start(endpoint());
    ObjectNode payload = json("{\"email\":\"ada@example.org\",\"password\":\"wrong\"}");
    EndpointOutcome outcome = channel().build().send(EndpointRequest.dataExchange("SIGN_IN", payload)).outcome();

    assertThat(outcome).isInstanceOfSatisfying(NextScreen.class, next -> {
      assertThat(next.screen()).isEqualTo("SIGN_IN");
      assertThat(next.errorMessage()).contains("Wrong email or password.");
    });
    assertThat(outcome.error()).isEmpty();
  }

  @Test
  void back_names_the_screen_being_left_with_empty_data() throws IOException {
    start(endpoint());
    EndpointExchange exchange = channel().build().send(EndpointRequest.back("SIGN_UP"));

    assertThat(exchange.outcome()).isEqualTo(new NextScreen("SIGN_IN", json("{\"refreshed\":true}"), Optional.empty()));
    assertThat(handled).singleElement().satisfies(request -> {
      assertThat(request.action()).isEqualTo(FlowRequest.Action.BACK);
      assertThat(request.screen()).contains("SIGN_UP");
      assertThat(request.data().isEmpty()).isTrue();
    });
  }

  @Test
  void ping_carries_no_token_and_is_acknowledged_by_the_endpoint_itself() throws IOException {
    start(endpoint());
    EndpointExchange exchange = channel().build().send(EndpointRequest.ping());

    assertThat(exchange.outcome()).isEqualTo(new Acknowledged(json("{\"status\":\"active\"}")));
    assertThat(json(exchange.requestJson())).isEqualTo(json("{\"version\":\"3.0\",\"action\":\"ping\"}"));
    assertThat(handled).isEmpty();
  }

  @Test
  void an_error_notification_reaches_the_business_and_is_acknowledged() throws IOException {
    start(endpoint());
    EndpointRequest notification = EndpointRequest.errorNotification(Optional.of("SIGN_IN"),
        EndpointErrorType.INVALID_SCREEN_TRANSITION, "Next screen DONE is not allowed from SIGN_IN");
    EndpointExchange exchange = channel().build().send(notification);

    assertThat(exchange.outcome()).isEqualTo(new Acknowledged(json("{\"acknowledged\":true}")));
    assertThat(notifications).singleElement().satisfies(received -> {
      assertThat(received.error()).contains("invalid-screen-transition");
      assertThat(received.errorMessage()).contains("Next screen DONE is not allowed from SIGN_IN");
      assertThat(received.screen()).contains("SIGN_IN");
      assertThat(received.flowToken()).contains(TOKEN);
    });
    assertThat(handled).isEmpty();
  }

  @Test
  void an_error_notification_about_an_init_answer_is_sent_as_init() throws IOException {
    start(endpoint());
    EndpointExchange exchange = channel().build().send(EndpointRequest.errorNotification(Optional.empty(),
        EndpointErrorType.PAYLOAD_SCHEMA_ERROR, "data does not match"));

    assertThat(json(exchange.requestJson()).get("action").asString()).isEqualTo("INIT");
    assertThat(exchange.outcome()).isInstanceOf(Acknowledged.class);
    assertThat(notifications).singleElement().satisfies(n -> assertThat(n.error()).contains("payload-schema-error"));
  }

  @Test
  void data_api_4_with_flow_json_7_3_signs_the_flow_token_and_the_endpoint_verifies_it() throws IOException {
    start(endpoint().flowTokenSignature(FlowTokenSignature.verifier(SECRET), true));
    EndpointChannel channel = channel().dataApiVersion("4.0").flowJsonVersion("7.3").build();
    EndpointExchange exchange = channel.send(EndpointRequest.init());

    assertThat(channel.signsFlowToken()).isTrue();
    assertThat(exchange.outcome()).isInstanceOf(NextScreen.class);
    assertThat(handled).singleElement().satisfies(request -> {
      assertThat(request.version()).isEqualTo("4.0");
      assertThat(FlowTokenSignature.verifier(SECRET).verify(request.flowTokenSignature().orElseThrow(), TOKEN))
          .isEqualTo(TOKEN);
    });
    assertThat(channel.send(EndpointRequest.ping()).requestJson()).doesNotContain("flow_token");
  }

  @Test
  void below_flow_json_7_3_no_signature_is_sent_and_an_endpoint_requiring_one_answers_432() throws IOException {
    start(endpoint().flowTokenSignature(FlowTokenSignature.verifier(SECRET), true));
    EndpointChannel channel = channel().dataApiVersion("4.0").flowJsonVersion("7.2").build();
    EndpointExchange exchange = channel.send(EndpointRequest.init());

    assertThat(channel.signsFlowToken()).isFalse();
    assertThat(exchange.requestJson()).doesNotContain("flow_token_signature");
    assertThat(exchange.outcome()).isInstanceOfSatisfying(Failed.class, failed -> {
      assertThat(failed.type()).isEqualTo(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE);
      assertThat(failed.httpStatus()).hasValue(432);
    });
  }

  @Test
  void without_an_app_secret_nothing_is_signed_even_for_data_api_4() throws IOException {
    start(FlowEndpoint.builder().privateKey(business.getPrivate()));
    EndpointChannel channel = EndpointChannel.builder().endpoint(server.url())
        .keys(EndpointKeySource.fixed(business.getPublic())).dataApiVersion("4.0").flowJsonVersion("7.3").build();
    EndpointExchange exchange = channel.send(EndpointRequest.init());

    assertThat(channel.signsFlowToken()).isFalse();
    assertThat(server.received.get(0).signature()).isNull();
    assertThat(exchange.requestJson()).doesNotContain("flow_token_signature");
    assertThat(exchange.outcome()).isInstanceOf(NextScreen.class);
    assertThatThrownBy(() -> EndpointChannel.builder().endpoint(server.url())
        .keys(EndpointKeySource.fixed(business.getPublic())).tokenSigning(EndpointChannel.TokenSigning.ALWAYS).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("appSecret");
  }

  @Test
  void a_phone_with_another_app_secret_gets_432_as_the_generic_error() throws IOException {
    start(endpoint());
    EndpointExchange exchange = channel().appSecret(AppSecret.of("some-other-app")).build()
        .send(EndpointRequest.init());

    assertThat(exchange.outcome()).isInstanceOfSatisfying(Failed.class, failed -> {
      assertThat(failed.type()).isEqualTo(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE);
      assertThat(failed.httpStatus()).hasValue(432);
      assertThat(failed.reason()).contains("X-Hub-Signature-256");
    });
    assertThat(handled).isEmpty();
  }

  @Test
  void a_421_makes_the_phone_refetch_the_key_and_retry_once_with_success() throws IOException {
    start(endpoint());
    AtomicInteger refetches = new AtomicInteger();
    EndpointCounters counters = new EndpointCounters();
    EndpointChannel channel = channel().keys(rotating(stranger.getPublic(), business.getPublic(), refetches))
        .metrics(counters).build();
    EndpointExchange exchange = channel.send(EndpointRequest.init());

    assertThat(exchange.outcome()).isInstanceOf(NextScreen.class);
    assertThat(exchange.attempts()).extracting(attempt -> attempt.httpStatus().orElse(-1)).containsExactly(421, 200);
    assertThat(refetches).hasValue(1);
    assertThat(handled).hasSize(1);
    assertThat(counters.requestCount()).isEqualTo(2);
    assertThat(counters.errors()).containsExactly(Map.entry(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE, 1L));
    assertThat(counters.latencyBuckets().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(2);

    channel.send(EndpointRequest.ping());
    assertThat(refetches).as("the refetched key is kept").hasValue(1);
    assertThat(server.received).hasSize(3);
  }

  @Test
  void a_second_421_after_the_refetch_is_a_business_decryption_error() throws IOException {
    start(endpoint());
    AtomicInteger refetches = new AtomicInteger();
    EndpointExchange exchange = channel().keys(rotating(stranger.getPublic(), stranger.getPublic(), refetches))
        .build().send(EndpointRequest.init());

    assertThat(exchange.outcome()).isInstanceOfSatisfying(Failed.class, failed -> {
      assertThat(failed.type()).isEqualTo(EndpointErrorType.BUSINESS_DECRYPTION_ERROR);
      assertThat(failed.httpStatus()).hasValue(421);
    });
    assertThat(exchange.attempts()).hasSize(2);
    assertThat(refetches).hasValue(1);
    assertThat(handled).isEmpty();
  }

  @Test
  void the_metrics_can_count_421_as_answered() throws IOException {
    start(endpoint());
    EndpointCounters counters = new EndpointCounters();
    channel().keys(rotating(stranger.getPublic(), business.getPublic(), new AtomicInteger()))
        .protocolStatusesAreErrors(false).metrics(counters).build().send(EndpointRequest.init());

    assertThat(counters.requestCount()).isEqualTo(2);
    assertThat(counters.errors()).isEmpty();
    assertThat(counters.errorRate()).isZero();
  }

  @Test
  void with_no_key_registered_nothing_is_sent() throws IOException {
    start(endpoint());
    EndpointExchange exchange = channel().keys(EndpointKeySource.fetching(Optional::empty)).build()
        .send(EndpointRequest.init());

    assertThat(exchange.outcome().error()).contains(EndpointErrorType.PUBLIC_KEY_MISSING);
    assertThat(exchange.attempts()).isEmpty();
    assertThat(server.received).isEmpty();
    assertThat(exchange.toText()).contains("[not sent]");
  }

  @Test
  void an_expired_flow_token_closes_the_flow_with_the_endpoints_encrypted_message() throws IOException {
    start(endpoint());
    EndpointOutcome outcome = channel().build().send(EndpointRequest.dataExchange("EXPIRED", json("{}"))).outcome();

    assertThat(outcome).isEqualTo(new FlowTokenRejected("This sign-in link has expired.", FlowTokenRejected.Body.ENCRYPTED));
    assertThat(outcome.summary()).contains("button is disabled");
  }

  @Test
  void a_handler_failure_is_the_generic_error_with_status_500() throws IOException {
    start(endpoint());
    EndpointOutcome outcome = channel().build().send(EndpointRequest.dataExchange("BROKEN", json("{}"))).outcome();

    assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
      assertThat(failed.type()).isEqualTo(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE);
      assertThat(failed.httpStatus()).hasValue(500);
    });
  }

  @Test
  void the_transcript_masks_sensitive_fields_and_holds_no_secret_key_or_ciphertext() throws IOException {
    start(endpoint().flowTokenSignature(FlowTokenSignature.verifier(SECRET), true));
    FlowJson flow = FlowJson.builder().dataApiVersion("4.0")
        .screens(Screen.builder("SIGN_IN").title("Sign in").sensitive("password").build()).build();
    EndpointChannel channel = channel().flow(flow).build();
    channel.send(EndpointRequest.init());
    channel.send(EndpointRequest.dataExchange("SIGN_IN",
        json("{\"email\":\"ada@example.org\",\"password\":\"correct horse\"}")));

    String text = channel.transcript().toText();
    String sentSignature = handled.get(1).flowTokenSignature().orElseThrow();
    JsonNode body = json(server.received.get(1).text());
    assertThat(text)
        .contains("#1 ", "INIT", "#2 ", "data_exchange on SIGN_IN", "[200 in ", "completed with 2 param(s)")
        .contains("\"email\":\"ada@example.org\"", "\"password\":\"***\"", "\"flow_token_signature\":\"***\"")
        .doesNotContain("correct horse", SECRET_TEXT, sentSignature)
        .doesNotContain(body.get("encrypted_flow_data").asString(), body.get("encrypted_aes_key").asString(),
            body.get("initial_vector").asString())
        .doesNotContain(BusinessKeys.toPem(business.getPublic()).lines().skip(1).findFirst().orElseThrow());
    assertThat(channel.transcript().exchanges()).hasSize(2);
    assertThat(channel.transcript().exchanges().get(1).requestJson()).as("the clear JSON stays for assertions")
        .contains("correct horse");
    assertThat(channel.toString()).doesNotContain(SECRET_TEXT, TOKEN);
  }

  @Test
  void the_mask_covers_the_screen_the_response_leads_to() throws IOException {
    start(endpoint());
    EndpointChannel channel = channel().mask(EndpointMask.perScreen(Map.of("SIGN_IN", List.of("refreshed"))))
        .build();
    channel.send(EndpointRequest.back("SIGN_UP"));

    assertThat(channel.transcript().toText()).contains("\"refreshed\":\"***\"").doesNotContain("true");
  }

  private static EndpointKeySource rotating(PublicKey first, PublicKey refetched, AtomicInteger refetches) {
    return new EndpointKeySource() {
      @Override
      public Optional<PublicKey> current() {
        return Optional.of(first);
      }

      @Override
      public Optional<PublicKey> refetch() {
        refetches.incrementAndGet();
        return Optional.of(refetched);
      }
    };
  }
}
