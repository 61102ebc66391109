package dev.flowkit.mock.state;

import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A message a business sent through {@code POST /{pnid}/messages}.
 *
 * @param wamid the message id ({@code wamid.…})
 * @param fromPhoneNumberId the sending PNID
 * @param to the recipient's WhatsApp id (digits)
 * @param type {@code interactive}, {@code text}, {@code template}, …
 * @param body the request body as sent
 * @param status {@code accepted}, {@code sent}, {@code delivered}, {@code read} or {@code failed}
 * @param time when it was accepted
 * @param flow what the message's flow button opens, or null for a message without one
 * @param bizOpaqueCallbackData the {@code biz_opaque_callback_data} echoed in status webhooks, or null
 */
public record MessageRecord(String wamid, String fromPhoneNumberId, String to, String type, JsonNode body,
    String status, Instant time, @Nullable SentFlow flow, @Nullable String bizOpaqueCallbackData) {

  /** This message with {@code status}. */
  public MessageRecord withStatus(String status) {
    return new MessageRecord(wamid, fromPhoneNumberId, to, type, body, status, time, flow, bizOpaqueCallbackData);
  }
}
