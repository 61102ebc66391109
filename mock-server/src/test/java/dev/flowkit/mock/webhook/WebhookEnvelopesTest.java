package dev.flowkit.mock.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.webhook.BusinessPhone;
import dev.flowkit.webhook.FlowAlert;
import dev.flowkit.webhook.FlowCompletion;
import dev.flowkit.webhook.FlowStatusChange;
import dev.flowkit.webhook.FlowStatusChange.FlowStatus;
import dev.flowkit.webhook.FlowVersionExpiryWarning;
import dev.flowkit.webhook.MessageStatus;
import dev.flowkit.webhook.WebhookEvent;
import dev.flowkit.webhook.WebhookParser;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

class WebhookEnvelopesTest {

  private static final String WABA = "110200300400500";
  private static final String FLOW = "771234567890123";
  private static final BusinessPhone PHONE = new BusinessPhone("109876543210987", "15550001111");
  private static final Instant TIME = Instant.ofEpochSecond(1767225600);
  private static final String WAMID = "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAERgSM0E4QkY1QzE3RDJGNUMxQjZBAA==";

  private static <T extends WebhookEvent> T only(OutgoingWebhook webhook, Class<T> type) {
    List<WebhookEvent> events = WebhookParser.parse(webhook.body()).events();
    assertThat(events).hasSize(1).first().isInstanceOf(type);
    return type.cast(events.get(0));
  }

  private static JsonNode tree(OutgoingWebhook webhook) {
    return WebhookJson.MAPPER.readTree(webhook.json());
  }

  @Test
  void signature_test_vector_of_the_spec_holds() {
    byte[] body = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(StandardCharsets.US_ASCII);
    assertThat(HubSignature.sign(body, AppSecret.of("test_app_secret")))
        .isEqualTo("sha256=dec6a680679a968e7e0319355b23599cbfc54502c0784668e9618baa0c633756");
  }

  @Test
  void non_ascii_is_escaped_in_lowercase_hex_and_slashes_are_left_alone() {
    OutgoingWebhook webhook = WebhookEnvelopes.flowCreated(WABA, TIME, FLOW, "äöå/Ω 🙂", Optional.empty());
    assertThat(webhook.json())
        .contains("Flow \\u00e4\\u00f6\\u00e5/\\u03a9 \\ud83d\\ude42 has been created")
        .doesNotContain("\\/")
        .matches("\\p{ASCII}*");
    assertThat(only(webhook, FlowStatusChange.class).message()).contains("Flow äöå/Ω 🙂 has been created with DRAFT status");
  }

  @Test
  void an_outgoing_webhook_refuses_a_body_with_raw_non_ascii() {
    assertThatIllegalArgumentException().isThrownBy(() -> new OutgoingWebhook(WebhookKind.FLOW_ALERT, "{\"a\":\"é\"}"))
        .withMessageContaining("index 6");
  }

  @Test
  void creation_has_no_old_status_and_the_spec_sample_text() {
    OutgoingWebhook webhook = WebhookEnvelopes.flowCreated(WABA, TIME, FLOW, "clinic booking", Optional.empty());
    assertThat(webhook.kind()).isEqualTo(WebhookKind.FLOW_STATUS_CHANGE);
    assertThat(webhook.json()).isEqualTo("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + WABA
        + "\",\"time\":1767225600,\"changes\":[{\"field\":\"flows\",\"value\":{\"event\":\"FLOW_STATUS_CHANGE\","
        + "\"message\":\"Flow clinic booking has been created with DRAFT status\",\"flow_id\":\"" + FLOW
        + "\",\"new_status\":\"DRAFT\"}}]}]}");
    FlowStatusChange change = only(webhook, FlowStatusChange.class);
    assertThat(change.oldStatus()).isEmpty();
    assertThat(change.newStatus()).isEqualTo(FlowStatus.DRAFT);
    assertThat(change.time()).contains(TIME);
    assertThat(change.businessAccountId()).isEqualTo(WABA);
  }

  @Test
  void creation_may_carry_a_version_warning() {
    FlowStatusChange change = only(WebhookEnvelopes.flowCreated(WABA, TIME, FLOW, "x", Optional.of("will freeze")),
        FlowStatusChange.class);
    assertThat(change.warning()).contains("will freeze");
  }

  @Test
  void a_status_change_names_both_statuses() {
    FlowStatusChange change = only(WebhookEnvelopes.flowStatusChanged(WABA, TIME, FLOW, "clinic booking",
        FlowStatus.PUBLISHED, FlowStatus.THROTTLED), FlowStatusChange.class);
    assertThat(change.oldStatus()).contains(FlowStatus.PUBLISHED);
    assertThat(change.newStatus()).isEqualTo(FlowStatus.THROTTLED);
    assertThat(change.message()).contains("Flow clinic booking changed status from PUBLISHED to THROTTLED");
    assertThatIllegalArgumentException().isThrownBy(() -> WebhookEnvelopes.flowStatusChanged(WABA, TIME, FLOW, "x",
        FlowStatus.DRAFT, FlowStatus.DRAFT));
  }

