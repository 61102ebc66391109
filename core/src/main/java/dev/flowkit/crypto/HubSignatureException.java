package dev.flowkit.crypto;

/**
 * An {@code X-Hub-Signature-256} header is missing, malformed or does not match the body. A flow endpoint
 * answers HTTP {@value #HTTP_STATUS}.
 */
public final class HubSignatureException extends FlowCryptoException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status a flow endpoint answers for a request whose signature does not validate. */
  public static final int HTTP_STATUS = 432;

  /** What exactly was wrong with the header. */
  public enum Reason {
    /** No header was sent. */
    MISSING,
    /** The header is not {@code sha256=} followed by 64 hex digits. */
    MALFORMED,
    /** The header is well formed but matches the body under none of the accepted app secrets. */
    MISMATCH
  }

  private final Reason reason;

  HubSignatureException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** What exactly was wrong. */
  public Reason reason() {
    return reason;
  }

  /** Always {@value #HTTP_STATUS}. */
  public int httpStatus() {
    return HTTP_STATUS;
  }
}
