package dev.flowkit.webhook;

import java.time.Instant;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A message a user sent the business that is not a flow completion (text, media, button or list reply,
 * system, ...). FlowKit models what every message shares and keeps the message object verbatim.
 *
 * @param businessAccountId {@code entry[].id}
 * @param phone the business number it was sent to
 * @param sender the user
 * @param messageId the message's wamid
 * @param timestamp when it was sent
 * @param type the message {@code type}, e.g. {@code text}, {@code interactive}, {@code system}
 * @param contextMessageId the wamid of the business message it replies to ({@code context.id}), when sent
 * @param json the {@code messages[]} element verbatim
 */
public record IncomingMessage(String businessAccountId, BusinessPhone phone, Sender sender, String messageId,
    Instant timestamp, String type, Optional<String> contextMessageId, JsonNode json) implements WebhookEvent {

  /** Names the message object's fields, never their values: they hold what the user wrote. */
  @Override
  public String toString() {
    return "IncomingMessage[businessAccountId=" + businessAccountId + ", phone=" + phone + ", sender=" + sender
        + ", messageId=" + messageId + ", timestamp=" + timestamp + ", type=" + type + ", contextMessageId="
        + contextMessageId + ", fields=" + json.propertyNames() + "]";
  }
}
