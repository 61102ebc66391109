package dev.flowkit.crypto;

/** A private key and a public key that were expected to form a pair do not. */
public final class KeyMismatchException extends FlowCryptoException {

  private static final long serialVersionUID = 1L;

  KeyMismatchException(String message) {
    super(message);
  }
}
