package dev.flowkit.webhook;

/**
 * A webhook body is not a WhatsApp webhook FlowKit can read: not JSON, not the envelope of platform spec §6.4,
 * or a known event missing what it must have. Answer HTTP 400. The message names what is wrong and
 * {@link #path()} where; neither ever contains a value from the body.
 */
public final class WebhookParseException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;

  WebhookParseException(String message, String path) {
    super(message + " (at " + path + ")");
    this.path = path;
  }

  /** Where in the body, as a JSON path such as {@code $.entry[0].changes[1].value.statuses[0].id}. */
  public String path() {
    return path;
  }
}
