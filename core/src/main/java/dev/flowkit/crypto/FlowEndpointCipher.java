package dev.flowkit.crypto;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import javax.crypto.AEADBadTagException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;

/**
 * Decrypts flow endpoint requests with the business's RSA private key (the business side of WhatsApp Business
 * Encryption). Immutable and thread-safe: build one at start-up and share it.
 *
 * <pre>{@code
 * FlowEndpointCipher cipher = FlowEndpointCipher.create(privateKey);
 * DecryptedFlowRequest request = cipher.decrypt(rawBody);
 * String responseBody = request.encryptResponse(replyJson);   // HTTP 200, text/plain
 * }</pre>
 *
 * <p>During a key rotation, {@link Builder#previousPrivateKey(PrivateKey)} adds the key being replaced: a
 * request wrapped for it is still accepted, at the cost of a second RSA operation for those requests only.
 *
 * <p><b>Security:</b> the AES key and IV stay inside the returned {@link DecryptedFlowRequest}; no exception
 * message contains key material, plaintext or ciphertext.
 */
public final class FlowEndpointCipher {

  static final int IV_BYTES = 16;
  static final int AES_KEY_BYTES = 16;

  private final List<PrivateKey> keys;
  private final CryptoBackend backend;

  private FlowEndpointCipher(Builder builder) {
    this.backend = builder.backend;
    List<PrivateKey> prepared = new ArrayList<>();
    for (PrivateKey key : builder.keys) {
      prepared.add(backend.prepare(key));
    }
    this.keys = List.copyOf(prepared);
  }

  /**
   * A cipher for one private key, on {@link CryptoBackend#automatic()}.
   *
   * @throws KeyTooSmallException if the key has fewer than 2048 bits
   * @throws MalformedKeyException if it is not an RSA key
   */
  public static FlowEndpointCipher create(PrivateKey privateKey) {
    return builder().privateKey(privateKey).build();
  }

  /** A builder for the key(s) and backend. */
  public static Builder builder() {
    return new Builder();
  }

  /** The provider doing the work. */
  public CryptoBackend backend() {
    return backend;
  }

  /**
   * Decrypts a raw request body.
   *
   * @throws FlowDecryptionException if the request was not encrypted for our public key or was damaged; answer
   *     HTTP 421 so the client fetches the current key and retries
   */
  public DecryptedFlowRequest decrypt(byte[] body) {
    return decrypt(EncryptedFlowRequest.parse(body));
  }

  /**
   * Decrypts a parsed request body.
   *
   * @throws FlowDecryptionException as {@link #decrypt(byte[])}
   */
  public DecryptedFlowRequest decrypt(EncryptedFlowRequest request) {
    byte[] iv = Base64Field.decode("initial_vector", request.initialVector());
    if (iv.length != IV_BYTES) {
      throw new FlowDecryptionException(FlowDecryptionException.Reason.WRONG_IV_LENGTH,
          "\"initial_vector\" is " + iv.length + " bytes; WhatsApp sends a 16-byte IV");
    }
    byte[] wrappedKey = Base64Field.decode("encrypted_aes_key", request.encryptedAesKey());
    byte[] data = Base64Field.decode("encrypted_flow_data", request.encryptedFlowData());
    if (data.length < AesGcm.TAG_BYTES) {
      throw new FlowDecryptionException(FlowDecryptionException.Reason.CIPHERTEXT_TOO_SHORT,
          "\"encrypted_flow_data\" is " + data.length + " bytes, shorter than the 16-byte AES-GCM tag it must end with");
    }
    byte[] aesKey = unwrap(wrappedKey);
    try {
      byte[] plaintext;
      try {
        plaintext = AesGcm.decrypt(backend, aesKey, iv, new byte[0], data);
      } catch (AEADBadTagException e) {
        throw new FlowDecryptionException(FlowDecryptionException.Reason.AUTHENTICATION_FAILED,
            "the AES-GCM tag of \"encrypted_flow_data\" does not match: the data, the IV or the tag was altered "
                + "after encryption, or they do not belong to the same request");
      } catch (GeneralSecurityException e) {
        throw new FlowDecryptionException(FlowDecryptionException.Reason.AUTHENTICATION_FAILED,
            "\"encrypted_flow_data\" could not be decrypted (" + e.getClass().getSimpleName() + ")", e);
      }
      String text = utf8(plaintext);
      JsonNode payload = parseObject(text);
      return new DecryptedFlowRequest(backend, aesKey, iv, text, payload);
    } catch (RuntimeException e) {
      Arrays.fill(aesKey, (byte) 0);
      throw e;
    }
  }

