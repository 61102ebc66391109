package dev.flowkit.crypto;

/**
 * Base of every failure in {@code dev.flowkit.crypto}. Each subclass names one situation; the message says
 * what was wrong and what to do, and never contains key material, secrets, plaintext or ciphertext.
 */
public abstract sealed class FlowCryptoException extends RuntimeException
    permits FlowDecryptionException, FlowResponseDecryptionException, HubSignatureException,
        FlowTokenSignatureException, MalformedKeyException, KeyPassphraseException, KeyTooSmallException,
        KeyMismatchException {

  private static final long serialVersionUID = 1L;

  FlowCryptoException(String message) {
    super(message);
  }

  FlowCryptoException(String message, Throwable cause) {
    super(message, cause);
  }
}
