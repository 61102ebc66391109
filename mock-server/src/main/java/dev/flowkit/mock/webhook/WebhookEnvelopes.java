package dev.flowkit.mock.webhook;

import dev.flowkit.webhook.BusinessPhone;
import dev.flowkit.webhook.FlowAlert;
import dev.flowkit.webhook.FlowStatusChange.FlowStatus;
import dev.flowkit.webhook.MessageStatus;
import dev.flowkit.webhook.WebhookError;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds the webhooks the platform sends, in the shapes of platform spec §6.4–§6.7, serialised as §6.2 says.
 * Stateless and thread-safe. Every body parses with {@link dev.flowkit.webhook.WebhookParser} into the event the
 * method names.
 *
 * <p>{@code entry[].time} is written for {@code flows} webhooks and left out of {@code messages} webhooks, as
 * WhatsApp does. Ids (flow ids, wamids, WABA ids) are the caller's: this class invents none except the
 * conversation id of a status, derived from the business number and the recipient.
 */
public final class WebhookEnvelopes {

  private static final String OBJECT = "whatsapp_business_account";
  private static final Duration CONVERSATION_WINDOW = Duration.ofHours(24);
  private static final String UNDELIVERABLE_HREF =
      "https://developers.facebook.com/docs/whatsapp/cloud-api/support/error-codes/";

  private WebhookEnvelopes() {}

  /**
   * The {@code FLOW_STATUS_CHANGE} sent when a flow is created: no {@code old_status}, new status {@code DRAFT},
   * message {@code "Flow <name> has been created with DRAFT status"}.
   *
   * @param warning a version warning riding on the creation, if the flow's version is about to freeze
   */
  public static OutgoingWebhook flowCreated(String wabaId, Instant time, String flowId, String flowName,
      Optional<String> warning) {
    ObjectNode value = WebhookJson.object();
    value.put("event", "FLOW_STATUS_CHANGE");
    value.put("message", "Flow " + flowName + " has been created with DRAFT status");
    value.put("flow_id", flowId);
    value.put("new_status", FlowStatus.DRAFT.name());
    warning.ifPresent(w -> value.put("warning", w));
    return flows(WebhookKind.FLOW_STATUS_CHANGE, wabaId, time, value);
  }

  /**
   * The {@code FLOW_STATUS_CHANGE} sent on publish, throttle, block, deprecate and recovery, with message
   * {@code "Flow <name> changed status from <OLD> to <NEW>"}.
   *
   * @throws IllegalArgumentException if the statuses are equal: the platform sends no change without one
   */
  public static OutgoingWebhook flowStatusChanged(String wabaId, Instant time, String flowId, String flowName,
      FlowStatus oldStatus, FlowStatus newStatus) {
    if (oldStatus == newStatus) {
      throw new IllegalArgumentException("a status change needs two different statuses, got " + oldStatus + " twice");
    }
    ObjectNode value = WebhookJson.object();
    value.put("event", "FLOW_STATUS_CHANGE");
    value.put("message", "Flow " + flowName + " changed status from " + oldStatus + " to " + newStatus);
    value.put("flow_id", flowId);
    value.put("old_status", oldStatus.name());
    value.put("new_status", newStatus.name());
    return flows(WebhookKind.FLOW_STATUS_CHANGE, wabaId, time, value);
  }

  /**
   * A {@code CLIENT_ERROR_RATE} alert (60-minute window; thresholds 5, 10, 50 %).
   *
   * @param errorRate the overall rate in percent
   * @param errors the rate and count per error type, e.g. {@code INVALID_SCREEN_TRANSITION}
   */
  public static OutgoingWebhook clientErrorRate(String wabaId, Instant time, String flowId, FlowAlert.State state,
      double threshold, double errorRate, List<FlowAlert.ErrorTypeRate> errors) {
    return errorRate(FlowAlert.Kind.CLIENT_ERROR_RATE, "client", 60, wabaId, time, flowId, state, threshold,
        errorRate, errors);
  }

