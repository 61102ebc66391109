package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.InvalidFlowTokenException;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.FlowUpdate;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.mock.MockState;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.phone.FlowMessageUnavailableException.Reason;
import dev.flowkit.mock.state.EndpointTraffic;
import dev.flowkit.webhook.FlowCompletion;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The simulated phone on the mock platform: the business sends flows through core's {@link GraphApiClient}, the
 * user's phone opens them and walks them against the business's endpoint (core's FlowEndpoint on loopback), and the
 * business's webhook receiver (core's WebhookHttpHandler and WebhookParser) hears of the completion.
 */
class SimulatedPhoneTest {

  static final String USER = "447700900123";
  static final String BOOKING = FlowJsonMapper.write(ScreenFlows.resource("booking.json"));

  static CompletionReceiver receiver;
  static MockWhatsApp whatsapp;
  static GraphApiClient client;
  final BookingEndpoint endpoint = new BookingEndpoint();

  @BeforeAll
  static void start() {
    receiver = new CompletionReceiver(BookingEndpoint.SECRET);
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().appSecret(BookingEndpoint.SECRET)
        .callbackUrl(receiver.url().toString()).build());
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
    receiver.close();
  }

  @BeforeEach
  void reset() {
    whatsapp.reset();
  }

  @AfterEach
  void stopEndpoint() {
    endpoint.close();
  }

  /** Create, upload, set the endpoint, set the key, publish: what a business does before sending. */
  String publishedBooking() {
    String flowId = client.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("booking", FlowCategory.APPOINTMENT_BOOKING)
        .flowJson(BOOKING).build()).requireValid().id();
    client.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri(endpoint.url().toString()).build());
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), endpoint.keys().getPublic());
    client.publish(flowId);
    return flowId;
  }

  String sendBooking(String flowId, String token) {
    return client.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder("+" + USER, "Book")
        .flowId(flowId).flowToken(token).dataExchange().build()).messageId();
  }

  SimulatedPhone phone() {
    return whatsapp.phone(USER).withKeyRefetchPause(Duration.ZERO);
  }

  @Test
  void the_whole_chain_the_business_sends_the_phone_completes_and_the_business_hears_of_it()
      throws InterruptedException {
    String flowId = publishedBooking();
    String wamid = sendBooking(flowId, "booking-42");

    FlowSession session = phone().openLatest();
    session.select("slot", "tue").tapFooter().fill("pin", "2468").tapFooter().tapFooter();
    FlowCompletion completion = receiver.completionOf(wamid);

    assertThat(session.isCompleted()).isTrue();
    assertThat(session.messageId()).isEqualTo(wamid);
    assertThat(completion.contextMessageId()).contains(wamid);
    assertThat(completion.flowToken()).contains("booking-42");
    assertThat(completion.response().get("ref").asString()).isEqualTo("B-tue");
    assertThat(completion.sender().waId()).isEqualTo(USER);
    assertThat(completion.phone().phoneNumberId()).isEqualTo(whatsapp.phoneNumberId());
    assertThat(completion.businessAccountId()).isEqualTo(whatsapp.wabaId());
    assertThat(completion.messageId()).isEqualTo(session.replyMessageId().orElseThrow());
    assertThat(endpoint.requests).allSatisfy(request -> assertThat(request.flowToken()).contains("booking-42"));
    EndpointTraffic traffic = MockState.of(whatsapp).read(s -> s.flows().get(flowId).trafficOrNone());
    assertThat(traffic.totalRequests()).as("INIT and two data_exchanges feed the flow's metrics").isEqualTo(3);
  }

  @Test
  void an_endpoint_that_closes_with_SUCCESS_completes_the_flow_with_its_params() throws InterruptedException {
    String flowId = publishedBooking();
    String wamid = sendBooking(flowId, "success-1");
    FlowSession session = phone().openLatest().select("slot", "mon").tapFooter();
    endpoint.answer(request -> FlowResponse.close(request.requireFlowToken(), Map.of("ref", "B-77")));

    session.fill("pin", "2468").tapFooter();
    FlowCompletion completion = receiver.completionOf(wamid);

    assertThat(session.isCompleted()).isTrue();
    assertThat(session.screen().id()).as("the last screen stays readable").isEqualTo("DETAILS");
    assertThat(session.completion()).contains(ScreenFlows.json("{\"ref\":\"B-77\",\"flow_token\":\"success-1\"}"));
    assertThat(completion.contextMessageId()).contains(wamid);
    assertThat(completion.flowToken()).contains("success-1");
    assertThat(completion.response().get("ref").asString()).isEqualTo("B-77");
  }

  @Test
  void a_navigate_message_opens_on_its_screen_with_its_data() {
    String flowId = publishedBooking();
    client.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder(USER, "Book").flowId(flowId)
        .flowToken("nav-1").navigate("PICK", Map.of("slots", BookingEndpoint.LATER_SLOTS)).build());

    FlowSession session = phone().openLatest();

    assertThat(session.screen().component("slot").orElseThrow().options()).extracting(RenderedOption::id)
        .containsExactly("wed");
    assertThat(endpoint.requests).as("navigate mode sends no INIT").isEmpty();
    assertThat(phone().flowMessages()).singleElement()
        .satisfies(message -> assertThat(message.flow().flowToken()).isEqualTo("nav-1"));
  }

  @Test
  void after_the_business_rotates_its_key_a_421_makes_the_phone_refetch_it_and_the_retry_succeeds() {
    String flowId = publishedBooking();
    sendBooking(flowId, "rot-1");
    FlowSession session = phone().openLatest().select("slot", "mon");

    endpoint.rotate();
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), endpoint.keys().getPublic());
    session.tapFooter();

    assertThat(session.screen().id()).isEqualTo("DETAILS");
    EndpointExchange exchange = session.transcript().exchanges().get(1);
    assertThat(exchange.attempts()).extracting(attempt -> attempt.httpStatus().orElse(-1)).containsExactly(421, 200);
    assertThat(session.transcript().toText()).contains("421 in", "key refetched, then 200");
  }

  /** Opens a booking message, has the endpoint answer 427 to the next tap, taps, and checks the flow closed. */
  String closedBy427(String flowId) {
    String wamid = sendBooking(flowId, "expired-1");
    FlowSession session = phone().open(wamid).select("slot", "mon");
    endpoint.answer(request -> {
      throw new InvalidFlowTokenException("This booking link has expired");
    });

    session.tapFooter();

    assertThat(session.isOpen()).isFalse();
    assertThat(session.closedMessage()).contains("This booking link has expired");
    return wamid;
  }

  @Test
  void a_427_closes_the_flow_and_disables_the_messages_button_on_the_users_phone() {
    String flowId = publishedBooking();
    String wamid = closedBy427(flowId);
    assertThat(whatsapp.phone("+" + USER).isButtonDisabled(wamid)).isTrue();
    FlowMessageUnavailableException refused = catchThrowableOfType(FlowMessageUnavailableException.class,
        () -> whatsapp.phone(USER).open(wamid));
    assertThat(refused.reason()).isEqualTo(Reason.BUTTON_DISABLED);

    String fresh = sendBooking(flowId, "fresh-1");
    endpoint.answer(BookingEndpoint.router());
    assertThat(phone().open(fresh).screen().id()).as("a new message opens").isEqualTo("PICK");
  }

  @Test
  void a_deprecated_flow_and_a_message_to_someone_else_do_not_open() {
    String flowId = publishedBooking();
    String wamid = sendBooking(flowId, "t-1");

    FlowMessageUnavailableException other = catchThrowableOfType(FlowMessageUnavailableException.class,
        () -> whatsapp.phone("447700900999").open(wamid));
    assertThat(other.reason()).isEqualTo(Reason.UNKNOWN_MESSAGE);
    FlowMessageUnavailableException none = catchThrowableOfType(FlowMessageUnavailableException.class,
        () -> whatsapp.phone("447700900999").openLatest());
    assertThat(none.getMessage()).contains("has received no flow message");

    client.deprecate(flowId);
    FlowMessageUnavailableException deprecated = catchThrowableOfType(FlowMessageUnavailableException.class,
        () -> phone().open(wamid));
    assertThat(deprecated.reason()).isEqualTo(Reason.FLOW_DEPRECATED);
  }

  @Test
  void failed_requests_are_counted_as_endpoint_errors_of_the_flow() {
    String flowId = publishedBooking();
    sendBooking(flowId, "t-2");
    FlowSession session = phone().openLatest().select("slot", "mon");
    endpoint.answer(request -> {
      throw new IllegalStateException("down");
    });

    session.tapFooter();

    assertThat(session.lastError()).contains(FlowSession.GENERIC_ERROR);
    EndpointTraffic traffic = MockState.of(whatsapp).read(s -> s.flows().get(flowId).trafficOrNone());
    assertThat(traffic.totalRequests()).isEqualTo(2);
    assertThat(traffic.hours()).flatExtracting(hour -> hour.errors().entrySet())
        .containsExactly(Map.entry("unexpected_http_status_code", 1L));
  }
}
