package dev.flowkit.crypto;

/** A {@code flow_token_signature} (an HS256 JWT over the flow token, data API 4.0) does not verify. */
public final class FlowTokenSignatureException extends FlowCryptoException {

  private static final long serialVersionUID = 1L;

  /** What exactly was wrong with the JWT. */
  public enum Reason {
    /** The request carries no signature although one is required. */
    MISSING,
    /** Not three base64url parts, or a part is not the JSON it should be. */
    MALFORMED,
    /** The header names an algorithm other than HS256 (including {@code none}). */
    UNSUPPORTED_ALGORITHM,
    /** The HMAC matches under none of the accepted app secrets. */
    BAD_SIGNATURE,
    /** The signed flow token is absent or differs from the request's {@code flow_token}. */
    TOKEN_MISMATCH,
    /** The JWT carries an {@code exp} that has passed, or an {@code nbf} still in the future. */
    EXPIRED
  }

  private final Reason reason;

  FlowTokenSignatureException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** What exactly was wrong. */
  public Reason reason() {
    return reason;
  }
}