  /**
   * An {@code ENDPOINT_ERROR_RATE} alert (30-minute window; thresholds 5, 10, 50 %).
   *
   * @param errorRate the overall rate in percent
   * @param errors the rate and count per error type, e.g. {@code TIMEOUT}
   */
  public static OutgoingWebhook endpointErrorRate(String wabaId, Instant time, String flowId, FlowAlert.State state,
      double threshold, double errorRate, List<FlowAlert.ErrorTypeRate> errors) {
    return errorRate(FlowAlert.Kind.ENDPOINT_ERROR_RATE, "endpoint", 30, wabaId, time, flowId, state, threshold,
        errorRate, errors);
  }

  /** An {@code ENDPOINT_LATENCY} alert on the p90 latency (30-minute window; thresholds 1 s, 5 s, 7 s in ms). */
  public static OutgoingWebhook endpointLatency(String wabaId, Instant time, String flowId, FlowAlert.State state,
      long thresholdMillis, long p50Millis, long p90Millis, long requestsCount) {
    // The deactivated wording is ours: the spec shows only the activated text (§6.7).
    String message = state == FlowAlert.State.ACTIVATED
        ? "Flow endpoint latency has reached the p90 threshold in the last 30 minutes."
        : "Flow endpoint latency has recovered below the p90 threshold in the last 30 minutes.";
    ObjectNode value = alert(FlowAlert.Kind.ENDPOINT_LATENCY, message, flowId);
    value.put("p90_latency", p90Millis);
    value.put("p50_latency", p50Millis);
    value.put("requests_count", requestsCount);
    value.put("threshold", thresholdMillis);
    value.put("alert_state", state.name());
    return flows(WebhookKind.FLOW_ALERT, wabaId, time, value);
  }

  /** An {@code ENDPOINT_AVAILABILITY} alert (10-minute window; single threshold 90 %). */
  public static OutgoingWebhook endpointAvailability(String wabaId, Instant time, String flowId,
      FlowAlert.State state, double threshold, double availability) {
    String message = state == FlowAlert.State.ACTIVATED
        ? "The flow endpoint availability has breached the " + percent(threshold) + "% threshold in the last 10 minutes."
        : "The flow endpoint availability has recovered above the " + percent(threshold)
            + "% threshold in the last 10 minutes.";
    ObjectNode value = alert(FlowAlert.Kind.ENDPOINT_AVAILABILITY, message, flowId);
    number(value, "availability", availability);
    number(value, "threshold", threshold);
    value.put("alert_state", state.name());
    return flows(WebhookKind.FLOW_ALERT, wabaId, time, value);
  }

  /** A {@code FLOW_VERSION_EXPIRY_WARNING} (no {@code message}, only {@code warning}). */
  public static OutgoingWebhook flowVersionExpiryWarning(String wabaId, Instant time, String flowId, String warning) {
    ObjectNode value = WebhookJson.object();
    value.put("event", "FLOW_VERSION_EXPIRY_WARNING");
    value.put("flow_id", flowId);
    value.put("warning", warning);
    return flows(WebhookKind.FLOW_VERSION_EXPIRY_WARNING, wabaId, time, value);
  }

  /**
   * A {@code sent}, {@code delivered}, {@code read}, {@code played} or {@code deleted} status of a message the
   * business sent. {@code sent} carries a conversation with its expiry and pricing, {@code delivered} a
   * conversation without expiry and pricing, the others neither (§6.6 samples). Pricing is the
   * conversation-based {@code CBP} model, category {@code service}.
   *
   * @param callbackData the {@code biz_opaque_callback_data} given when sending, echoed when present
   * @throws IllegalArgumentException for {@code FAILED}: use {@link #messageFailed} to say why
   */
  public static OutgoingWebhook messageStatus(String wabaId, BusinessPhone phone, String messageId,
      MessageStatus.Status status, Instant timestamp, String recipientId, Optional<String> callbackData) {
    if (status == MessageStatus.Status.FAILED) {
      throw new IllegalArgumentException("a failed status needs its error: use WebhookEnvelopes.messageFailed");
    }
    ObjectNode entry = status(messageId, status, timestamp, recipientId, callbackData);
    if (status == MessageStatus.Status.SENT || status == MessageStatus.Status.DELIVERED) {
      ObjectNode conversation = entry.putObject("conversation");
      conversation.put("id", conversationId(phone, recipientId));
      if (status == MessageStatus.Status.SENT) {
        conversation.put("expiration_timestamp", seconds(timestamp.plus(CONVERSATION_WINDOW)));
      }
      conversation.putObject("origin").put("type", "service");
      ObjectNode pricing = entry.putObject("pricing");
      pricing.put("billable", true);
      pricing.put("pricing_model", "CBP");
      pricing.put("category", "service");
    }
    return messages(WebhookKind.MESSAGE_STATUS, wabaId, phone, value -> value.putArray("statuses").add(entry));
  }

