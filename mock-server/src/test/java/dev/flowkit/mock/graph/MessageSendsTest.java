package dev.flowkit.mock.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.graph.FlowApiException;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.GraphApiException;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.testing.Callback;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.TestFlows;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.webhook.MessageStatus;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;
import tools.jackson.databind.JsonNode;

/** Interactive flow messages and text messages sent by core's Graph client to the mock (spec section 4). */
class MessageSendsTest {

  static final String USER = "447700900123";
  static Callback callback;
  static MockWhatsApp whatsapp;
  static GraphApiClient client;
  static String pnid;

  @BeforeAll
  static void start() {
    callback = new Callback("0123456789abcdef0123456789abcdef", "verify-me");
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().appSecret("0123456789abcdef0123456789abcdef")
        .callbackUrl(callback.url()).tenant("Other Co").build());
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
    pnid = whatsapp.phoneNumberId();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
    callback.close();
  }

  @BeforeEach
  void reset() {
    whatsapp.reset();
  }

  @Test
  void sends_a_published_flow_by_id_and_stores_what_it_opens() {
    String flowId = TestFlows.put(whatsapp, "booking", "PUBLISHED");

    SentMessage sent = client.sendFlowMessage(pnid, FlowMessage.builder("+" + USER, "Book now").flowId(flowId)
        .flowToken("bk-1").header("Book a visit").body("Pick a time").footer("A minute")
        .navigate("PICK_SLOT", Map.of("clinic", "Harbour Street")).bizOpaqueCallbackData("order-88").build());

    assertThat(sent.contacts()).containsExactly(new SentMessage.Contact("+" + USER, USER));
    assertThat(sent.messageId()).matches("wamid\\.[A-Za-z0-9+/=]{40,}");
    JsonNode flow = TestFlows.storedFlow(whatsapp, USER, sent.messageId());
    assertThat(flow.get("flowId").asString()).isEqualTo(flowId);
    assertThat(flow.get("flowName").asString()).isEqualTo("booking");
    assertThat(flow.get("mode").asString()).isEqualTo("published");
    assertThat(flow.get("flowToken").asString()).isEqualTo("bk-1");
    assertThat(flow.get("flowAction").asString()).isEqualTo("navigate");
    assertThat(flow.get("screen").asString()).isEqualTo("PICK_SLOT");
    assertThat(flow.get("data").get("clinic").asString()).isEqualTo("Harbour Street");
    assertThat(flow.get("cta").asString()).isEqualTo("Book now");
    assertThat(flow.get("header").asString()).isEqualTo("Book a visit");
    assertThat(flow.get("body").asString()).isEqualTo("Pick a time");
    assertThat(flow.get("footer").asString()).isEqualTo("A minute");
    assertThat(flow.get("flowJson").asString()).isEqualTo(TestFlows.JSON);
    assertThat(flow.get("flowJsonVersion").asString()).isEqualTo("7.0");
  }

  @Test
  void sends_by_name_with_whatsapps_defaults() {
    TestFlows.put(whatsapp, "sign up", "PUBLISHED");

    SentMessage sent = client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Sign up").flowName("sign up").build());

    JsonNode flow = TestFlows.storedFlow(whatsapp, USER, sent.messageId());
    assertThat(flow.get("flowToken").asString()).isEqualTo("unused");
    assertThat(flow.get("flowAction").asString()).isEqualTo("navigate");
    assertThat(flow.get("screen").asString()).as("FIRST_ENTRY_SCREEN is the first screen").isEqualTo("WELCOME");
    assertThat(flow.get("data").isEmpty()).isTrue();
  }

  @Test
  void navigate_without_data_leaves_data_out_as_the_spec_asks() {
    String flowId = TestFlows.put(whatsapp, "booking", "PUBLISHED");

    SentMessage sent = client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go").flowId(flowId)
        .navigate("PICK_SLOT", Map.of()).build());

    JsonNode flow = TestFlows.storedFlow(whatsapp, USER, sent.messageId());
    assertThat(flow.get("screen").asString()).isEqualTo("PICK_SLOT");
    assertThat(flow.get("data").isEmpty()).isTrue();
  }

  @Test
  void sends_an_endpoint_flow_with_data_exchange_once_the_number_has_a_key() {
    String flowId = TestFlows.put(whatsapp, "lookup", "PUBLISHED", TestFlows.JSON, "3.0", "https://example.com/f",
        null);
    TestFlows.setKey(whatsapp, BusinessKeys.toPem(BusinessKeys.generate().getPublic()));

    SentMessage sent = client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Look up").flowId(flowId)
        .dataExchange().build());

    JsonNode flow = TestFlows.storedFlow(whatsapp, USER, sent.messageId());
    assertThat(flow.get("flowAction").asString()).isEqualTo("data_exchange");
    assertThat(flow.get("screen").isNull()).isTrue();
    assertThat(flow.get("endpointUri").asString()).isEqualTo("https://example.com/f");
    assertThat(flow.get("dataApiVersion").isNull()).as("TestFlows.JSON has no data_api_version").isTrue();
  }

  @Test
  void sends_a_draft_in_draft_mode() {
    String flowId = TestFlows.put(whatsapp, "draft one", "DRAFT");

    SentMessage sent = client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Try").flowId(flowId)
        .mode(FlowMessage.Mode.DRAFT).build());

    assertThat(TestFlows.storedFlow(whatsapp, USER, sent.messageId()).get("mode").asString()).isEqualTo("draft");
  }

  @Test
  void sends_text_and_stores_it_per_user() {
    SentMessage sent = client.sendText(pnid, USER, "Hello there");

    JsonNode stored = Http.getNoAuth(whatsapp.baseUrl() + "/_flowkit/messages?to=" + USER).body().get("data");
    assertThat(stored).hasSize(1);
    assertThat(stored.get(0).get("wamid").asString()).isEqualTo(sent.messageId());
    assertThat(stored.get(0).get("type").asString()).isEqualTo("text");
    assertThat(stored.get(0).get("body").get("text").get("body").asString()).isEqualTo("Hello there");
    assertThat(stored.get(0).get("flow").isNull()).isTrue();
  }

  @Test
  void an_accepted_send_reports_sent_then_delivered_and_read_once_opened() {
    String flowId = TestFlows.put(whatsapp, "booking", "PUBLISHED");
    String wamid = client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Book").flowId(flowId)
        .bizOpaqueCallbackData("order-88").build()).messageId();

    whatsapp.webhookJournal().awaitState(DeliveryState.DELIVERED, 2, Duration.ofSeconds(10));
    Http.Reply read = Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/messages/read", "application/json",
        "{\"id\":\"" + wamid + "\"}");
    Http.Reply again = Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/messages/read", "application/json",
        "{\"id\":\"" + wamid + "\"}");
    whatsapp.webhookJournal().awaitState(DeliveryState.DELIVERED, 3, Duration.ofSeconds(10));

    assertThat(read.body().get("changed").asBoolean()).isTrue();
    assertThat(again.body().get("changed").asBoolean()).isFalse();
    List<MessageStatus> statuses = callback.statuses().stream().filter(s -> s.messageId().equals(wamid)).toList();
    assertThat(statuses).extracting(MessageStatus::status).containsExactlyInAnyOrder(
        MessageStatus.Status.SENT, MessageStatus.Status.DELIVERED, MessageStatus.Status.READ);
    assertThat(statuses).allSatisfy(s -> {
      assertThat(s.recipientId()).isEqualTo(USER);
      assertThat(s.callbackData()).contains("order-88");
      assertThat(s.phone().phoneNumberId()).isEqualTo(pnid);
      assertThat(s.businessAccountId()).isEqualTo(whatsapp.wabaId());
    });
    assertThat(Http.getNoAuth(whatsapp.baseUrl() + "/_flowkit/messages?to=" + USER).body().get("data").get(0)
        .get("status").asString()).isEqualTo("read");
  }

  // ---- refusals, in the order MessageSends and FlowSendChecks document

  @Test
  void unknown_flow_and_another_businesss_flow_are_invalid_parameters() {
    GraphApiException unknown = refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go")
        .flowId("123456789012345").build()));
    GraphApiException byName = refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go")
        .flowName("nobody's").build()));

    assertError(unknown, 100, 400, "flow_id '123456789012345' does not name a flow of the WhatsApp Business"
        + " Account of this phone number");
    assertThat(unknown.error().message()).isEqualTo("(#100) Invalid parameter");
    assertError(byName, 100, 400, "flow_name 'nobody's' does not name a flow of the WhatsApp Business Account of"
        + " this phone number");
  }

  @Test
  void mode_must_fit_the_status() {
    String published = TestFlows.put(whatsapp, "live", "PUBLISHED");
    String draft = TestFlows.put(whatsapp, "wip", "DRAFT");
    String deprecated = TestFlows.put(whatsapp, "old", "DEPRECATED");

    assertError(refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go").flowId(published)
        .mode(FlowMessage.Mode.DRAFT).build())), 100, 400, "Flow " + published
        + " is PUBLISHED: mode draft sends DRAFT flows only; send it with mode published");
    assertError(refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go").flowId(draft).build())),
        100, 400, "Flow " + draft + " is DRAFT: send it with mode draft, or publish it first");
    assertError(refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go").flowId(deprecated)
        .build())), 100, 400, "Flow " + deprecated + " is DEPRECATED and can no longer be sent");
  }

  @Test
  void newer_edit_model_sends_the_published_version_of_an_edited_flow() {
    try (MockWhatsApp newer = MockWhatsApp.start(MockWhatsAppConfig.builder().editPublishedFlows(true).build())) {
      GraphApiClient c = GraphApiClient.builder().baseUrl(newer.baseUrl()).accessToken(newer.accessToken()).build();
      String flowId = TestFlows.put(newer, "edited", "DRAFT", TestFlows.EDITED_JSON, null, null, TestFlows.JSON);

      String published = c.sendFlowMessage(newer.phoneNumberId(), FlowMessage.builder(USER, "Go").flowId(flowId)
          .build()).messageId();
      String draft = c.sendFlowMessage(newer.phoneNumberId(), FlowMessage.builder(USER, "Go").flowId(flowId)
          .mode(FlowMessage.Mode.DRAFT).build()).messageId();

      JsonNode stored = Http.getNoAuth(newer.baseUrl() + "/_flowkit/messages?to=" + USER).body().get("data");
      assertThat(stored.get(0).get("wamid").asString()).isEqualTo(published);
      assertThat(stored.get(0).get("flow").get("flowJson").asString()).isEqualTo(TestFlows.JSON);
      assertThat(stored.get(1).get("wamid").asString()).isEqualTo(draft);
      assertThat(stored.get(1).get("flow").get("flowJson").asString()).isEqualTo(TestFlows.EDITED_JSON);
    }
  }

  @Test
  void blocked_flow_and_endpoint_flow_without_key_are_blocked() {
    String blocked = TestFlows.put(whatsapp, "bad", "BLOCKED");
    String endpoint = TestFlows.put(whatsapp, "keyless", "PUBLISHED", TestFlows.JSON, "3.0", "https://example.com/f",
        null);

    GraphApiException b = refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go")
        .flowId(blocked).build()));
    GraphApiException k = refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go")
        .flowId(endpoint).dataExchange().build()));

    assertError(b, 132068, 400, "Flow " + blocked + " is BLOCKED and cannot be sent");
    assertThat(b).isInstanceOfSatisfying(FlowApiException.class,
        e -> assertThat(e.kind()).isEqualTo(FlowApiException.Kind.FLOW_BLOCKED));
    assertThat(b.error().message()).isEqualTo("(#132068) Flow is blocked");
    assertError(k, 132068, 400, "Flow " + endpoint + " uses an endpoint, but phone number " + pnid
        + " has no business public key with a VALID signature: set one with POST /" + pnid
        + "/whatsapp_business_encryption");
  }

  @Test
  void throttled_flow_refuses_the_eleventh_send_within_the_hour() {
    String flowId = TestFlows.put(whatsapp, "slow", "THROTTLED");
    FlowMessage message = FlowMessage.builder(USER, "Go").flowId(flowId).build();
    for (int i = 0; i < FlowSendChecks.THROTTLED_SENDS_PER_HOUR; i++) {
      client.sendFlowMessage(pnid, message);
    }

    GraphApiException eleventh = refused(() -> client.sendFlowMessage(pnid, message));

    assertError(eleventh, 132069, 400, "Flow " + flowId + " is THROTTLED: at most 10 messages per hour, and 10"
        + " were sent in the last hour");
    assertThat(eleventh).isInstanceOfSatisfying(FlowApiException.class,
        e -> assertThat(e.kind()).isEqualTo(FlowApiException.Kind.FLOW_THROTTLED));
  }

  @Test
  void navigate_screen_must_be_in_the_flow_json() {
    String flowId = TestFlows.put(whatsapp, "booking", "PUBLISHED");

    assertError(refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go").flowId(flowId)
        .navigate("NOWHERE", Map.of("a", 1)).build())), 131009, 400,
        "flow_action_payload.screen 'NOWHERE' is not a screen of flow " + flowId);
  }

  @Test
  void field_limits_are_131009_with_the_path() {
    String flowId = TestFlows.put(whatsapp, "booking", "PUBLISHED");

    GraphApiException cta = refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER,
        "x".repeat(21)).flowId(flowId).build()));
    assertError(cta, 131009, 400, "interactive.action.parameters.flow_cta must be at most 20 characters");
    assertThat(cta.error().message()).isEqualTo("(#131009) Parameter value is not valid");
    assertError(refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go").flowId(flowId)
        .header("h".repeat(61)).build())), 131009, 400, "interactive.header.text must be at most 60 characters");
    assertError(refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go").flowId(flowId)
        .body("b".repeat(1025)).build())), 131009, 400, "interactive.body.text must be at most 1024 characters");
    assertError(refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go").flowId(flowId)
        .footer("f".repeat(61)).build())), 131009, 400, "interactive.footer.text must be at most 60 characters");
    assertError(refused(() -> client.sendFlowMessage(pnid, FlowMessage.builder(USER, "Go \uD83D\uDE80")
        .flowId(flowId).build())), 131009, 400, "interactive.action.parameters.flow_cta must not contain emoji");
  }

  @Test
  void recipient_cannot_be_the_sending_number() {
    String own = whatsapp.displayPhoneNumber().replaceAll("[^0-9]", "");

    assertError(refused(() -> client.sendText(pnid, own, "me")), 131021, 400,
        "Sender and recipient phone number is the same.");
  }

  @Test
  void the_24_hour_window_refuses_free_form_messages_when_switched_on() {
    try (MockWhatsApp strict = MockWhatsApp.start(MockWhatsAppConfig.builder().customerServiceWindow(true)
        .build())) {
      GraphApiClient c = GraphApiClient.builder().baseUrl(strict.baseUrl()).accessToken(strict.accessToken()).build();
      String flowId = TestFlows.put(strict, "booking", "PUBLISHED");

      assertError(refused(() -> c.sendText(strict.phoneNumberId(), USER, "hi")), 131047, 400,
          "Message failed to send because more than 24 hours have passed since the customer last replied to this"
          + " number.");
      assertError(refused(() -> c.sendFlowMessage(strict.phoneNumberId(), FlowMessage.builder(USER, "Go")
          .flowId(flowId).build())), 131047, 400, "Message failed to send because more than 24 hours have passed"
          + " since the customer last replied to this number.");
    }
  }

  // ---- what the client cannot send: raw HTTP

  @Test
  void raw_bodies_the_client_never_builds_get_their_codes() {
    String flowId = TestFlows.put(whatsapp, "booking", "PUBLISHED");
    String params = "\"flow_id\":\"" + flowId + "\",\"flow_cta\":\"Go\"";

    assertRaw(interactive("\"flow_message_version\":\"2\"," + params), 131009,
        "interactive.action.parameters.flow_message_version must be \"3\", the only supported version; got \"2\"");
    assertRaw(interactive("\"flow_message_version\":\"3\",\"flow_id\":\"" + flowId + "\""), 131008,
        "interactive.action.parameters.flow_cta is required");
    assertRaw(interactive("\"flow_message_version\":\"3\",\"flow_name\":\"booking\"," + params), 131009,
        "interactive.action.parameters must name the flow by flow_id or by flow_name, not both");
    assertRaw(interactive("\"flow_message_version\":\"3\",\"flow_cta\":\"Go\""), 131008,
        "interactive.action.parameters.flow_id or interactive.action.parameters.flow_name is required");
    assertRaw(interactive("\"flow_message_version\":\"3\"," + params + ",\"mode\":\"DRAFT\""), 131009,
        "interactive.action.parameters.mode must be one of published, draft; got 'DRAFT'");
    assertRaw(interactive("\"flow_message_version\":\"3\"," + params + ",\"flow_action\":\"data_exchange\","
        + "\"flow_action_payload\":{\"screen\":\"WELCOME\"}"), 131009, "interactive.action.parameters"
        + ".flow_action_payload must be omitted when flow_action is data_exchange: the endpoint sends the first screen");
    assertRaw(interactive("\"flow_message_version\":\"3\"," + params + ",\"flow_action_payload\":{\"screen\":"
        + "\"WELCOME\",\"data\":{}}"), 131009, "interactive.action.parameters.flow_action_payload.data must not be"
        + " empty; omit it when the screen needs no data");
    assertRaw("{\"to\":\"" + USER + "\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}", 100,
        "The parameter messaging_product is required");
    assertRaw("{\"messaging_product\":\"whatsapp\",\"to\":\"call me\",\"type\":\"text\",\"text\":{\"body\":\"x\"}}",
        131009, "to must be a phone number: 5 to 15 digits, optionally after a '+'");
    assertRaw("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"sticker\"}", 131051,
        "type 'sticker' is not supported by FlowKit's mock; it sends text, interactive (flow) and template messages");
    assertRaw("{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"interactive\"}", 131008,
        "interactive is required");
  }

  @Test
  void payload_data_may_arrive_as_a_json_string() {
    String flowId = TestFlows.put(whatsapp, "booking", "PUBLISHED");

    Http.Reply reply = Http.postJson(messagesUrl(), whatsapp.accessToken(), interactive("\"flow_message_version\":"
        + "\"3\",\"flow_id\":\"" + flowId + "\",\"flow_cta\":\"Go\",\"flow_action_payload\":{\"screen\":\"PICK_SLOT\","
        + "\"data\":\"{\\\"clinic\\\":\\\"Harbour\\\"}\"}"));

    assertThat(reply.status()).isEqualTo(200);
    JsonNode flow = TestFlows.storedFlow(whatsapp, USER, reply.body().get("messages").get(0).get("id").asString());
    assertThat(flow.get("data").get("clinic").asString()).isEqualTo("Harbour");
  }

  // ----

  static GraphApiException refused(Executable send) {
    GraphApiException e = catchThrowableOfType(GraphApiException.class, () -> send.execute());
    assertThat(e).as("the send should have been refused").isNotNull();
    return e;
  }

  static void assertError(GraphApiException e, int code, int status, String details) {
    assertThat(e.code()).isEqualTo(code);
    assertThat(e.httpStatus()).isEqualTo(status);
    assertThat(e.error().details()).contains(details);
  }

  private static void assertRaw(String body, int code, String details) {
    Http.Reply reply = Http.postJson(messagesUrl(), whatsapp.accessToken(), body);
    assertThat(reply.status()).as(body).isEqualTo(400);
    assertThat(reply.error().get("code").asInt()).as(body).isEqualTo(code);
    assertThat(reply.error().get("error_data").get("details").asString()).as(body).isEqualTo(details);
  }

  private static String messagesUrl() {
    return whatsapp.baseUrl() + "/v21.0/" + pnid + "/messages";
  }

  private static String interactive(String parameters) {
    return "{\"messaging_product\":\"whatsapp\",\"to\":\"" + USER + "\",\"type\":\"interactive\",\"interactive\":"
        + "{\"type\":\"flow\",\"body\":{\"text\":\"Hi\"},\"action\":{\"name\":\"flow\",\"parameters\":{" + parameters
        + "}}}}";
  }
}
