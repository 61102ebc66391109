package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.InvalidFlowTokenException;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.webhook.FlowCompletion;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The standalone phone: a Flow JSON opened against an endpoint registered nowhere (core's {@link
 * dev.flowkit.endpoint.FlowEndpoint} on loopback, real keys, real encryption), walked through every path the
 * session layer owns: opening, data_exchange, BACK, completion, each status, each kind of refused response.
 */
class FlowSessionStandaloneTest {

  static final FlowJson BOOKING = ScreenFlows.resource("booking.json");

  final BookingEndpoint endpoint = new BookingEndpoint();

  @AfterEach
  void stop() {
    endpoint.close();
  }

  private SimulatedPhone.Standalone booking() {
    return SimulatedPhone.standalone().flow(BOOKING).endpoint(endpoint.url())
        .businessPublicKey(endpoint.publicPem()).appSecret(AppSecret.of(BookingEndpoint.SECRET))
        .flowToken("tok-7").keyRefetchPause(Duration.ZERO);
  }

  private FlowSession onDetails() {
    return booking().dataExchange().open().select("slot", "mon").tapFooter();
  }

  @Test
  void a_data_exchange_flow_walks_from_INIT_to_completion_and_masks_the_sensitive_pin() {
    FlowSession session = booking().dataExchange().open();
    assertThat(session.screen().id()).isEqualTo("PICK");
    assertThat(session.screen().component("slot").orElseThrow().options()).extracting(RenderedOption::id)
        .containsExactly("mon", "tue");

    session.select("slot", "mon").tapFooter();
    assertThat(session.screen().plainText()).contains("mon");
    session.fill("pin", "1357").tapFooter();
    assertThat(session.screen().id()).isEqualTo("DETAILS");
    assertThat(session.lastError()).contains("Wrong PIN");
    session.fill("pin", "2468").tapFooter();
    assertThat(session.screen().id()).as(session.transcript().toText()).isEqualTo("DONE");
    session.tapFooter();

    assertThat(session.isCompleted()).isTrue();
    assertThat(session.isOpen()).isFalse();
    assertThat(session.completion()).contains(ScreenFlows.json("{\"ref\":\"B-mon\",\"flow_token\":\"tok-7\"}"));
    assertThat(endpoint.actions()).containsExactly("INIT", "data_exchange", "data_exchange", "data_exchange");
    assertThat(endpoint.requests.get(3).data().get("pin").asString()).isEqualTo("2468");
    assertThat(session.endpointCounters().requestCount()).isEqualTo(4);
    assertThat(session.screenStack()).containsExactly("PICK", "DETAILS", "DONE");
    String transcript = session.transcript().toText();
    assertThat(transcript).contains("fill pin = ***", "\"pin\":\"***\"", "Wrong PIN", "shows DONE", "completed")
        .doesNotContain("2468").doesNotContain("1357");
    assertThat(session.transcript().exchanges()).hasSize(4)
        .allSatisfy(exchange -> assertThat(exchange.httpStatus()).hasValue(200));
    assertThat(session.toString()).doesNotContain("2468").contains("DONE", "completed");
    assertThatExceptionOfType(FlowSessionException.class).isThrownBy(session::tapFooter)
        .satisfies(e -> assertThat(e.kind()).isEqualTo(FlowSessionException.Kind.NOT_AVAILABLE));
  }

  @Test
  void a_session_sends_through_the_okhttp_client_it_was_given() {
    List<String> sent = new CopyOnWriteArrayList<>();
    OkHttpClient own = new OkHttpClient.Builder().addInterceptor(chain -> {
      sent.add(chain.request().method() + " " + chain.request().url().encodedPath());
      return chain.proceed(chain.request());
    }).build();

    FlowSession session = booking().httpClient(own).dataExchange().open().select("slot", "mon").tapFooter();

    assertThat(session.screen().id()).isEqualTo("DETAILS");
    assertThat(sent).containsExactly("POST /flow", "POST /flow");
    assertThat(endpoint.actions()).containsExactly("INIT", "data_exchange");
  }

