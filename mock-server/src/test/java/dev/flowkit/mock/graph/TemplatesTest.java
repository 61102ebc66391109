package dev.flowkit.mock.graph;

import static dev.flowkit.mock.graph.MessageSendsTest.assertError;
import static dev.flowkit.mock.graph.MessageSendsTest.refused;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.FlowTemplateMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.mock.MockState;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.Http.Reply;
import dev.flowkit.mock.testing.TestFlows;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Templates with a FLOW button (spec section 4.3): created and listed over raw HTTP, sent by core's client. */
class TemplatesTest {

  static final String USER = "447700900123";
  static MockWhatsApp whatsapp;
  static GraphApiClient client;
  static String templates;

  @BeforeAll
  static void start() {
    whatsapp = MockWhatsApp.start();
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
    templates = whatsapp.baseUrl() + "/v21.0/" + whatsapp.wabaId() + "/message_templates";
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
  }

  @BeforeEach
  void reset() {
    whatsapp.reset();
  }

  static String template(String name, String button) {
    return "{\"name\":\"" + name + "\",\"language\":\"en_US\",\"category\":\"MARKETING\",\"components\":["
        + "{\"type\":\"BODY\",\"text\":\"Spring check-ups are open.\"},"
        + "{\"type\":\"BUTTONS\",\"buttons\":[" + button + "]}]}";
  }

  static String flowButton(String reference) {
    return "{\"type\":\"FLOW\",\"text\":\"Book a check-up\"," + reference + ",\"flow_action\":\"navigate\","
        + "\"navigate_screen\":\"PICK_SLOT\",\"icon\":\"PROMOTION\"}";
  }

  @Test
  void creates_an_approved_template_whose_flow_button_stores_the_flow_id_and_sends_it() {
    String flowId = TestFlows.put(whatsapp, "booking", "PUBLISHED");

    Reply created = Http.postJson(templates, whatsapp.accessToken(), template("booking_offer",
        flowButton("\"flow_name\":\"booking\"")));
    SentMessage sent = client.sendFlowTemplate(whatsapp.phoneNumberId(), FlowTemplateMessage.builder(USER,
        "booking_offer", "en_US").flowToken("bk-8812").flowActionData(Map.of("clinic", "Harbour")).build());

    assertThat(created.status()).isEqualTo(200);
    assertThat(created.body().get("status").asString()).isEqualTo("APPROVED");
    assertThat(created.body().get("category").asString()).isEqualTo("MARKETING");
    JsonNode listed = Http.get(templates + "?name=booking_offer", whatsapp.accessToken()).body().get("data").get(0);
    JsonNode button = listed.get("components").get(1).get("buttons").get(0);
    assertThat(button.get("flow_id").asString()).isEqualTo(flowId);
    assertThat(button.has("flow_name")).isFalse();
    assertThat(sent.contacts()).containsExactly(new SentMessage.Contact(USER, USER));
    assertThat(sent.messages().get(0).messageStatus()).as("v21.0 predates message_status").isEmpty();
    JsonNode flow = TestFlows.storedFlow(whatsapp, USER, sent.messageId());
    assertThat(flow.get("flowId").asString()).isEqualTo(flowId);
    assertThat(flow.get("flowToken").asString()).isEqualTo("bk-8812");
    assertThat(flow.get("screen").asString()).isEqualTo("PICK_SLOT");
    assertThat(flow.get("data").get("clinic").asString()).isEqualTo("Harbour");
    assertThat(flow.get("cta").asString()).isEqualTo("Book a check-up");
    assertThat(flow.get("body").asString()).isEqualTo("Spring check-ups are open.");
  }

  @Test
  void template_sends_say_accepted_from_v24() {
    TestFlows.put(whatsapp, "booking", "PUBLISHED");
    Http.postJson(templates, whatsapp.accessToken(), template("offer", flowButton("\"flow_name\":\"booking\"")));
    GraphApiClient v24 = client.newBuilder().apiVersion("v24.0").build();

    SentMessage sent = v24.sendFlowTemplate(whatsapp.phoneNumberId(), FlowTemplateMessage.builder(USER, "offer",
        "en_US").build());

    assertThat(sent.messages().get(0).messageStatus()).contains("accepted");
  }

