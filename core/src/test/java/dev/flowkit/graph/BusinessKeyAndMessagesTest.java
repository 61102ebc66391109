package dev.flowkit.graph;

import static dev.flowkit.graph.GraphTestServer.body;
import static dev.flowkit.graph.GraphTestServer.json;
import static dev.flowkit.graph.GraphTestServer.jsonBody;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.flowkit.crypto.BusinessKeys;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import mockwebserver3.RecordedRequest;
import org.junit.jupiter.api.Test;

class BusinessKeyAndMessagesTest extends GraphClientTest {

  private static final String PNID = "109876543210987";
  private static final String SENT = """
      {"messaging_product":"whatsapp","contacts":[{"input":"+447700900123","wa_id":"447700900123"}],
       "messages":[{"id":"wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSM0E4QkY1QzE3RDJGNUMxQjZBAA==","message_status":"accepted"}]}""";

  @Test
  void set_business_public_key_posts_the_spki_pem_as_a_form_field() {
    PublicKey key = BusinessKeys.generate().getPublic();
    graph.reply(200, "{\"success\":true}");

    client.setBusinessPublicKey(PNID, key);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod() + " " + request.getTarget())
        .isEqualTo("POST /v21.0/" + PNID + "/whatsapp_business_encryption");
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/x-www-form-urlencoded");
    String form = body(request);
    assertThat(form).startsWith("business_public_key=");
    String pem = URLDecoder.decode(form.substring("business_public_key=".length()), StandardCharsets.UTF_8);
    assertThat(pem).isEqualTo(BusinessKeys.toPem(key));
    assertThat(BusinessKeys.readPublicKey(pem)).isEqualTo(key);
  }

  @Test
  void set_business_public_key_refuses_what_is_not_an_spki_pem_before_any_call() {
    assertThatIllegalArgumentException().isThrownBy(() -> client.setBusinessPublicKey(PNID, "-----BEGIN RSA "
        + "PUBLIC KEY-----\nAAAA\n-----END RSA PUBLIC KEY-----")).withMessageContaining("BEGIN PUBLIC KEY");
    assertThat(graph.requestCount()).isZero();
  }

  @Test
  void get_business_public_key_reads_the_pem_and_its_signature_status() {
    String pem = BusinessKeys.toPem(BusinessKeys.generate().getPublic());
    graph.reply(200, "{\"data\":[{\"business_public_key\":" + quote(pem)
        + ",\"business_public_key_signature_status\":\"MISMATCH\"}]}");
    graph.reply(200, "{\"data\":[]}");

    Optional<BusinessPublicKey> key = client.getBusinessPublicKey(PNID);
    Optional<BusinessPublicKey> none = client.getBusinessPublicKey(PNID);

    RecordedRequest request = graph.take();
    assertThat(request.getMethod()).isEqualTo("GET");
    assertThat(request.getUrl().encodedPath()).isEqualTo("/v21.0/" + PNID + "/whatsapp_business_encryption");
    assertThat(request.getUrl().queryParameter("fields"))
        .isEqualTo("business_public_key,business_public_key_signature_status");
    assertThat(key).contains(new BusinessPublicKey(pem, Optional.of("MISMATCH")));
    assertThat(key.orElseThrow().isSignatureValid()).isFalse();
    assertThat(none).isEmpty();
  }

  private static String quote(String text) {
    return "\"" + text.replace("\n", "\\n") + "\"";
  }

  @Test
  void flow_message_by_id_with_navigate_header_body_footer_is_sent_as_meta_documents_it() {
    graph.reply(200, SENT);

    SentMessage sent = client.sendFlowMessage(PNID, FlowMessage.builder("447700900123", "Book now")
        .flowId("771234567890123").flowToken("bk-5f2c9a71-0c44").mode(FlowMessage.Mode.PUBLISHED)
        .navigate("PICK_SLOT", Map.of("clinic_name", "Harbour Street"))
        .header("Book a visit").body("Pick a time that suits you.").footer("Takes about a minute").build());

    RecordedRequest request = graph.take();
    assertThat(request.getMethod() + " " + request.getTarget()).isEqualTo("POST /v21.0/" + PNID + "/messages");
    assertThat(jsonBody(request)).isEqualTo(json("""
        {
          "messaging_product": "whatsapp",
          "recipient_type": "individual",
          "to": "447700900123",
          "type": "interactive",
          "interactive": {
            "type": "flow",
            "header": { "type": "text", "text": "Book a visit" },
            "body": { "text": "Pick a time that suits you." },
            "footer": { "text": "Takes about a minute" },
            "action": {
              "name": "flow",
              "parameters": {
                "flow_message_version": "3",
                "flow_id": "771234567890123",
                "flow_cta": "Book now",
                "flow_token": "bk-5f2c9a71-0c44",
                "mode": "published",
                "flow_action": "navigate",
                "flow_action_payload": { "screen": "PICK_SLOT", "data": { "clinic_name": "Harbour Street" } }
              }
            }
          }
        }"""));
    assertThat(sent.messageId()).isEqualTo("wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSM0E4QkY1QzE3RDJGNUMxQjZBAA==");
    assertThat(sent.contacts()).containsExactly(new SentMessage.Contact("+447700900123", "447700900123"));
    assertThat(sent.messages().get(0).messageStatus()).contains("accepted");
  }

  @Test
  void flow_message_by_name_in_draft_mode_with_data_exchange_carries_no_payload() {
    graph.reply(200, SENT);

    client.sendFlowMessage(PNID, FlowMessage.builder("447700900123", "Sign up").flowName("lead form")
        .mode(FlowMessage.Mode.DRAFT).dataExchange().replyTo("wamid.ABC").bizOpaqueCallbackData("order-88")
        .body("Hi").build());

    assertThat(jsonBody(graph.take())).isEqualTo(json("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"447700900123",
         "context":{"message_id":"wamid.ABC"},"biz_opaque_callback_data":"order-88","type":"interactive",
         "interactive":{"type":"flow","body":{"text":"Hi"},"action":{"name":"flow","parameters":{
           "flow_message_version":"3","flow_name":"lead form","flow_cta":"Sign up","mode":"draft",
           "flow_action":"data_exchange"}}}}"""));
  }

  @Test
  void flow_message_names_its_flow_exactly_once() {
    assertThatIllegalStateException().isThrownBy(() -> FlowMessage.builder("1", "Go").build());
    assertThatIllegalStateException().isThrownBy(() -> FlowMessage.builder("1", "Go").flowId("1").flowName("n").build());
    assertThatIllegalArgumentException().isThrownBy(() -> FlowMessage.builder("1", " "));
  }

  @Test
  void text_message_is_sent_with_its_body() {
    graph.reply(200, SENT);

    SentMessage sent = client.sendText(PNID, "447700900123", "Your booking is confirmed.");

    assertThat(jsonBody(graph.take())).isEqualTo(json("""
        {"messaging_product":"whatsapp","recipient_type":"individual","to":"447700900123","type":"text",
         "text":{"body":"Your booking is confirmed."}}"""));
    assertThat(sent.messageId()).startsWith("wamid.");
  }

  @Test
  void template_with_a_flow_button_carries_token_and_first_screen_data() {
    graph.reply(200, SENT);

    client.sendFlowTemplate(PNID, FlowTemplateMessage.builder("447700900123", "booking_offer_v2", "en_US")
        .flowToken("bk-8812").flowActionData(Map.of("clinic_name", "Harbour Street")).build());

    assertThat(jsonBody(graph.take())).isEqualTo(json("""
        {
          "messaging_product": "whatsapp",
          "to": "447700900123",
          "type": "template",
          "template": {
            "name": "booking_offer_v2",
            "language": { "code": "en_US" },
            "components": [
              {
                "type": "button",
                "sub_type": "flow",
                "index": "0",
                "parameters": [
                  { "type": "action", "action": { "flow_token": "bk-8812",
                    "flow_action_data": { "clinic_name": "Harbour Street" } } }
                ]
              }
            ]
          }
        }"""));
  }

  @Test
  void a_messaging_error_carries_code_details_and_fbtrace_id() {
    graph.reply(400, """
        {"error":{"message":"(#131009) Parameter value is not valid","type":"OAuthException","code":131009,
          "error_data":{"messaging_product":"whatsapp",
            "details":"interactive.action.parameters.flow_cta must be at most 20 characters"},
          "fbtrace_id":"BqWe4rTy5uIo6pAs7dFg8hJ"}}""");

    assertThatExceptionOfType(GraphApiException.class)
        .isThrownBy(() -> client.sendFlowMessage(PNID, FlowMessage.builder("447700900123", "A very long button text")
            .flowId("1").build()))
        .satisfies(e -> {
          assertThat(e).isExactlyInstanceOf(GraphApiException.class);
          assertThat(e.code()).isEqualTo(131009);
          assertThat(e.error()).isEqualTo(new GraphError("(#131009) Parameter value is not valid", "OAuthException",
              131009, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
              Optional.of("interactive.action.parameters.flow_cta must be at most 20 characters"),
              Optional.of("BqWe4rTy5uIo6pAs7dFg8hJ")));
        })
        .withMessage("POST /v21.0/" + PNID + "/messages failed with code 131009: (#131009) Parameter value is not "
            + "valid; details: interactive.action.parameters.flow_cta must be at most 20 characters "
            + "[HTTP 400, fbtrace_id BqWe4rTy5uIo6pAs7dFg8hJ]");
  }

  @Test
  void a_throttled_flow_is_a_typed_flow_error() {
    graph.reply(400, "{\"error\":{\"message\":\"(#132069) Flow is throttled\",\"type\":\"OAuthException\","
        + "\"code\":132069,\"fbtrace_id\":\"T\"}}");

    assertThatExceptionOfType(FlowApiException.class)
        .isThrownBy(() -> client.sendFlowMessage(PNID, FlowMessage.builder("1", "Go").flowId("1").build()))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(FlowApiException.Kind.FLOW_THROTTLED));
    assertThat(List.of(FlowApiException.Kind.values())).extracting(FlowApiException.Kind::code)
        .doesNotHaveDuplicates();
  }
}
