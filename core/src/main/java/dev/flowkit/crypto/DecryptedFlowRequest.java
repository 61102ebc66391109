package dev.flowkit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.Base64;
import java.util.concurrent.atomic.AtomicBoolean;
import tools.jackson.databind.JsonNode;

/**
 * A decrypted flow endpoint request, holding the AES key and IV it came with so that its reply can be encrypted
 * exactly as WhatsApp expects: the same key, the IV with every bit flipped, AES-128-GCM, standard base64.
 *
 * <p>The key and IV cannot be read from this object, and {@code toString()} shows neither them nor the
 * plaintext. A request gets one reply: a second call to {@code encryptResponse} throws, because encrypting two
 * messages under the same key and IV would break AES-GCM. After the reply the key is wiped. Thread-safe.
 */
public final class DecryptedFlowRequest {

  private final CryptoBackend backend;
  private final byte[] key;
  private final byte[] iv;
  private final String plaintext;
  private final JsonNode payload;
  private final AtomicBoolean answered = new AtomicBoolean();

  DecryptedFlowRequest(CryptoBackend backend, byte[] key, byte[] iv, String plaintext, JsonNode payload) {
    this.backend = backend;
    this.key = key;
    this.iv = iv;
    this.plaintext = plaintext;
    this.payload = payload;
  }

  /** The decrypted JSON text, exactly as sent. */
  public String plaintext() {
    return plaintext;
  }

  /** The decrypted JSON object, parsed once; it belongs to this request, so treat it as read-only. */
  public JsonNode payload() {
    return payload;
  }

  /** Whether a response has been encrypted for this request. */
  public boolean isAnswered() {
    return answered.get();
  }

  /**
   * Encrypts the reply to this request.
   *
   * @param json the clear response, e.g. {@code {"screen":"DONE","data":{}}}; encrypted as UTF-8
   * @return the HTTP response body: base64 of ciphertext ‖ tag
   * @throws IllegalStateException if this request was already answered
   */
  public String encryptResponse(String json) {
    return encryptResponse(json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Encrypts the reply to this request, given as UTF-8 bytes.
   *
   * @throws IllegalStateException if this request was already answered
   */
  public String encryptResponse(byte[] utf8Json) {
    if (!answered.compareAndSet(false, true)) {
      throw new IllegalStateException("this request was already answered: AES-GCM must never encrypt a second "
          + "message under the same key and IV, so build the complete reply first and encrypt it once");
    }
    try {
      return Base64.getEncoder().encodeToString(AesGcm.encrypt(backend, key, flip(iv), new byte[0], utf8Json));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("AES-GCM encryption failed in " + backend.name() + " ("
          + e.getClass().getSimpleName() + ")", e);
    } finally {
      Arrays.fill(key, (byte) 0);
    }
  }

  /** Every bit of the IV inverted: the response IV of every supported data API version. */
  static byte[] flip(byte[] iv) {
    byte[] flipped = new byte[iv.length];
    for (int i = 0; i < iv.length; i++) {
      flipped[i] = (byte) ~iv[i];
    }
    return flipped;
  }

  /** The size only: never the key, the IV or the plaintext. */
  @Override
  public String toString() {
    return "DecryptedFlowRequest[" + plaintext.length() + " chars of JSON, " + (isAnswered() ? "answered" : "not answered") + "]";
  }
}
