package dev.flowkit.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * What happened to a message the business sent (platform spec §6.6). Deduplicate on message id and status:
 * delivery is at-least-once, and {@code sent} and {@code delivered} may arrive in either order. A status value
 * FlowKit does not know arrives as an {@link UnknownEvent} instead.
 *
 * @param businessAccountId {@code entry[].id}
 * @param phone the business number that sent the message
 * @param messageId the wamid of the business's message
 * @param status the new status
 * @param timestamp when it took that status
 * @param recipientId the recipient's WhatsApp id (a group id for group messages)
 * @param callbackData {@code biz_opaque_callback_data} given when sending, when any
 * @param errors why it failed; empty unless {@link Status#FAILED}
 * @param json the {@code statuses[]} element verbatim (conversation, pricing and group fields are here)
 */
public record MessageStatus(String businessAccountId, BusinessPhone phone, String messageId, Status status,
    Instant timestamp, String recipientId, Optional<String> callbackData, List<WebhookError> errors, JsonNode json)
    implements WebhookEvent {

  /** Copies the error list. */
  public MessageStatus {
    errors = List.copyOf(errors);
  }

  /** The {@code status} values of the Cloud API. */
  public enum Status {
    /** Accepted by WhatsApp's servers. */
    SENT,
    /** Delivered to the recipient's device. */
    DELIVERED,
    /** Read by the recipient. */
    READ,
    /** Could not be delivered; see {@link MessageStatus#errors()}. */
    FAILED,
    /** A voice message was played. */
    PLAYED,
    /** Deleted by the user (legacy). */
    DELETED
  }
}
