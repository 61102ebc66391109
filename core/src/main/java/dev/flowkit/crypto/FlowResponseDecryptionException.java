package dev.flowkit.crypto;

/**
 * The WhatsApp side could not open an endpoint's reply. A real client reports this to the endpoint as the
 * error {@code response-decryption-error} and shows a generic error.
 */
public final class FlowResponseDecryptionException extends FlowCryptoException {

  private static final long serialVersionUID = 1L;

  /** What exactly was wrong with the reply. */
  public enum Reason {
    /** The body is not standard base64 (for example, plain text or JSON instead of an encrypted reply). */
    NOT_BASE64,
    /** The body is shorter than the 16-byte tag. */
    TOO_SHORT,
    /** The tag does not match: not encrypted with this request's key and flipped IV, or altered. */
    AUTHENTICATION_FAILED,
    /** The reply decrypted but is not UTF-8 text. */
    NOT_UTF8
  }

  private final Reason reason;

  FlowResponseDecryptionException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** What exactly was wrong. */
  public Reason reason() {
    return reason;
  }
}