  @Test
  void back_on_a_refresh_on_back_screen_asks_the_endpoint_and_shows_its_fresh_data() {
    FlowSession session = onDetails().back();

    assertThat(session.screen().id()).isEqualTo("PICK");
    assertThat(session.screen().component("slot").orElseThrow().options()).extracting(RenderedOption::id)
        .containsExactly("wed");
    assertThat(endpoint.actions()).containsExactly("INIT", "data_exchange", "BACK");
    assertThat(endpoint.requests.get(2).screen()).contains("DETAILS");
  }

  @Test
  void back_without_refresh_on_back_pops_the_history_without_a_request_and_on_the_first_screen_closes() {
    FlowSession session = SimulatedPhone.standalone().flow(ScreenFlows.resource("sign_up_login.json")).open();
    session.tapLink("Click here to sign up");
    assertThat(session.screen().id()).isEqualTo("SIGN_UP");

    session.back();
    assertThat(session.screen().id()).isEqualTo("START");
    session.back();
    assertThat(session.isOpen()).isFalse();
    assertThat(session.isCompleted()).isFalse();
    assertThat(session.transcript().exchanges()).isEmpty();
  }

  @Test
  void a_navigate_only_flow_completes_and_the_completion_webhook_carries_the_message_id_and_token()
      throws InterruptedException {
    FlowJson greeting = FlowJsonMapper.read(FlowMessageInboxTest.FLOW);
    try (CompletionReceiver receiver = new CompletionReceiver(BookingEndpoint.SECRET)) {
      FlowSession session = SimulatedPhone.standalone().flow(greeting).flowToken("greet-1").user("+447700900123")
          .navigate("WELCOME", ScreenFlows.json("{\"name\": \"Ada\"}"))
          .completionWebhook(receiver.url(), AppSecret.of(BookingEndpoint.SECRET)).open();
      assertThat(session.screen().plainText()).contains("Ada");

      session.tapFooter();
      FlowCompletion completion = receiver.completionOf(session.messageId());

      assertThat(session.completion()).contains(ScreenFlows.json("{\"flow_token\":\"greet-1\"}"));
      assertThat(completion.contextMessageId()).contains(session.messageId());
      assertThat(completion.messageId()).isEqualTo(session.replyMessageId().orElseThrow());
      assertThat(completion.flowToken()).contains("greet-1");
      assertThat(completion.sender().waId()).isEqualTo("447700900123");
    }
  }

  @Test
  void a_footer_tap_with_invalid_input_sends_nothing_and_reports_the_field_errors() {
    FlowSession session = onDetails().fill("pin", "12").tapFooter();

    assertThat(session.fieldErrors()).extracting(FieldError::field).containsExactly("pin");
    assertThat(session.lastError()).hasValueSatisfying(error -> assertThat(error).contains("pin"));
    assertThat(session.screen().id()).isEqualTo("DETAILS");
    assertThat(endpoint.actions()).containsExactly("INIT", "data_exchange");
    assertThat(session.transcript().last().orElseThrow().result()).startsWith("nothing sent");
  }

  @Test
  void input_the_screen_does_not_take_is_refused_with_the_transcript() {
    FlowSession session = booking().dataExchange().open();

    FlowSessionException refused = catchThrowableOfType(FlowSessionException.class,
        () -> session.select("slot", "sun"));

    assertThat(refused.kind()).isEqualTo(FlowSessionException.Kind.INPUT_REFUSED);
    assertThat(refused.getMessage()).contains("option 'sun' does not exist", "--- transcript ---", "shows PICK");
    assertThat(refused.getCause()).isInstanceOf(ScreenInputException.class);
  }

