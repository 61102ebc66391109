package dev.flowkit.crypto;

/**
 * An endpoint request could not be decrypted. A flow endpoint answers HTTP {@value #HTTP_STATUS}, which makes
 * WhatsApp fetch the business's current public key and retry once.
 */
public final class FlowDecryptionException extends FlowCryptoException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status a flow endpoint answers for an undecryptable request. */
  public static final int HTTP_STATUS = 421;

  /** What exactly was wrong with the request. */
  public enum Reason {
    /** The body is not a JSON object, or a field is missing or is not a string. */
    MALFORMED_BODY,
    /** A field is not standard base64. */
    NOT_BASE64,
    /** {@code initial_vector} is not 16 bytes. */
    WRONG_IV_LENGTH,
    /** {@code encrypted_aes_key} was not encrypted for any of the configured private keys. */
    KEY_NOT_FOR_THIS_BUSINESS,
    /** The unwrapped AES key is not 16 bytes. */
    WRONG_AES_KEY_LENGTH,
    /** {@code encrypted_flow_data} is shorter than the 16-byte tag. */
    CIPHERTEXT_TOO_SHORT,
    /** The AES-GCM tag does not match: the data, the IV or the tag was altered. */
    AUTHENTICATION_FAILED,
    /** The payload decrypted, but it is not a UTF-8 JSON object. */
    PLAINTEXT_NOT_JSON
  }

  private final Reason reason;

  FlowDecryptionException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  FlowDecryptionException(Reason reason, String message, Throwable cause) {
    super(message, cause);
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
