package dev.flowkit.junit;

import dev.flowkit.crypto.BusinessKeys;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.interfaces.RSAKey;

/**
 * The business's RSA key pair of a {@link WhatsAppFlowTest} class: the public half is registered on the platform's
 * phone number, the private half is what the business's flow endpoint decrypts with. Immutable.
 *
 * <p>Security: {@link #toString()} names the key size only; the private key leaves this object only through
 * {@link #privateKey()} and {@link #privateKeyPem()}, for handing to the business app under test.
 */
public final class BusinessKeyPair {

  private final KeyPair keyPair;

  private BusinessKeyPair(KeyPair keyPair) {
    this.keyPair = keyPair;
  }

  static BusinessKeyPair of(KeyPair keyPair) {
    return new BusinessKeyPair(keyPair);
  }

  /** The pair as the JDK type. */
  public KeyPair keyPair() {
    return keyPair;
  }

  /** The private key, for the business's flow endpoint. */
  public PrivateKey privateKey() {
    return keyPair.getPrivate();
  }

  /** The public key registered on the platform's phone number. */
  public PublicKey publicKey() {
    return keyPair.getPublic();
  }

  /** The private key as unencrypted PKCS#8 PEM ({@code BEGIN PRIVATE KEY}), for an app that reads PEM text. */
  public String privateKeyPem() {
    return BusinessKeys.toPem(privateKey());
  }

  /** The public key as SPKI PEM ({@code BEGIN PUBLIC KEY}), the form uploaded to WhatsApp. */
  public String publicKeyPem() {
    return BusinessKeys.toPem(publicKey());
  }

  /** The key size only. */
  @Override
  public String toString() {
    int bits = keyPair.getPublic() instanceof RSAKey rsa ? rsa.getModulus().bitLength() : 0;
    return "BusinessKeyPair[RSA-" + bits + "]";
  }
}