  @Test
  void a_template_made_from_flow_json_opens_that_json() {
    String escaped = TestFlows.JSON.replace("\"", "\\\"");
    Http.postJson(templates, whatsapp.accessToken(), template("inline_flow", flowButton("\"flow_json\":\""
        + escaped + "\"")));

    SentMessage sent = client.sendFlowTemplate(whatsapp.phoneNumberId(), FlowTemplateMessage.builder(USER,
        "inline_flow", "en_US").build());

    JsonNode flow = TestFlows.storedFlow(whatsapp, USER, sent.messageId());
    assertThat(flow.get("flowId").isNull()).isTrue();
    assertThat(flow.get("flowToken").asString()).isEqualTo("unused");
    assertThat(flow.get("flowJson").asString()).isEqualTo(TestFlows.JSON);
  }

  @Test
  void flow_button_rules_refuse_with_the_reason() {
    String draft = TestFlows.put(whatsapp, "wip", "DRAFT");
    TestFlows.put(whatsapp, "booking", "PUBLISHED");

    assertRefused(template("t1", "{\"type\":\"FLOW\",\"text\":\"" + "x".repeat(26) + "\",\"flow_name\":\"booking\"}"),
        "components[1].buttons[0].text must be at most 25 characters");
    assertRefused(template("t2", "{\"type\":\"FLOW\",\"text\":\"Go\",\"flow_name\":\"booking\",\"flow_id\":\"1\"}"),
        "components[1].buttons[0] needs exactly one of flow_id, flow_name and flow_json");
    assertRefused(template("t3", "{\"type\":\"FLOW\",\"text\":\"Go\",\"flow_id\":\"" + draft + "\"}"),
        "components[1].buttons[0]: flow " + draft + " is DRAFT; a template button needs a PUBLISHED flow");
    assertRefused(template("t4", "{\"type\":\"FLOW\",\"text\":\"Go\",\"flow_name\":\"booking\",\"navigate_screen\":"
        + "\"NOWHERE\"}"), "components[1].buttons[0].navigate_screen 'NOWHERE' is not a screen of the flow");
    assertRefused(template("t5", "{\"type\":\"FLOW\",\"text\":\"Go\",\"flow_name\":\"booking\",\"flow_action\":"
        + "\"data_exchange\",\"navigate_screen\":\"WELCOME\"}"),
        "components[1].buttons[0].navigate_screen is only for flow_action navigate");
    assertRefused(template("t6", "{\"type\":\"FLOW\",\"text\":\"Go\",\"flow_name\":\"booking\",\"icon\":\"STAR\"}"),
        "components[1].buttons[0].icon must be one of DOCUMENT, PROMOTION, REVIEW");
    assertRefused(template("Bad Name", flowButton("\"flow_name\":\"booking\"")),
        "name may only use lowercase letters, digits and underscores (at most 512)");
    Http.postJson(templates, whatsapp.accessToken(), template("dup", flowButton("\"flow_name\":\"booking\"")));
    assertRefused(template("dup", flowButton("\"flow_name\":\"booking\"")),
        "A template named dup already exists in en_US in this WhatsApp Business Account");
  }

  @Test
  void lists_with_paging_and_deletes_by_name() {
    TestFlows.put(whatsapp, "booking", "PUBLISHED");
    for (String name : new String[] {"a_one", "a_two", "b_three"}) {
      Http.postJson(templates, whatsapp.accessToken(), template(name, flowButton("\"flow_name\":\"booking\"")));
    }

    Reply first = Http.get(templates + "?limit=2&fields=name,status", whatsapp.accessToken());
    Reply second = Http.get(first.body().get("paging").get("next").asString(), whatsapp.accessToken());
    Reply deleted = Http.method("DELETE", templates + "?name=a_two", whatsapp.accessToken());
    Reply again = Http.method("DELETE", templates + "?name=a_two", whatsapp.accessToken());

    assertThat(first.body().get("data")).extracting(n -> n.get("name").asString()).containsExactly("a_one", "a_two");
    assertThat(first.body().get("data").get(0).propertyNames()).containsExactlyInAnyOrder("name", "status", "id");
    assertThat(second.body().get("data")).extracting(n -> n.get("name").asString()).containsExactly("b_three");
    assertThat(deleted.body().get("success").asBoolean()).isTrue();
    assertThat(again.status()).isEqualTo(400);
    assertThat(again.error().get("error_data").get("details").asString())
        .isEqualTo("No template named a_two exists in this WhatsApp Business Account");
    assertThat(Http.get(templates, whatsapp.accessToken()).body().get("data"))
        .extracting(n -> n.get("name").asString()).containsExactly("a_one", "b_three");
  }

