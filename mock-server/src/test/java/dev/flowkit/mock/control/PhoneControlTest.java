package dev.flowkit.mock.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.testing.Callback;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.Http.Reply;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.mock.webhook.WebhookKind;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control routes a phone in another process needs, over real HTTP: the app secret on request, the number's key
 * now, the completion sent as the platform's signed webhook, the button a 427 disabled; and bad input answered
 * with Graph envelopes.
 */
class PhoneControlTest {

  static final String USER = "447700900123";
  static final String SECRET = "fedcba9876543210fedcba9876543210";
  static final String FLOW = """
      {"version": "7.3", "screens": [{"id": "WELCOME", "title": "Welcome", "terminal": true, "success": true,
        "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete", "payload": {}}}]}}]}
      """;

  static Callback callback;
  static MockWhatsApp whatsapp;
  static GraphApiClient client;
  static String control;

  @BeforeAll
  static void start() {
    callback = new Callback(SECRET, "verify-me");
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().appSecret(SECRET).callbackUrl(callback.url()).build());
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
    control = whatsapp.baseUrl() + "/_flowkit/";
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

  private String sendFlow() {
    String flowId = client.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("greeting", FlowCategory.OTHER)
        .flowJson(FLOW).publish(true).build()).requireValid().id();
    return client.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder(USER, "Open").flowId(flowId)
        .flowToken("tok-7").navigate("WELCOME", Map.of()).build()).messageId();
  }

  private static Reply post(String route, String json) {
    return Http.postNoAuth(control + route, "application/json", json);
  }

  private static String id(String wamid) {
    return "\"id\": \"" + wamid + "\"";
  }

  private static Reply key(String wamid) {
    return Http.getNoAuth(control + "messages/business_public_key?id=" + URLEncoder.encode(wamid,
        StandardCharsets.UTF_8));
  }

  @Test
  void opening_hands_out_the_app_secret_only_when_asked_and_only_for_the_users_own_message() {
    String wamid = sendFlow();

    Reply plain = post("messages/open", "{" + id(wamid) + "}");
    Reply asked = post("messages/open", "{" + id(wamid) + ", \"wa_id\": \"" + USER + "\", "
        + "\"include_app_secret\": true}");
    Reply someoneElse = post("messages/open", "{" + id(wamid) + ", \"wa_id\": \"447700900999\"}");

    assertThat(plain.status()).isEqualTo(200);
    assertThat(plain.body().toString()).doesNotContain(SECRET);
    assertThat(asked.status()).as(asked.body().toString()).isEqualTo(200);
    assertThat(asked.body().get("app_secret").asString()).isEqualTo(SECRET);
    assertThat(asked.body().get("flow").get("flow_token").asString()).isEqualTo("tok-7");
    assertThat(someoneElse.status()).isEqualTo(400);
    assertThat(someoneElse.error().get("error_user_title").asString()).isEqualTo("UNKNOWN_MESSAGE");
    assertThat(someoneElse.body().toString()).doesNotContain(SECRET);
  }

  @Test
  void the_key_route_answers_the_key_the_number_holds_now_not_the_one_at_send_time() {
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), BusinessKeys.generate().getPublic());
    String wamid = sendFlow();
    String rotated = BusinessKeys.toPem(BusinessKeys.generate().getPublic());
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), rotated);

    Reply reply = key(wamid);

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    assertThat(BusinessKeys.readPublicKey(reply.body().get("business_public_key").asString()))
        .isEqualTo(BusinessKeys.readPublicKey(rotated));
    assertThat(reply.body().get("phone_number_id").asString()).isEqualTo(whatsapp.phoneNumberId());
  }

  @Test
  void a_reply_goes_to_the_business_as_the_platforms_signed_nfm_reply_and_answers_its_id() {
    String wamid = sendFlow();

    Reply reply = post("messages/reply", "{" + id(wamid) + ", \"response_json\": {\"flow_token\": \"tok-7\", "
        + "\"answer\": 42}}");

    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(200);
    String replyId = reply.body().get("id").asString();
    assertThat(replyId).startsWith("wamid.");
    List<Delivery> delivered = whatsapp.webhookJournal().await(d -> d.kind() == WebhookKind.FLOW_COMPLETION
        && d.state() == DeliveryState.DELIVERED, 1, Duration.ofSeconds(20), "the nfm_reply delivered");
    ObjectNode webhook = (ObjectNode) Http.MAPPER.readTree(delivered.get(0).payload());
    ObjectNode message = (ObjectNode) webhook.at("/entry/0/changes/0/value/messages/0");
    assertThat(message.get("id").asString()).isEqualTo(replyId);
    assertThat(message.at("/context/id").asString()).isEqualTo(wamid);
    assertThat(message.get("from").asString()).isEqualTo(USER);
    assertThat(Http.MAPPER.readTree(message.at("/interactive/nfm_reply/response_json").asString()))
        .isEqualTo(Http.MAPPER.readTree("{\"flow_token\": \"tok-7\", \"answer\": 42}"));
  }

  @Test
  void a_disabled_button_shows_in_the_list_and_refuses_to_open() {
    String wamid = sendFlow();

    Reply disabled = post("messages/disable_button", "{" + id(wamid) + "}");
    Reply open = post("messages/open", "{" + id(wamid) + "}");

    assertThat(disabled.status()).isEqualTo(200);
    assertThat(Http.getNoAuth(control + "users/" + USER + "/flow_messages").body().at("/data/0/button_disabled")
        .asBoolean()).isTrue();
    assertThat(open.status()).isEqualTo(400);
    assertThat(open.error().get("error_user_title").asString()).isEqualTo("BUTTON_DISABLED");
  }

  @Test
  void bad_input_to_the_phone_routes_answers_a_graph_envelope_never_a_500() {
    String wamid = sendFlow();
    String text = client.sendText(whatsapp.phoneNumberId(), USER, "not a flow").messageId();
    String token = "\"response_json\": {\"flow_token\": \"t\"}";

    assertRefused(post("messages/reply", "{" + id("wamid.nothing") + ", " + token + "}"), "UNKNOWN_MESSAGE");
    assertRefused(post("messages/reply", "{" + id(text) + ", " + token + "}"), "NOT_A_FLOW_MESSAGE");
    assertRefused(post("messages/reply", "{" + id(wamid) + ", \"response_json\": [1]}"), "must be a JSON object");
    assertRefused(post("messages/reply", "{" + id(wamid) + ", \"response_json\": \"{not json\"}"),
        "must be a JSON object");
    assertRefused(post("messages/reply", "{" + id(wamid) + ", \"response_json\": {\"flow_token\": 7}}"),
        "flow_token as a string");
    assertRefused(post("messages/reply", "{" + id(wamid) + "}"), "response_json is required");
    assertRefused(post("messages/reply", "{" + token + "}"), "id is required");
    assertRefused(key("wamid.nothing"), "UNKNOWN_MESSAGE");
    assertRefused(key(text), "NOT_A_FLOW_MESSAGE");
    assertRefused(Http.getNoAuth(control + "messages/business_public_key"), "id is required");
    assertRefused(post("messages/disable_button", "{" + id("wamid.nothing") + "}"), "UNKNOWN_MESSAGE");
    assertRefused(post("messages/disable_button", "{" + id(text) + "}"), "NOT_A_FLOW_MESSAGE");
    assertRefused(post("messages/open", "{" + id(wamid) + ", \"include_app_secret\": \"maybe\"}"),
        "must be a boolean");
    assertThat(whatsapp.webhookJournal().ofKind(WebhookKind.FLOW_COMPLETION)).as("nothing was sent").isEmpty();
  }

  private static void assertRefused(Reply reply, String why) {
    assertThat(reply.status()).as(reply.body().toString()).isEqualTo(400);
    assertThat(reply.error().get("code").asInt()).isEqualTo(100);
    assertThat(reply.error().toString()).contains(why).doesNotContain(SECRET);
  }
}