  @Test
  void sent_carries_conversation_with_expiry_pricing_and_the_callback_data() {
    OutgoingWebhook webhook = WebhookEnvelopes.messageStatus(WABA, PHONE, WAMID, MessageStatus.Status.SENT,
        TIME, "447700900123", Optional.of("order-88"));
    MessageStatus status = only(webhook, MessageStatus.class);
    assertThat(status.status()).isEqualTo(MessageStatus.Status.SENT);
    assertThat(status.messageId()).isEqualTo(WAMID);
    assertThat(status.phone()).isEqualTo(PHONE);
    assertThat(status.recipientId()).isEqualTo("447700900123");
    assertThat(status.timestamp()).isEqualTo(TIME);
    assertThat(status.callbackData()).contains("order-88");
    assertThat(status.json().get("conversation").get("id").asString()).matches("[0-9a-f]{32}");
    assertThat(status.json().get("conversation").get("expiration_timestamp").asString()).isEqualTo("1767312000");
    assertThat(status.json().get("conversation").get("origin").get("type").asString()).isEqualTo("service");
    assertThat(status.json().get("pricing").toString())
        .isEqualTo("{\"billable\":true,\"pricing_model\":\"CBP\",\"category\":\"service\"}");
    assertThat(tree(webhook).get("entry").get(0).has("time")).isFalse();
  }

  @Test
  void delivered_has_a_conversation_without_expiry_and_read_has_neither() {
    MessageStatus delivered = only(WebhookEnvelopes.messageStatus(WABA, PHONE, WAMID, MessageStatus.Status.DELIVERED,
        TIME, "447700900123", Optional.empty()), MessageStatus.class);
    assertThat(delivered.json().get("conversation").has("expiration_timestamp")).isFalse();
    assertThat(delivered.json().has("pricing")).isTrue();
    assertThat(delivered.callbackData()).isEmpty();
    MessageStatus read = only(WebhookEnvelopes.messageStatus(WABA, PHONE, WAMID, MessageStatus.Status.READ,
        TIME, "447700900123", Optional.empty()), MessageStatus.class);
    assertThat(read.status()).isEqualTo(MessageStatus.Status.READ);
    assertThat(read.json().has("conversation")).isFalse();
    assertThat(read.json().has("pricing")).isFalse();
    assertThat(delivered.json().get("conversation").get("id")).isEqualTo(
        only(WebhookEnvelopes.messageStatus(WABA, PHONE, "wamid.other", MessageStatus.Status.SENT, TIME,
            "447700900123", Optional.empty()), MessageStatus.class).json().get("conversation").get("id"));
  }

  @Test
  void failed_carries_its_error_and_needs_its_own_builder() {
    MessageStatus failed = only(WebhookEnvelopes.messageFailed(WABA, PHONE, WAMID, TIME, "447700900123",
        Optional.of("order-88"), WebhookEnvelopes.undeliverable()), MessageStatus.class);
    assertThat(failed.status()).isEqualTo(MessageStatus.Status.FAILED);
    assertThat(failed.callbackData()).contains("order-88");
    assertThat(failed.errors()).containsExactly(WebhookEnvelopes.undeliverable());
    assertThatIllegalArgumentException().isThrownBy(() -> WebhookEnvelopes.messageStatus(WABA, PHONE, WAMID,
        MessageStatus.Status.FAILED, TIME, "447700900123", Optional.empty())).withMessageContaining("messageFailed");
  }

  @Test
  void client_error_rate_alert_matches_the_spec_sample() {
    OutgoingWebhook webhook = WebhookEnvelopes.clientErrorRate(WABA, TIME, FLOW, FlowAlert.State.ACTIVATED, 10, 12.5,
        List.of(new FlowAlert.ErrorTypeRate("INVALID_SCREEN_TRANSITION", 75.0, 3),
            new FlowAlert.ErrorTypeRate("PAYLOAD_SCHEMA_ERROR", 25.0, 1)));
    assertThat(webhook.kind()).isEqualTo(WebhookKind.FLOW_ALERT);
    assertThat(tree(webhook).get("entry").get(0).get("changes").get(0).get("value").toString()).isEqualTo(
        "{\"event\":\"CLIENT_ERROR_RATE\",\"message\":\"The flow client request error rate has reached the 10% "
            + "threshold in the last 60 minutes.\",\"flow_id\":\"" + FLOW + "\",\"error_rate\":12.5,\"threshold\":10,"
            + "\"alert_state\":\"ACTIVATED\",\"errors\":[{\"error_type\":\"INVALID_SCREEN_TRANSITION\",\"error_rate\":75.0,"
            + "\"error_count\":3},{\"error_type\":\"PAYLOAD_SCHEMA_ERROR\",\"error_rate\":25.0,\"error_count\":1}]}");
    FlowAlert alert = only(webhook, FlowAlert.class);
    assertThat(alert.kind()).isEqualTo(FlowAlert.Kind.CLIENT_ERROR_RATE);
    assertThat(alert.errorRate()).hasValue(12.5);
    assertThat(alert.errors()).hasSize(2);
  }