  /**
   * A {@code failed} status with one error, e.g. code {@code 131026} "Message undeliverable". The error's
   * message, details and link are written when present.
   */
  public static OutgoingWebhook messageFailed(String wabaId, BusinessPhone phone, String messageId,
      Instant timestamp, String recipientId, Optional<String> callbackData, WebhookError error) {
    ObjectNode entry = status(messageId, MessageStatus.Status.FAILED, timestamp, recipientId, callbackData);
    ObjectNode json = entry.putArray("errors").addObject();
    json.put("code", error.code());
    json.put("title", error.title());
    error.message().ifPresent(m -> json.put("message", m));
    error.details().ifPresent(d -> json.putObject("error_data").put("details", d));
    error.href().ifPresent(h -> json.put("href", h));
    return messages(WebhookKind.MESSAGE_STATUS, wabaId, phone, value -> value.putArray("statuses").add(entry));
  }

  /** The error WhatsApp reports for a message that could not reach the user (code 131026). */
  public static WebhookError undeliverable() {
    return new WebhookError(131026, "Message undeliverable", Optional.of("Message undeliverable"),
        Optional.of("Message could not be delivered to the recipient."), Optional.of(UNDELIVERABLE_HREF));
  }

  /**
   * The {@code nfm_reply} message the user's phone sends on completing a flow (§6.5): {@code name} {@code flow},
   * {@code body} {@code Sent}, {@code response_json} the response as a JSON string, {@code context.from} the
   * business's display number (as in WhatsApp's samples).
   *
   * @param messageId the wamid of this completion message
   * @param contextMessageId the wamid of the flow message the user completed
   * @param response for an endpoint flow the final response's {@code params}, for an endpoint-less flow the
   *     {@code complete} payload plus {@code flow_token} (which may be missing, as from iOS)
   * @throws IllegalArgumentException if {@code response} is not a JSON object
   */
  public static OutgoingWebhook flowCompletion(String wabaId, BusinessPhone phone, String userWaId,
      Optional<String> userName, String messageId, String contextMessageId, Instant timestamp, JsonNode response) {
    if (!response.isObject()) {
      throw new IllegalArgumentException("a flow response must be a JSON object, got " + response.getNodeType());
    }
    return messages(WebhookKind.FLOW_COMPLETION, wabaId, phone, value -> {
      ObjectNode contact = value.putArray("contacts").addObject();
      userName.ifPresent(name -> contact.putObject("profile").put("name", name));
      contact.put("wa_id", userWaId);
      ObjectNode message = value.putArray("messages").addObject();
      ObjectNode context = message.putObject("context");
      context.put("from", phone.displayPhoneNumber());
      context.put("id", contextMessageId);
      message.put("from", userWaId);
      message.put("id", messageId);
      message.put("timestamp", seconds(timestamp));
      message.put("type", "interactive");
      ObjectNode interactive = message.putObject("interactive");
      interactive.put("type", "nfm_reply");
      ObjectNode reply = interactive.putObject("nfm_reply");
      reply.put("name", "flow");
      reply.put("body", "Sent");
      reply.put("response_json", WebhookJson.MAPPER.writeValueAsString(response));
    });
  }