  @Test
  void an_open_url_action_is_recorded_and_the_flow_stays() {
    FlowSession session = booking().dataExchange().open().tapLink("Opening hours");

    assertThat(session.openedUrls()).containsExactly("https://example.com/hours");
    assertThat(session.screen().id()).isEqualTo("PICK");
  }

  // ------------------------------------------------------------------------------------------ statuses

  @Test
  void a_500_shows_the_generic_error_keeps_the_user_on_the_screen_and_a_retry_goes_through() {
    FlowSession session = booking().dataExchange().open().select("slot", "tue");
    endpoint.answer(request -> {
      throw new IllegalStateException("the booking database is down");
    });

    session.tapFooter();
    assertThat(session.lastError()).contains(FlowSession.GENERIC_ERROR);
    assertThat(session.screen().id()).isEqualTo("PICK");
    assertThat(session.isOpen()).isTrue();
    assertThat(session.transcript().exchanges().get(1).httpStatus()).hasValue(500);
    assertThat(session.endpointCounters().errorCount(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE)).isEqualTo(1);

    endpoint.answer(BookingEndpoint.router());
    session.tapFooter();
    assertThat(session.screen().id()).isEqualTo("DETAILS");
    assertThat(session.lastError()).isEmpty();
  }

  @Test
  void a_432_for_a_wrong_app_secret_shows_the_generic_error() {
    FlowSession session = booking().appSecret(AppSecret.of("f".repeat(32)))
        .navigate("PICK", ScreenFlows.json("{\"slots\": [{\"id\": \"mon\", \"title\": \"Monday\"}]}")).open();

    session.select("slot", "mon").tapFooter();

    assertThat(session.lastError()).contains(FlowSession.GENERIC_ERROR);
    assertThat(session.transcript().exchanges()).singleElement()
        .satisfies(exchange -> assertThat(exchange.httpStatus()).hasValue(432));
    assertThat(endpoint.requests).isEmpty();
  }

  @Test
  void a_427_closes_the_flow_with_the_endpoints_message() {
    FlowSession session = onDetails();
    endpoint.answer(request -> {
      throw new InvalidFlowTokenException("This booking link has expired");
    });

    session.fill("pin", "2468").tapFooter();

    assertThat(session.isOpen()).isFalse();
    assertThat(session.isCompleted()).isFalse();
    assertThat(session.closedMessage()).contains("This booking link has expired");
    assertThat(session.screen().id()).isEqualTo("DETAILS");
    FlowSessionException closed = catchThrowableOfType(FlowSessionException.class, () -> session.fill("pin", "1"));
    assertThat(closed.kind()).isEqualTo(FlowSessionException.Kind.NOT_AVAILABLE);
    assertThat(closed.getMessage()).contains("This booking link has expired");
  }

  @Test
  void no_response_from_a_closed_port_shows_the_generic_error() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    FlowSession session = booking().endpoint(URI.create("http://127.0.0.1:" + port + "/flow")).dataExchange().open();

