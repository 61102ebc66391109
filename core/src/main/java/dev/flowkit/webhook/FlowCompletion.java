package dev.flowkit.webhook;

import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A user completed a flow: the {@code nfm_reply} message their phone sent (platform spec §6.5).
 *
 * <p>{@link #response()} is {@code response_json} parsed: for an endpoint flow the
 * {@code extension_message_response.params} of the final response, for an endpoint-less flow the
 * {@code complete} action's payload plus {@code flow_token}. It is a fresh tree owned by this event. It may hold
 * values the user typed into {@code sensitive} fields, so {@link #toString()} shows only its field names.
 *
 * @param businessAccountId {@code entry[].id}
 * @param phone the business number the flow was sent from
 * @param sender the user who completed it
 * @param messageId the wamid of the completion message itself (dedupe on it: delivery is at-least-once)
 * @param timestamp when the user completed the flow
 * @param contextMessageId the wamid of the flow message that was completed ({@code context.id}), when sent
 * @param flowToken {@code response_json.flow_token}; empty when the phone left it out (seen from iOS)
 * @param response {@code response_json} parsed, always a JSON object, including {@code flow_token} when present
 */
public record FlowCompletion(String businessAccountId, BusinessPhone phone, Sender sender, String messageId,
    Instant timestamp, Optional<String> contextMessageId, Optional<String> flowToken, JsonNode response)
    implements WebhookEvent {

  /** Names the response's fields, never their values, and says whether a flow token came, never which. */
  @Override
  public String toString() {
    return "FlowCompletion[businessAccountId=" + businessAccountId + ", phone=" + phone + ", sender=" + sender
        + ", messageId=" + messageId + ", timestamp=" + timestamp + ", contextMessageId=" + contextMessageId
        + ", flowToken=" + (flowToken.isPresent() ? "present" : "absent") + ", response fields=" + response.propertyNames() + "]";
  }
}
