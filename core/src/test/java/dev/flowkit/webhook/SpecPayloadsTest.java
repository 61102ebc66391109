package dev.flowkit.webhook;

import static dev.flowkit.webhook.WebhookSamplesTest.only;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** Payloads written by us from platform spec §6, above all the {@code flows} field the pywa samples lack. */
class SpecPayloadsTest {

  private static final String ACCOUNT = "110200300400500";

  /** An envelope with one change, as the spec's examples. */
  static String envelope(String field, String value) {
    return "{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"" + ACCOUNT + "\",\"time\":1767229200,"
        + "\"changes\":[{\"field\":\"" + field + "\",\"value\":" + value + "}]}]}";
  }

  static String messagesValue(String rest) {
    return "{\"messaging_product\":\"whatsapp\",\"metadata\":{\"display_phone_number\":\"15550001111\","
        + "\"phone_number_id\":\"109876543210987\"}," + rest + "}";
  }

  @Test
  void the_spec_completion_parses_with_the_business_number_as_context_sender() {
    String message = "\"contacts\":[{\"profile\":{\"name\":\"Ada Lovelace\"},\"wa_id\":\"447700900123\"}],"
        + "\"messages\":[{\"context\":{\"from\":\"15550001111\",\"id\":\"wamid.FLOWMSG\"},\"from\":\"447700900123\","
        + "\"id\":\"wamid.REPLY\",\"timestamp\":\"1767226012\",\"type\":\"interactive\",\"interactive\":{\"type\":"
        + "\"nfm_reply\",\"nfm_reply\":{\"name\":\"flow\",\"body\":\"Sent\",\"response_json\":"
        + "\"{\\\"flow_token\\\":\\\"bk-5f2c9a71-0c44\\\",\\\"booking_id\\\":\\\"B-20931\\\",\\\"slot\\\":\\\"09:30\\\","
        + "\\\"photos\\\":[{\\\"id\\\":\\\"m1\\\",\\\"mime_type\\\":\\\"image/jpeg\\\"}]}\"}}}]";

    FlowCompletion completion = only(FlowCompletion.class, WebhookParser.parse(envelope("messages", messagesValue(message))));

    assertThat(completion.flowToken()).contains("bk-5f2c9a71-0c44");
    assertThat(completion.contextMessageId()).contains("wamid.FLOWMSG");
    assertThat(completion.sender().name()).contains("Ada Lovelace");
    assertThat(completion.phone()).isEqualTo(new BusinessPhone("109876543210987", "15550001111"));
    assertThat(completion.response().get("slot").asString()).isEqualTo("09:30");
    assertThat(completion.response().get("photos").get(0).get("id").asString()).isEqualTo("m1");
  }

  @Test
  void a_batch_yields_every_event_of_every_entry_and_change_in_order() {
    String statuses = messagesValue("\"statuses\":["
        + "{\"id\":\"wamid.A\",\"status\":\"delivered\",\"timestamp\":\"1767225702\",\"recipient_id\":\"447700900123\"},"
        + "{\"id\":\"wamid.A\",\"status\":\"read\",\"timestamp\":\"1767225760\",\"recipient_id\":\"447700900123\"}]");
    String flow = "{\"event\":\"FLOW_STATUS_CHANGE\",\"flow_id\":\"771234567890123\",\"new_status\":\"DRAFT\"}";
    String body = "{\"object\":\"whatsapp_business_account\",\"entry\":["
        + "{\"id\":\"1\",\"changes\":[{\"field\":\"messages\",\"value\":" + statuses + "},"
        + "{\"field\":\"flows\",\"value\":" + flow + "}]},"
        + "{\"id\":\"2\",\"time\":1767225600,\"changes\":[{\"field\":\"flows\",\"value\":" + flow + "}]}]}";

    WebhookNotification notification = WebhookParser.parse(body);

    assertThat(notification.events()).extracting(WebhookEvent::businessAccountId).containsExactly("1", "1", "1", "2");
    assertThat(notification.eventsOf(MessageStatus.class)).extracting(MessageStatus::status)
        .containsExactly(MessageStatus.Status.DELIVERED, MessageStatus.Status.READ);
    assertThat(notification.eventsOf(FlowStatusChange.class)).extracting(FlowStatusChange::time)
        .containsExactly(Optional.empty(), Optional.of(Instant.ofEpochSecond(1767225600)));
  }

  @Test
  void an_envelope_without_entries_or_changes_has_no_events() {
    assertThat(WebhookParser.parse("{\"object\":\"whatsapp_business_account\",\"entry\":[]}").events()).isEmpty();
    assertThat(WebhookParser.parse("{\"object\":\"whatsapp_business_account\",\"entry\":[{\"id\":\"1\"}]}").events())
        .isEmpty();
  }