    assertThat(session.lastError()).contains(FlowSession.GENERIC_ERROR);
    assertThat(session.isOpen()).isTrue();
    assertThat(session.endpointCounters().errorCount(EndpointErrorType.NO_HTTP_RESPONSE_ERROR)).isEqualTo(1);
    FlowSessionException noScreen = catchThrowableOfType(FlowSessionException.class, session::screen);
    assertThat(noScreen.kind()).isEqualTo(FlowSessionException.Kind.NOT_AVAILABLE);
    assertThat(noScreen.getMessage()).contains("no screen is shown yet", FlowSession.GENERIC_ERROR);
  }

  @Test
  void an_endpoint_slower_than_the_configured_timeout_shows_the_generic_error() throws IOException {
    try (EndpointTestServer slow = EndpointTestServer.answering(body -> hang())) {
      FlowSession session = booking().endpoint(slow.url()).timeout(Duration.ofMillis(200)).dataExchange().open();

      assertThat(session.lastError()).contains(FlowSession.GENERIC_ERROR);
      assertThat(session.endpointCounters().errorCount(EndpointErrorType.TIMEOUT_ERROR)).isEqualTo(1);
      assertThat(session.transcript().toText()).contains("timeout_error");
    }
  }

  private static EndpointTestServer.Reply hang() throws InterruptedException {
    Thread.sleep(5_000);
    return new EndpointTestServer.Reply(200, "");
  }

  @Test
  void an_endpoint_that_holds_another_key_answers_421_twice_and_the_generic_error_is_shown() {
    FlowSession session = booking().dataExchange().open().select("slot", "mon");
    endpoint.rotate(); // the standalone phone only knows the old key, and refetches that same key

    session.tapFooter();

    assertThat(session.lastError()).contains(FlowSession.GENERIC_ERROR);
    EndpointExchange exchange = session.transcript().exchanges().get(1);
    assertThat(exchange.attempts()).hasSize(2);
    assertThat(exchange.outcome().error()).contains(EndpointErrorType.BUSINESS_DECRYPTION_ERROR);
  }

  // ------------------------------------------------------------------------------------------ refused responses

  static Stream<Arguments> badAnswers() {
    return Stream.of(
        Arguments.of("a screen the routing model does not allow from PICK",
            FlowResponse.next("DONE", Map.of("ref", "B-1")), EndpointErrorType.INVALID_SCREEN_TRANSITION),
        Arguments.of("a screen that does not exist", FlowResponse.next("NOWHERE"),
            EndpointErrorType.INVALID_SCREEN_TRANSITION),
        Arguments.of("data that does not match the screen's model", FlowResponse.next("DETAILS", Map.of("slot", 5)),
            EndpointErrorType.PAYLOAD_SCHEMA_ERROR),
        Arguments.of("a SUCCESS whose params lack the flow token", FlowResponse.next("SUCCESS",
            Map.of("extension_message_response", Map.of("params", Map.of("ref", "B-1")))),
            EndpointErrorType.PAYLOAD_SCHEMA_ERROR));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("badAnswers")
  void a_refused_response_is_reported_to_the_test_and_to_the_endpoint_and_the_user_stays(String what,
      FlowResponse answer, EndpointErrorType expected) {
    FlowSession session = booking().dataExchange().open().select("slot", "mon");
    endpoint.answer(request -> answer);

    FlowSessionException refused = catchThrowableOfType(FlowSessionException.class, session::tapFooter);

    assertThat(refused.kind()).isEqualTo(FlowSessionException.Kind.INVALID_RESPONSE);
    assertThat(refused.clientError()).contains(expected);
    assertThat(refused.getMessage()).contains(expected.wireName(), "error notification", "--- transcript ---",
        "tap Footer");
    assertThat(endpoint.notifications).singleElement().satisfies(notification -> {
      assertThat(notification.error()).contains(expected.wireName());
      assertThat(notification.screen()).contains("PICK");
    });
    assertThat(session.screen().id()).isEqualTo("PICK");
    assertThat(session.isOpen()).isTrue();
    assertThat(session.lastError()).contains(FlowSession.GENERIC_ERROR);

    endpoint.answer(BookingEndpoint.router());
    assertThat(session.tapFooter().screen().id()).as("the user may try again").isEqualTo("DETAILS");
  }

  @Test
  void a_refused_answer_to_INIT_is_reported_to_the_endpoint_as_an_INIT_error_notification() {
    endpoint.answer(request -> FlowResponse.next("NOWHERE"));

    FlowSessionException refused = catchThrowableOfType(FlowSessionException.class,
        () -> booking().dataExchange().open());

    assertThat(refused.kind()).isEqualTo(FlowSessionException.Kind.INVALID_RESPONSE);
    assertThat(refused.getMessage()).contains("open (data_exchange: INIT)", "NOWHERE");
    assertThat(endpoint.notifications).singleElement().satisfies(notification -> {
      assertThat(notification.screen()).isEmpty();
      assertThat(notification.request().rawAction()).isEqualTo("INIT");
      assertThat(notification.error()).contains("invalid-screen-transition");
    });
  }

  @Test
  void a_427_to_INIT_closes_the_flow_before_any_screen_shows() {
    endpoint.answer(request -> {
      throw new InvalidFlowTokenException("Expired");
    });

    FlowSession session = booking().dataExchange().open();

    assertThat(session.isOpen()).isFalse();
    assertThat(session.closedMessage()).contains("Expired");
    assertThat(session.lastError()).contains("Expired");
  }

  @Test
  void a_response_without_a_screen_is_refused_and_the_endpoint_gets_a_payload_schema_error() throws IOException {
    List<String> received = new CopyOnWriteArrayList<>();
    try (EndpointTestServer raw = EndpointTestServer.answering(body -> {
      String clear = EndpointTestServer.decrypt(endpoint.keys().getPrivate(), body);
      received.add(clear);
      String reply = clear.contains("\"error\"") ? "{\"data\":{\"acknowledged\":true}}" : "{\"data\":{}}";
      return new EndpointTestServer.Reply(200, EndpointTestServer.encryptedReply(endpoint.keys().getPrivate(), body,
          reply));
    })) {
      FlowSessionException refused = catchThrowableOfType(FlowSessionException.class,
          () -> booking().endpoint(raw.url()).dataExchange().open());

      assertThat(refused.clientError()).contains(EndpointErrorType.PAYLOAD_SCHEMA_ERROR);
      assertThat(received).hasSize(2);
      assertThat(ScreenFlows.json(received.get(1)).get("data").get("error").asString())
          .isEqualTo("payload-schema-error");
    }
  }

  @Test
  void a_refused_response_on_a_sensitive_screen_keeps_the_value_out_of_the_exception() {
    FlowSession session = onDetails().fill("pin", "2468");
    endpoint.answer(request -> FlowResponse.next("NOWHERE"));

    FlowSessionException refused = catchThrowableOfType(FlowSessionException.class, session::tapFooter);

    assertThat(refused.getMessage()).contains("\"pin\":\"***\"").doesNotContain("2468");
    assertThat(endpoint.notifications).singleElement()
        .satisfies(notification -> assertThat(notification.screen()).contains("DETAILS"));
  }

  @Test
  void a_standalone_session_refuses_an_endpoint_without_a_key_and_a_data_exchange_without_an_endpoint() {
    assertThatExceptionOfType(IllegalStateException.class)
        .isThrownBy(() -> SimulatedPhone.standalone().flow(BOOKING).endpoint(endpoint.url()).open());
    assertThatExceptionOfType(IllegalStateException.class).isThrownBy(() -> SimulatedPhone.standalone().open());

    FlowSessionException refused = catchThrowableOfType(FlowSessionException.class,
        () -> SimulatedPhone.standalone().flow(BOOKING).dataExchange().open());
    assertThat(refused.kind()).isEqualTo(FlowSessionException.Kind.NO_ENDPOINT);
    assertThat(SimulatedPhone.standalone().flow(BOOKING).businessPublicKey(BusinessKeys.generate().getPublic()))
        .isNotNull();
  }

  @Test
  void an_opening_payload_that_does_not_fit_the_entry_screen_is_refused() {
    FlowSessionException refused = catchThrowableOfType(FlowSessionException.class,
        () -> booking().navigate("PICK", ScreenFlows.json("{\"slots\": \"not a list\"}")).open());

    assertThat(refused.kind()).isEqualTo(FlowSessionException.Kind.OPENING_REFUSED);
    assertThat(refused.clientError()).contains(EndpointErrorType.PAYLOAD_SCHEMA_ERROR);
    assertThat(List.of(refused.getMessage())).allSatisfy(m -> assertThat(m).contains("slots"));
  }
}
