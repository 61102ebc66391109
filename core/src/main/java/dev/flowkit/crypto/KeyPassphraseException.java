package dev.flowkit.crypto;

/** An encrypted private key was read without a passphrase, or the passphrase does not open it. */
public final class KeyPassphraseException extends FlowCryptoException {

  private static final long serialVersionUID = 1L;

  /** Whether the passphrase was missing or wrong. */
  public enum Reason {
    /** The key is encrypted and no passphrase was given. */
    MISSING,
    /** The passphrase does not decrypt the key (or the encrypted key is damaged). */
    WRONG
  }

  private final Reason reason;

  KeyPassphraseException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Whether the passphrase was missing or wrong. */
  public Reason reason() {
    return reason;
  }
}
