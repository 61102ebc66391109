package dev.flowkit.crypto;

import java.security.GeneralSecurityException;
import java.util.Base64;
import javax.crypto.AEADBadTagException;

/**
 * A request encrypted by {@link FlowClientCipher}, waiting for its reply. It keeps the AES key and IV (never
 * shown by {@code toString()}) to open the endpoint's reply with the flipped IV. The reply may be opened more than
 * once (a client tries to decrypt a 427 body before reading it as plain JSON). Thread-safe.
 */
public final class PendingFlowRequest {

  private final CryptoBackend backend;
  private final byte[] key;
  private final byte[] iv;
  private final EncryptedFlowRequest body;

  PendingFlowRequest(CryptoBackend backend, byte[] key, byte[] iv, EncryptedFlowRequest body) {
    this.backend = backend;
    this.key = key;
    this.iv = iv;
    this.body = body;
  }

  /** The body to POST; {@link EncryptedFlowRequest#toJsonBytes()} gives the exact bytes to sign and send. */
  public EncryptedFlowRequest body() {
    return body;
  }

  /**
   * Opens the endpoint's reply.
   *
   * @param responseBody the HTTP response body: base64 of ciphertext ‖ tag (surrounding white space ignored)
   * @return the clear response text
   * @throws FlowResponseDecryptionException if it is not base64, too short, not encrypted with this request's
   *     key and flipped IV, or not UTF-8
   */
  public String decryptResponse(String responseBody) {
    byte[] data;
    try {
      data = Base64.getDecoder().decode(responseBody.strip());
    } catch (IllegalArgumentException e) {
      throw new FlowResponseDecryptionException(FlowResponseDecryptionException.Reason.NOT_BASE64,
          "the response body (" + responseBody.length() + " chars) is not standard base64: an endpoint answers "
              + "200 with the encrypted reply as a bare base64 string");
    }
    if (data.length < AesGcm.TAG_BYTES) {
      throw new FlowResponseDecryptionException(FlowResponseDecryptionException.Reason.TOO_SHORT,
          "the response body decodes to " + data.length + " bytes, shorter than the 16-byte AES-GCM tag");
    }
    byte[] clear;
    try {
      clear = AesGcm.decrypt(backend, key, DecryptedFlowRequest.flip(iv), new byte[0], data);
    } catch (AEADBadTagException e) {
      throw new FlowResponseDecryptionException(FlowResponseDecryptionException.Reason.AUTHENTICATION_FAILED,
          "the response was not encrypted with this request's AES key and flipped IV (every IV byte XOR 0xFF), "
              + "or it was altered");
    } catch (GeneralSecurityException e) {
      throw new FlowResponseDecryptionException(FlowResponseDecryptionException.Reason.AUTHENTICATION_FAILED,
          "the response could not be decrypted (" + e.getClass().getSimpleName() + ")");
    }
    int length = clear.length;
    return Utf8.decode(clear).orElseThrow(() -> new FlowResponseDecryptionException(
        FlowResponseDecryptionException.Reason.NOT_UTF8,
        "the response decrypted, but its " + length + " bytes are not UTF-8 text"));
  }

  /** Sizes only. */
  @Override
  public String toString() {
    return "PendingFlowRequest[" + body + "]";
  }
}