  @Test
  void flow_creation_has_no_old_status() {
    FlowStatusChange created = only(FlowStatusChange.class, WebhookParser.parse(envelope("flows",
        "{\"event\":\"FLOW_STATUS_CHANGE\",\"message\":\"Flow clinic booking has been created with DRAFT status\","
            + "\"flow_id\":\"771234567890123\",\"new_status\":\"DRAFT\"}")));

    assertThat(created).isEqualTo(new FlowStatusChange(ACCOUNT, Optional.of(Instant.ofEpochSecond(1767229200)),
        "771234567890123", Optional.empty(), FlowStatusChange.FlowStatus.DRAFT,
        Optional.of("Flow clinic booking has been created with DRAFT status"), Optional.empty()));
  }

  @Test
  void a_status_change_names_both_statuses() {
    FlowStatusChange throttled = only(FlowStatusChange.class, WebhookParser.parse(envelope("flows",
        "{\"event\":\"FLOW_STATUS_CHANGE\",\"message\":\"changed\",\"flow_id\":\"771234567890123\","
            + "\"old_status\":\"PUBLISHED\",\"new_status\":\"THROTTLED\",\"warning\":\"version freezes soon\"}")));

    assertThat(throttled.oldStatus()).contains(FlowStatusChange.FlowStatus.PUBLISHED);
    assertThat(throttled.newStatus()).isEqualTo(FlowStatusChange.FlowStatus.THROTTLED);
    assertThat(throttled.warning()).contains("version freezes soon");
  }

  @Test
  void a_client_error_rate_alert_carries_the_rate_threshold_and_each_error_type() {
    FlowAlert alert = only(FlowAlert.class, WebhookParser.parse(envelope("flows",
        "{\"event\":\"CLIENT_ERROR_RATE\",\"message\":\"The flow client request error rate has reached the 10% "
            + "threshold in the last 60 minutes.\",\"flow_id\":\"771234567890123\",\"error_rate\":12.5,\"threshold\":10,"
            + "\"alert_state\":\"ACTIVATED\",\"errors\":[{\"error_type\":\"INVALID_SCREEN_TRANSITION\",\"error_rate\":75.0,"
            + "\"error_count\":3},{\"error_type\":\"PAYLOAD_SCHEMA_ERROR\",\"error_rate\":25.0,\"error_count\":1}]}")));

    assertThat(alert.kind()).isEqualTo(FlowAlert.Kind.CLIENT_ERROR_RATE);
    assertThat(alert.state()).isEqualTo(FlowAlert.State.ACTIVATED);
    assertThat(alert.threshold()).isEqualTo(10.0);
    assertThat(alert.errorRate()).isEqualTo(OptionalDouble.of(12.5));
    assertThat(alert.errors()).containsExactly(
        new FlowAlert.ErrorTypeRate("INVALID_SCREEN_TRANSITION", 75.0, 3),
        new FlowAlert.ErrorTypeRate("PAYLOAD_SCHEMA_ERROR", 25.0, 1));
    assertThat(alert.p90LatencyMillis()).isEmpty();
    assertThat(alert.availability()).isEmpty();
  }

  @Test
  void an_endpoint_error_rate_recovery_is_deactivated() {
    FlowAlert alert = only(FlowAlert.class, WebhookParser.parse(envelope("flows",
        "{\"event\":\"ENDPOINT_ERROR_RATE\",\"message\":\"recovered\",\"flow_id\":\"771234567890123\","
            + "\"error_rate\":2,\"threshold\":5,\"alert_state\":\"DEACTIVATED\",\"errors\":[{\"error_type\":\"TIMEOUT\","
            + "\"error_rate\":100.0,\"error_count\":1}]}")));

    assertThat(alert.kind()).isEqualTo(FlowAlert.Kind.ENDPOINT_ERROR_RATE);
    assertThat(alert.state()).isEqualTo(FlowAlert.State.DEACTIVATED);
    assertThat(alert.errorRate()).isEqualTo(OptionalDouble.of(2));
    assertThat(alert.errors()).extracting(FlowAlert.ErrorTypeRate::errorType).containsExactly("TIMEOUT");
  }

  @Test
  void a_latency_alert_carries_percentiles_and_request_count_in_milliseconds() {
    FlowAlert alert = only(FlowAlert.class, WebhookParser.parse(envelope("flows",
        "{\"event\":\"ENDPOINT_LATENCY\",\"message\":\"Flow endpoint latency has reached the p90 threshold in the "
            + "last 30 minutes.\",\"flow_id\":\"771234567890123\",\"p90_latency\":5400,\"p50_latency\":800,"
            + "\"requests_count\":61,\"threshold\":5000,\"alert_state\":\"ACTIVATED\"}")));

    assertThat(alert.kind()).isEqualTo(FlowAlert.Kind.ENDPOINT_LATENCY);
    assertThat(alert.p90LatencyMillis()).isEqualTo(OptionalLong.of(5400));
    assertThat(alert.p50LatencyMillis()).isEqualTo(OptionalLong.of(800));
    assertThat(alert.requestsCount()).isEqualTo(OptionalLong.of(61));
    assertThat(alert.threshold()).isEqualTo(5000.0);
    assertThat(alert.errors()).isEmpty();
    assertThat(alert.json().get("p90_latency").asInt()).isEqualTo(5400);
  }