  private static OutgoingWebhook errorRate(FlowAlert.Kind kind, String who, int windowMinutes, String wabaId,
      Instant time, String flowId, FlowAlert.State state, double threshold, double errorRate,
      List<FlowAlert.ErrorTypeRate> errors) {
    // The deactivated wording is ours: the spec shows only the activated text (§6.7).
    String message = "The flow " + who + " request error rate has "
        + (state == FlowAlert.State.ACTIVATED ? "reached" : "dropped below") + " the " + percent(threshold)
        + "% threshold in the last " + windowMinutes + " minutes.";
    ObjectNode value = alert(kind, message, flowId);
    number(value, "error_rate", errorRate);
    number(value, "threshold", threshold);
    value.put("alert_state", state.name());
    ArrayNode list = value.putArray("errors");
    for (FlowAlert.ErrorTypeRate rate : errors) {
      ObjectNode item = list.addObject();
      item.put("error_type", rate.errorType());
      item.put("error_rate", rate.errorRate());
      item.put("error_count", rate.errorCount());
    }
    return flows(WebhookKind.FLOW_ALERT, wabaId, time, value);
  }

  private static ObjectNode alert(FlowAlert.Kind kind, String message, String flowId) {
    ObjectNode value = WebhookJson.object();
    value.put("event", kind.name());
    value.put("message", message);
    value.put("flow_id", flowId);
    return value;
  }

  private static OutgoingWebhook flows(WebhookKind kind, String wabaId, Instant time, ObjectNode value) {
    ObjectNode entry = envelopeEntry(wabaId);
    entry.put("time", time.getEpochSecond());
    return change(kind, entry, "flows", value);
  }

  private interface ValueFiller {
    void fill(ObjectNode value);
  }

  private static OutgoingWebhook messages(WebhookKind kind, String wabaId, BusinessPhone phone, ValueFiller filler) {
    ObjectNode value = WebhookJson.object();
    value.put("messaging_product", "whatsapp");
    ObjectNode metadata = value.putObject("metadata");
    metadata.put("display_phone_number", phone.displayPhoneNumber());
    metadata.put("phone_number_id", phone.phoneNumberId());
    filler.fill(value);
    return change(kind, envelopeEntry(wabaId), "messages", value);
  }

  private static ObjectNode envelopeEntry(String wabaId) {
    ObjectNode entry = WebhookJson.object();
    entry.put("id", wabaId);
    return entry;
  }

  private static OutgoingWebhook change(WebhookKind kind, ObjectNode entry, String field, ObjectNode value) {
    ObjectNode change = entry.putArray("changes").addObject();
    change.put("field", field);
    change.set("value", value);
    ObjectNode root = WebhookJson.object();
    root.put("object", OBJECT);
    root.putArray("entry").add(entry);
    return new OutgoingWebhook(kind, WebhookJson.ascii(root));
  }

  private static ObjectNode status(String messageId, MessageStatus.Status status, Instant timestamp,
      String recipientId, Optional<String> callbackData) {
    ObjectNode entry = WebhookJson.object();
    entry.put("id", messageId);
    entry.put("status", status.name().toLowerCase(java.util.Locale.ROOT));
    entry.put("timestamp", seconds(timestamp));
    entry.put("recipient_id", recipientId);
    callbackData.ifPresent(data -> entry.put("biz_opaque_callback_data", data));
    return entry;
  }

  /** A stable 32-hex-digit id per business number and user, like the samples' conversation ids. */
  private static String conversationId(BusinessPhone phone, String recipientId) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest((phone.phoneNumberId() + "/" + recipientId).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java platform has SHA-256", e);
    }
  }

  private static String seconds(Instant instant) {
    return Long.toString(instant.getEpochSecond());
  }

  /** Whole numbers as integers ({@code 10}, not {@code 10.0}), as in the samples. */
  private static void number(ObjectNode node, String name, double value) {
    if (value == Math.rint(value) && Math.abs(value) < 1e15) {
      node.put(name, (long) value);
    } else {
      node.put(name, value);
    }
  }

  private static String percent(double value) {
    return value == Math.rint(value) ? Long.toString((long) value) : Double.toString(value);
  }
}
