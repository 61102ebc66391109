package dev.flowkit.webhook;

import java.nio.charset.StandardCharsets;

/**
 * Reads a webhook POST body into a {@link WebhookNotification}. Stateless and thread-safe.
 *
 * <p>Verify {@code X-Hub-Signature-256} on the same bytes first ({@link WebhookVerifier#verifyAndParse} does
 * both). Unknown fields are ignored and unknown events kept as {@link UnknownEvent}; see the package
 * documentation for what counts as malformed.
 */
public final class WebhookParser {

  private WebhookParser() {}

  /**
   * Parses a raw body as received.
   *
   * @throws WebhookParseException if the body is not JSON (or holds duplicate keys), not a
   *     {@code whatsapp_business_account} envelope, or a known event lacks a required field
   */
  public static WebhookNotification parse(byte[] rawBody) {
    return EnvelopeReader.read(rawBody);
  }

  /**
   * Parses a body given as text, e.g. a test fixture.
   *
   * @throws WebhookParseException as {@link #parse(byte[])}
   */
  public static WebhookNotification parse(String body) {
    return parse(body.getBytes(StandardCharsets.UTF_8));
  }
}