  @Test
  void an_availability_alert_carries_the_availability() {
    FlowAlert alert = only(FlowAlert.class, WebhookParser.parse(envelope("flows",
        "{\"event\":\"ENDPOINT_AVAILABILITY\",\"message\":\"breached\",\"flow_id\":\"771234567890123\","
            + "\"availability\":80,\"threshold\":90,\"alert_state\":\"ACTIVATED\"}")));

    assertThat(alert.kind()).isEqualTo(FlowAlert.Kind.ENDPOINT_AVAILABILITY);
    assertThat(alert.availability()).isEqualTo(OptionalDouble.of(80));
    assertThat(alert.message()).contains("breached");
  }

  @Test
  void a_version_expiry_warning_has_its_own_event() {
    FlowVersionExpiryWarning warning = only(FlowVersionExpiryWarning.class, WebhookParser.parse(envelope("flows",
        "{\"event\":\"FLOW_VERSION_EXPIRY_WARNING\",\"flow_id\":\"771234567890123\",\"warning\":\"The Flow JSON "
            + "version of this flow will freeze in 21 days; migrate to a recommended version.\"}")));

    assertThat(warning.flowId()).isEqualTo("771234567890123");
    assertThat(warning.warning()).startsWith("The Flow JSON version");
  }

  @Test
  void the_spec_failed_status_and_value_level_errors_parse() {
    String value = messagesValue("\"statuses\":[{\"id\":\"wamid.F\",\"status\":\"failed\",\"timestamp\":\"1767225701\","
        + "\"recipient_id\":\"447700900123\",\"errors\":[{\"code\":131026,\"title\":\"Message undeliverable\"}]}],"
        + "\"errors\":[{\"code\":131000,\"title\":\"Something went wrong\"}]");

    WebhookNotification notification = WebhookParser.parse(envelope("messages", value));

    assertThat(notification.eventsOf(MessageStatus.class)).singleElement().satisfies(failed ->
        assertThat(failed.errors()).containsExactly(new WebhookError(131026, "Message undeliverable",
            Optional.empty(), Optional.empty(), Optional.empty())));
    assertThat(notification.eventsOf(MessagingErrors.class)).singleElement()
        .satisfies(errors -> assertThat(errors.errors()).extracting(WebhookError::code).containsExactly(131000));
  }

  @Test
  void unknown_fields_events_statuses_and_flow_statuses_are_kept_verbatim() {
    String unknownField = envelope("account_update", "{\"event\":\"VERIFIED_ACCOUNT\",\"phone_number\":\"1555\"}");
    String unknownFlowEvent = envelope("flows", "{\"event\":\"WABA_QUALITY_SCORE\",\"score\":3}");
    String unknownFlowStatus = envelope("flows",
        "{\"event\":\"FLOW_STATUS_CHANGE\",\"flow_id\":\"7\",\"old_status\":\"PUBLISHED\",\"new_status\":\"PAUSED\"}");
    String unknownAlertState = envelope("flows",
        "{\"event\":\"ENDPOINT_LATENCY\",\"flow_id\":\"7\",\"threshold\":1000,\"alert_state\":\"PENDING\"}");
    String unknownStatus = envelope("messages", messagesValue("\"statuses\":[{\"id\":\"wamid.W\","
        + "\"status\":\"warning\",\"timestamp\":\"1767225701\",\"recipient_id\":\"4477\"}]"));

    assertThat(only(UnknownEvent.class, WebhookParser.parse(unknownField)))
        .satisfies(e -> assertThat(e.field()).isEqualTo("account_update"))
        .satisfies(e -> assertThat(e.json().get("phone_number").asString()).isEqualTo("1555"));
    assertThat(only(UnknownEvent.class, WebhookParser.parse(unknownFlowEvent)).json().get("score").asInt()).isEqualTo(3);
    assertThat(only(UnknownEvent.class, WebhookParser.parse(unknownFlowStatus)).json().get("new_status").asString())
        .isEqualTo("PAUSED");
    assertThat(only(UnknownEvent.class, WebhookParser.parse(unknownAlertState)).field()).isEqualTo("flows");
    assertThat(only(UnknownEvent.class, WebhookParser.parse(unknownStatus)))
        .satisfies(e -> assertThat(e.field()).isEqualTo("messages"))
        .satisfies(e -> assertThat(e.json().get("id").asString()).isEqualTo("wamid.W"));
  }

  @Test
  void unknown_properties_anywhere_are_ignored() {
    String value = messagesValue("\"future\":{\"x\":1},\"statuses\":[{\"id\":\"wamid.A\",\"status\":\"sent\","
        + "\"timestamp\":\"1767225700\",\"recipient_id\":\"447700900123\",\"new_thing\":[1,2],"
        + "\"pricing\":{\"billable\":true,\"pricing_model\":\"PMP\",\"type\":\"regular\",\"category\":\"utility\"}}]");

    MessageStatus sent = only(MessageStatus.class, WebhookParser.parse(envelope("messages", value)));

    assertThat(sent.status()).isEqualTo(MessageStatus.Status.SENT);
    assertThat(sent.json().get("pricing").get("pricing_model").asString()).isEqualTo("PMP");
  }
}
