package dev.flowkit.mock.state;

import java.time.Instant;
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
 */
public record MessageRecord(String wamid, String fromPhoneNumberId, String to, String type, JsonNode body,
    String status, Instant time) {}