  @Test
  void sending_needs_an_approved_template_in_that_language() {
    try (MockWhatsApp review = MockWhatsApp.start(MockWhatsAppConfig.builder().autoApproveTemplates(false).build())) {
      GraphApiClient c = GraphApiClient.builder().baseUrl(review.baseUrl()).accessToken(review.accessToken()).build();
      TestFlows.put(review, "booking", "PUBLISHED");
      String url = review.baseUrl() + "/v21.0/" + review.wabaId() + "/message_templates";
      Reply created = Http.postJson(url, review.accessToken(), template("offer", flowButton("\"flow_name\":"
          + "\"booking\"")));
      String pnid = review.phoneNumberId();

      assertThat(created.body().get("status").asString()).isEqualTo("PENDING");
      assertError(refused(() -> c.sendFlowTemplate(pnid, FlowTemplateMessage.builder(USER, "offer", "en_US")
          .build())), 132001, 400, "template name (offer) in en_US is PENDING, not APPROVED");
      assertError(refused(() -> c.sendFlowTemplate(pnid, FlowTemplateMessage.builder(USER, "offer", "de_DE")
          .build())), 132001, 400, "template name (offer) does not exist in de_DE");
      assertError(refused(() -> c.sendFlowTemplate(pnid, FlowTemplateMessage.builder(USER, "missing", "en_US")
          .build())), 132001, 400, "template name (missing) does not exist in en_US");

      String id = created.body().get("id").asString();
      Http.postNoAuth(review.baseUrl() + "/_flowkit/templates/" + id + "/status", "application/json",
          "{\"status\":\"APPROVED\"}");
      assertThat(c.sendFlowTemplate(pnid, FlowTemplateMessage.builder(USER, "offer", "en_US").build()).messageId())
          .startsWith("wamid.");
      Http.postNoAuth(review.baseUrl() + "/_flowkit/templates/" + id + "/status", "application/json",
          "{\"status\":\"PAUSED\"}");
      assertError(refused(() -> c.sendFlowTemplate(pnid, FlowTemplateMessage.builder(USER, "offer", "en_US")
          .build())), 132015, 400, "template name (offer) in en_US is paused");
      assertError(refused(() -> c.sendFlowTemplate(pnid, FlowTemplateMessage.builder(USER, "offer", "en_US")
          .buttonIndex(1).build())), 132015, 400, "template name (offer) in en_US is paused");
    }
  }

  @Test
  void the_flow_behind_a_template_is_checked_at_send_time() {
    String flowId = TestFlows.put(whatsapp, "booking", "PUBLISHED");
    Http.postJson(templates, whatsapp.accessToken(), template("offer", flowButton("\"flow_id\":\"" + flowId + "\"")));
    TestFlows.put(whatsapp, "other", "PUBLISHED");
    MockState.of(whatsapp).update(s -> {
      FlowRecord f = s.flows().get(flowId);
      s.flows().put(flowId, new FlowRecord(f.id(), f.wabaId(), f.name(), f.categories(),
          "BLOCKED", f.json(), f.jsonVersion(), f.dataApiVersion(), f.validationErrors(), f.endpointUri(),
          f.applicationId(), f.previewUrl(), f.previewExpiresAt(), f.createdAt(), f.updatedAt(), f.publishedJson()));
    });

    assertError(refused(() -> client.sendFlowTemplate(whatsapp.phoneNumberId(), FlowTemplateMessage.builder(USER,
        "offer", "en_US").build())), 132068, 400, "Flow " + flowId + " is BLOCKED and cannot be sent");
    assertError(refused(() -> client.sendFlowTemplate(whatsapp.phoneNumberId(), FlowTemplateMessage.builder(USER,
        "offer", "en_US").buttonIndex(3).build())), 131009, 400,
        "template button index 3 is not a FLOW button of template name (offer) in en_US");
  }

  private static void assertRefused(String body, String details) {
    Reply reply = Http.postJson(templates, whatsapp.accessToken(), body);
    assertThat(reply.status()).as(body).isEqualTo(400);
    assertThat(reply.error().get("code").asInt()).isEqualTo(100);
    assertThat(reply.error().get("error_data").get("details").asString()).isEqualTo(details);
  }
}
