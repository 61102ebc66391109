package dev.flowkit.mock.webhook;

import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * One webhook body ready to send, as {@link WebhookEnvelopes} builds it. Immutable.
 *
 * @param kind what it is about
 * @param json the body as sent: pure ASCII, non-ASCII characters escaped as <code>&#92;uXXXX</code> with lowercase
 *     hex and {@code /} left as is (§6.2); these exact bytes are signed
 */
public record OutgoingWebhook(WebhookKind kind, String json) {

  /**
   * Checks the body is what the platform sends.
   *
   * @throws IllegalArgumentException if {@code json} holds a non-ASCII character (WhatsApp escapes them)
   */
  public OutgoingWebhook {
    Objects.requireNonNull(kind, "kind");
    for (int i = 0; i < json.length(); i++) {
      if (json.charAt(i) > 0x7f) {
        throw new IllegalArgumentException("a webhook body must be ASCII with non-ASCII characters escaped as "
            + "\\uXXXX; found one at index " + i + " (build bodies with WebhookEnvelopes)");
      }
    }
  }

  /** The bytes to POST and sign. */
  public byte[] body() {
    return json.getBytes(StandardCharsets.US_ASCII);
  }
}
