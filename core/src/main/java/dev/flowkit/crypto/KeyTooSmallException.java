package dev.flowkit.crypto;

/** An RSA key is shorter than the {@value BusinessKeys#MINIMUM_RSA_BITS} bits WhatsApp requires. */
public final class KeyTooSmallException extends FlowCryptoException {

  private static final long serialVersionUID = 1L;

  private final int bits;

  KeyTooSmallException(int bits) {
    super("the RSA key has " + bits + " bits; WhatsApp Business Encryption needs at least "
        + BusinessKeys.MINIMUM_RSA_BITS + " bits: generate a new pair (flowkit keys generate --out DIR) "
        + "and upload its public key");
    this.bits = bits;
  }

  /** The size of the refused key's modulus, in bits. */
  public int bits() {
    return bits;
  }
}
