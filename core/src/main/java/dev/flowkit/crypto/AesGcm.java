package dev.flowkit.crypto;

import java.security.GeneralSecurityException;
import java.security.InvalidAlgorithmParameterException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * AES-GCM with a 128-bit tag appended to the ciphertext, the layout WhatsApp uses on the wire. A fresh
 * {@link Cipher} per call: a GCM cipher instance refuses key and IV reuse, and the reply uses another IV.
 */
final class AesGcm {

  static final int TAG_BYTES = 16;

  private AesGcm() {}

  static byte[] encrypt(CryptoBackend backend, byte[] key, byte[] iv, byte[] aad, byte[] plaintext)
      throws GeneralSecurityException {
    return run(backend, Cipher.ENCRYPT_MODE, key, iv, aad, plaintext);
  }

  /** Decrypts {@code ciphertext ‖ tag}; throws {@link javax.crypto.AEADBadTagException} if the tag differs. */
  static byte[] decrypt(CryptoBackend backend, byte[] key, byte[] iv, byte[] aad, byte[] ciphertextAndTag)
      throws GeneralSecurityException {
    return run(backend, Cipher.DECRYPT_MODE, key, iv, aad, ciphertextAndTag);
  }

  private static byte[] run(CryptoBackend backend, int mode, byte[] key, byte[] iv, byte[] aad, byte[] input)
      throws GeneralSecurityException {
    if (iv.length == 0) {
      throw new InvalidAlgorithmParameterException("AES-GCM needs a non-empty IV");
    }
    Cipher cipher = backend.aesGcm();
    cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BYTES * 8, iv));
    if (aad.length > 0) {
      cipher.updateAAD(aad);
    }
    return cipher.doFinal(input);
  }
}
