package dev.flowkit.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.spec.MGF1ParameterSpec;
import javax.crypto.Cipher;
import javax.crypto.spec.OAEPParameterSpec;
import javax.crypto.spec.PSource;

/**
 * RSA-OAEP with SHA-256 and MGF1-SHA-256, the key wrap of WhatsApp Business Encryption. The parameter spec is
 * always explicit: the JDK's {@code OAEPWithSHA-256AndMGF1Padding} alone would use MGF1 with SHA-1.
 */
final class RsaOaep {

  static final OAEPParameterSpec WHATSAPP = spec(new byte[0]);

  private RsaOaep() {}

  static OAEPParameterSpec spec(byte[] label) {
    return new OAEPParameterSpec("SHA-256", "MGF1", MGF1ParameterSpec.SHA256,
        label.length == 0 ? PSource.PSpecified.DEFAULT : new PSource.PSpecified(label));
  }

  static byte[] decrypt(CryptoBackend backend, PrivateKey key, byte[] ciphertext, OAEPParameterSpec spec)
      throws GeneralSecurityException {
    Cipher cipher = backend.rsaOaep();
    cipher.init(Cipher.DECRYPT_MODE, key, spec);
    return cipher.doFinal(ciphertext);
  }

  static byte[] encrypt(CryptoBackend backend, PublicKey key, byte[] message, SecureRandom random)
      throws GeneralSecurityException {
    Cipher cipher = backend.rsaOaep();
    cipher.init(Cipher.ENCRYPT_MODE, key, WHATSAPP, random);
    return cipher.doFinal(message);
  }
}
