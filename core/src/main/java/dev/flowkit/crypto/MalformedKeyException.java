package dev.flowkit.crypto;

/** A key could not be read: not PEM, a PEM of another kind, not RSA, or damaged. */
public final class MalformedKeyException extends FlowCryptoException {

  private static final long serialVersionUID = 1L;

  MalformedKeyException(String message) {
    super(message);
  }

  MalformedKeyException(String message, Throwable cause) {
    super(message, cause);
  }
}