  private byte[] unwrap(byte[] wrappedKey) {
    GeneralSecurityException last = null;
    for (PrivateKey key : keys) {
      try {
        byte[] aesKey = RsaOaep.decrypt(backend, key, wrappedKey, RsaOaep.WHATSAPP);
        if (aesKey.length != AES_KEY_BYTES) {
          Arrays.fill(aesKey, (byte) 0);
          throw new FlowDecryptionException(FlowDecryptionException.Reason.WRONG_AES_KEY_LENGTH,
              "\"encrypted_aes_key\" holds a " + aesKey.length + "-byte key; WhatsApp wraps a 16-byte AES-128 key");
        }
        return aesKey;
      } catch (GeneralSecurityException e) {
        last = e;
      }
    }
    throw new FlowDecryptionException(FlowDecryptionException.Reason.KEY_NOT_FOR_THIS_BUSINESS,
        "\"encrypted_aes_key\" (" + wrappedKey.length + " bytes) was not encrypted for "
            + (keys.size() == 1 ? "this private key" : "any of the " + keys.size() + " private keys")
            + ": WhatsApp used a public key that does not pair with it. Upload the public key of this pair "
            + "(POST /{phone-number-id}/whatsapp_business_encryption); answering 421 makes WhatsApp fetch it",
        Objects.requireNonNull(last));
  }

  private static String utf8(byte[] plaintext) {
    return Utf8.decode(plaintext).orElseThrow(() -> new FlowDecryptionException(
        FlowDecryptionException.Reason.PLAINTEXT_NOT_JSON,
        "the request decrypted, but its " + plaintext.length + " bytes are not UTF-8 text"));
  }

  private static JsonNode parseObject(String text) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(text);
    } catch (JacksonException e) {
      // Jackson's message quotes the input; only the position is safe to repeat.
      var location = e.getLocation();
      throw new FlowDecryptionException(FlowDecryptionException.Reason.PLAINTEXT_NOT_JSON,
          "the request decrypted, but it is not JSON" + (location == null ? ""
              : " (error at line " + location.getLineNr() + ", column " + location.getColumnNr() + ")"));
    }
    if (tree == null || !tree.isObject()) {
      throw new FlowDecryptionException(FlowDecryptionException.Reason.PLAINTEXT_NOT_JSON,
          "the request decrypted, but it is not a JSON object");
    }
    return tree;
  }

  @Override
  public String toString() {
    return "FlowEndpointCipher[" + keys.size() + " key(s), " + backend.name() + "]";
  }

  /** Builds a {@link FlowEndpointCipher}. Not thread-safe. */
  public static final class Builder {

    private final List<PrivateKey> keys = new ArrayList<>();
    private CryptoBackend backend = CryptoBackend.automatic();

    private Builder() {}

    /** The private key of the public key currently uploaded for the phone number. Required. */
    public Builder privateKey(PrivateKey key) {
      BusinessKeys.requireUsableRsa(key);
      if (keys.isEmpty()) {
        keys.add(key);
      } else {
        keys.set(0, key);
      }
      return this;
    }

    /** A key being rotated out, still accepted; tried after {@link #privateKey(PrivateKey)}. */
    public Builder previousPrivateKey(PrivateKey key) {
      BusinessKeys.requireUsableRsa(key);
      if (keys.isEmpty()) {
        throw new IllegalStateException("set privateKey(...) before previousPrivateKey(...)");
      }
      keys.add(key);
      return this;
    }

    /** The provider to use; default {@link CryptoBackend#automatic()}. */
    public Builder backend(CryptoBackend backend) {
      this.backend = Objects.requireNonNull(backend, "backend");
      return this;
    }

    /** The cipher. */
    public FlowEndpointCipher build() {
      if (keys.isEmpty()) {
        throw new IllegalStateException("a FlowEndpointCipher needs privateKey(...)");
      }
      return new FlowEndpointCipher(this);
    }
  }
}
