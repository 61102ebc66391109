package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.phone.FlowMessageUnavailableException.Reason;
import dev.flowkit.mock.testing.Callback;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.webhook.Delivery;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The phone's hook into the platform: a user's received flow messages, and opening one under WhatsApp's rules. */
class FlowMessageInboxTest {

  static final String USER = "447700900123";
  static final String SECRET = "0123456789abcdef0123456789abcdef";
  static final String FLOW = """
      {"version": "7.3", "screens": [{"id": "WELCOME", "title": "Welcome", "terminal": true, "success": true,
        "data": {"name": {"type": "string", "__example__": "Ada"}},
        "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "TextBody", "text": "${data.name}"},
          {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete", "payload": {}}}]}}]}
      """;

  static Callback callback;
  static MockWhatsApp whatsapp;
  static GraphApiClient client;

  @BeforeAll
  static void start() {
    callback = new Callback(SECRET, "verify-me");
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().appSecret(SECRET).callbackUrl(callback.url()).build());
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
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

  private String publishedFlow() {
    return client.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("greeting", FlowCategory.OTHER)
        .flowJson(FLOW).publish(true).build()).requireValid().id();
  }

  private String send(String flowId) {
    return client.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder("+" + USER, "Open").flowId(flowId)
        .flowToken("tok-1").navigate("WELCOME", Map.of("name", "Ada")).build()).messageId();
  }

  @Test
  void a_sent_flow_message_is_in_the_users_inbox_and_opens_with_what_the_phone_needs() {
    String flowId = publishedFlow();
    String pem = BusinessKeys.toPem(BusinessKeys.generate().getPublic());
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), pem);
    String wamid = send(flowId);
    client.sendText(whatsapp.phoneNumberId(), USER, "not a flow");

    List<ReceivedFlowMessage> inbox = whatsapp.inbox().flowMessagesTo("+" + USER);
    assertThat(inbox).extracting(ReceivedFlowMessage::wamid).containsExactly(wamid);

    ReceivedFlowMessage opened = whatsapp.inbox().open(wamid);
    assertThat(opened.userWaId()).isEqualTo(USER);
    assertThat(opened.phoneNumberId()).isEqualTo(whatsapp.phoneNumberId());
    assertThat(opened.wabaId()).isEqualTo(whatsapp.wabaId());
    assertThat(opened.flow().flowId()).isEqualTo(flowId);
    assertThat(opened.flow().flowToken()).isEqualTo("tok-1");
    assertThat(opened.flow().screen()).isEqualTo("WELCOME");
    assertThat(opened.flow().data().get("name").asString()).isEqualTo("Ada");
    assertThat(opened.flow().flowJson()).isEqualTo(FLOW);
    assertThat(opened.businessPublicKey()).contains(pem);
    assertThat(opened.appSecret()).contains(AppSecret.of(SECRET));
    assertThat(opened.toString()).doesNotContain(SECRET).doesNotContain("BEGIN PUBLIC KEY");

    List<Delivery> reads = whatsapp.webhookJournal().await(
        d -> d.payload().contains("\"status\":\"read\"") && d.payload().contains(wamid), 1, Duration.ofSeconds(5),
        "the read status of " + wamid);
    assertThat(reads).hasSize(1);
    whatsapp.inbox().open(wamid);
    assertThat(whatsapp.webhookJournal().all()).filteredOn(d -> d.payload().contains("\"status\":\"read\""))
        .as("opening again sends no second read status").hasSize(1);
  }

  @Test
  void a_blocked_deprecated_or_deleted_flow_does_not_open_and_a_throttled_one_does() {
    String flowId = publishedFlow();
    String wamid = send(flowId);

    setStatus(flowId, "THROTTLED");
    assertThat(whatsapp.inbox().open(wamid).wamid()).isEqualTo(wamid);
    setStatus(flowId, "BLOCKED");
    assertThat(refusal(wamid)).isEqualTo(Reason.FLOW_BLOCKED);
    setStatus(flowId, "PUBLISHED");
    assertThat(whatsapp.inbox().open(wamid).wamid()).isEqualTo(wamid);
    client.deprecate(flowId);
    assertThat(refusal(wamid)).isEqualTo(Reason.FLOW_DEPRECATED);

    String draft = client.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("draft", FlowCategory.OTHER)
        .flowJson(FLOW).build()).id();
    String draftMessage = client.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder(USER, "Try")
        .flowId(draft).mode(FlowMessage.Mode.DRAFT).navigate("WELCOME", Map.of("name", "Ada")).build()).messageId();
    assertThat(whatsapp.inbox().open(draftMessage).flow().mode()).isEqualTo("draft");
    client.deleteFlow(draft);
    assertThat(refusal(draftMessage)).isEqualTo(Reason.FLOW_DELETED);
  }

  @Test
  void unknown_and_text_messages_do_not_open() {
    String text = client.sendText(whatsapp.phoneNumberId(), USER, "hello").messageId();
    assertThat(refusal(text)).isEqualTo(Reason.NOT_A_FLOW_MESSAGE);
    assertThat(refusal("wamid.nothing")).isEqualTo(Reason.UNKNOWN_MESSAGE);
  }

  @Test
  void the_control_api_lists_and_opens_without_the_app_secret() {
    String wamid = send(publishedFlow());
    String base = whatsapp.baseUrl() + "/_flowkit";

    Http.Reply list = Http.getNoAuth(base + "/users/" + USER + "/flow_messages");
    assertThat(list.body().get("data")).hasSize(1);
    assertThat(list.body().get("data").get(0).get("flow").get("flow_token").asString()).isEqualTo("tok-1");

    Http.Reply open = Http.postNoAuth(base + "/messages/open", "application/json",
        "{\"id\": \"" + wamid + "\"}");
    assertThat(open.status()).as(open.body().toString()).isEqualTo(200);
    assertThat(open.body().get("flow").get("flow_json").asString()).isEqualTo(FLOW);
    assertThat(open.body().toString()).doesNotContain(SECRET);

    Http.Reply unknown = Http.postNoAuth(base + "/messages/open", "application/json",
        "{\"id\": \"wamid.nothing\"}");
    assertThat(unknown.status()).isEqualTo(400);
    assertThat(unknown.error().get("code").asInt()).isEqualTo(100);
    assertThat(unknown.error().get("error_user_title").asString()).isEqualTo("UNKNOWN_MESSAGE");
  }

  private static void setStatus(String flowId, String status) {
    Http.Reply reply = Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/flows/" + flowId + "/status",
        "application/json", "{\"status\": \"" + status + "\"}");
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
  }

  private static Reason refusal(String wamid) {
    return catchThrowableOfType(FlowMessageUnavailableException.class, () -> whatsapp.inbox().open(wamid)).reason();
  }
}