  @Test
  void endpoint_alerts_parse_into_their_kinds() {
    FlowAlert errors = only(WebhookEnvelopes.endpointErrorRate(WABA, TIME, FLOW, FlowAlert.State.DEACTIVATED, 5, 2.5,
        List.of(new FlowAlert.ErrorTypeRate("TIMEOUT", 100.0, 1))), FlowAlert.class);
    assertThat(errors.kind()).isEqualTo(FlowAlert.Kind.ENDPOINT_ERROR_RATE);
    assertThat(errors.state()).isEqualTo(FlowAlert.State.DEACTIVATED);
    assertThat(errors.message()).contains("The flow endpoint request error rate has dropped below the 5% threshold "
        + "in the last 30 minutes.");

    FlowAlert latency = only(WebhookEnvelopes.endpointLatency(WABA, TIME, FLOW, FlowAlert.State.ACTIVATED, 5000, 800,
        5400, 61), FlowAlert.class);
    assertThat(latency.kind()).isEqualTo(FlowAlert.Kind.ENDPOINT_LATENCY);
    assertThat(latency.p90LatencyMillis()).hasValue(5400);
    assertThat(latency.p50LatencyMillis()).hasValue(800);
    assertThat(latency.requestsCount()).hasValue(61);
    assertThat(latency.threshold()).isEqualTo(5000);
    assertThat(latency.message()).contains("Flow endpoint latency has reached the p90 threshold in the last 30 minutes.");

    OutgoingWebhook availabilityWebhook = WebhookEnvelopes.endpointAvailability(WABA, TIME, FLOW,
        FlowAlert.State.ACTIVATED, 90, 80);
    assertThat(availabilityWebhook.json()).contains("\"availability\":80,\"threshold\":90");
    FlowAlert availability = only(availabilityWebhook, FlowAlert.class);
    assertThat(availability.availability()).hasValue(80);
    assertThat(availability.message()).contains("The flow endpoint availability has breached the 90% threshold in "
        + "the last 10 minutes.");
  }

  @Test
  void version_expiry_warning_parses() {
    OutgoingWebhook webhook = WebhookEnvelopes.flowVersionExpiryWarning(WABA, TIME, FLOW, "freezes in 21 days");
    assertThat(webhook.kind()).isEqualTo(WebhookKind.FLOW_VERSION_EXPIRY_WARNING);
    FlowVersionExpiryWarning warning = only(webhook, FlowVersionExpiryWarning.class);
    assertThat(warning.flowId()).isEqualTo(FLOW);
    assertThat(warning.warning()).isEqualTo("freezes in 21 days");
  }

  @Test
  void flow_completion_carries_the_response_as_a_json_string() {
    ObjectNode response = WebhookJson.object();
    response.put("flow_token", "bk-5f2c9a71-0c44");
    response.put("booking_id", "B-20931");
    response.put("note", "Grüße / 🙂");
    String reply = "wamid.HBgMNDQ3NzAwOTAwMTIzFQIAEhggNkQ5RTc3QjI0MEE4MUE3RjY0RjE1MUQwQkM1RUQ2QjEA";
    OutgoingWebhook webhook = WebhookEnvelopes.flowCompletion(WABA, PHONE, "447700900123", Optional.of("Ada Lovelace"),
        reply, WAMID, Instant.ofEpochSecond(1767226012), response);
    assertThat(webhook.kind()).isEqualTo(WebhookKind.FLOW_COMPLETION);
    JsonNode message = tree(webhook).get("entry").get(0).get("changes").get(0).get("value").get("messages").get(0);
    assertThat(message.get("context").get("from").asString()).isEqualTo("15550001111");
    assertThat(message.get("interactive").get("nfm_reply").get("name").asString()).isEqualTo("flow");
    assertThat(message.get("interactive").get("nfm_reply").get("body").asString()).isEqualTo("Sent");
    assertThat(message.get("interactive").get("nfm_reply").get("response_json").isString()).isTrue();

    FlowCompletion completion = only(webhook, FlowCompletion.class);
    assertThat(completion.flowToken()).contains("bk-5f2c9a71-0c44");
    assertThat(completion.response()).isEqualTo(response);
    assertThat(completion.contextMessageId()).contains(WAMID);
    assertThat(completion.messageId()).isEqualTo(reply);
    assertThat(completion.sender().name()).contains("Ada Lovelace");
    assertThat(completion.sender().waId()).isEqualTo("447700900123");
    assertThat(completion.timestamp()).isEqualTo(Instant.ofEpochSecond(1767226012));
  }

  @Test
  void flow_completion_without_a_token_or_a_profile_name_parses() {
    ObjectNode response = WebhookJson.object().put("slot", "09:30");
    FlowCompletion completion = only(WebhookEnvelopes.flowCompletion(WABA, PHONE, "447700900123", Optional.empty(),
        "wamid.reply", WAMID, TIME, response), FlowCompletion.class);
    assertThat(completion.flowToken()).isEmpty();
    assertThat(completion.sender().name()).isEmpty();
    assertThatIllegalArgumentException().isThrownBy(() -> WebhookEnvelopes.flowCompletion(WABA, PHONE, "1",
        Optional.empty(), "w", WAMID, TIME, WebhookJson.MAPPER.createArrayNode()));
  }
}
