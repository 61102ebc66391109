package dev.flowkit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;

/**
 * Encrypts flow endpoint requests as the WhatsApp client does: a fresh random AES-128 key and 16-byte IV per
 * request, the payload under AES-128-GCM, the key under RSA-OAEP (SHA-256, MGF1-SHA-256) for the business public
 * key. The simulated phone uses it; so can any test that wants to talk to an endpoint the way WhatsApp does.
 * Immutable and thread-safe.
 *
 * <pre>{@code
 * PendingFlowRequest pending = FlowClientCipher.create(businessPublicKey).encrypt(requestJson);
 * byte[] body = pending.body().toJsonBytes();         // POST this
 * String reply = pending.decryptResponse(responseBody);
 * }</pre>
 */
public final class FlowClientCipher {

  private final PublicKey publicKey;
  private final SecureRandom random;
  private final CryptoBackend backend;

  private FlowClientCipher(Builder builder) {
    this.publicKey = Objects.requireNonNull(builder.publicKey, "publicKey");
    this.random = builder.random;
    this.backend = builder.backend;
  }

  /**
   * A cipher for a business public key, with a {@link SecureRandom} and {@link CryptoBackend#automatic()}.
   *
   * @throws KeyTooSmallException if the key has fewer than 2048 bits
   * @throws MalformedKeyException if it is not an RSA key
   */
  public static FlowClientCipher create(PublicKey businessPublicKey) {
    return builder().publicKey(businessPublicKey).build();
  }

  /** A builder for the key, randomness and backend. */
  public static Builder builder() {
    return new Builder();
  }

  /** The provider doing the work. */
  public CryptoBackend backend() {
    return backend;
  }

  /** Encrypts a clear request given as JSON text (sent as UTF-8). */
  public PendingFlowRequest encrypt(String json) {
    return encrypt(json.getBytes(StandardCharsets.UTF_8));
  }

  /** Encrypts a clear request given as UTF-8 bytes. */
  public PendingFlowRequest encrypt(byte[] utf8Json) {
    byte[] key = new byte[FlowEndpointCipher.AES_KEY_BYTES];
    byte[] iv = new byte[FlowEndpointCipher.IV_BYTES];
    random.nextBytes(key);
    random.nextBytes(iv);
    try {
      Base64.Encoder base64 = Base64.getEncoder();
      byte[] data = AesGcm.encrypt(backend, key, iv, new byte[0], utf8Json);
      byte[] wrapped = RsaOaep.encrypt(backend, publicKey, key, random);
      EncryptedFlowRequest body = new EncryptedFlowRequest(base64.encodeToString(data),
          base64.encodeToString(wrapped), base64.encodeToString(iv));
      return new PendingFlowRequest(backend, key, iv, body);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("encryption failed in " + backend.name() + " ("
          + e.getClass().getSimpleName() + ")", e);
    }
  }

  @Override
  public String toString() {
    return "FlowClientCipher[RSA-" + BusinessKeys.bits(publicKey) + ", " + backend.name() + "]";
  }

  /** Builds a {@link FlowClientCipher}. Not thread-safe. */
  public static final class Builder {

    private PublicKey publicKey;
    private SecureRandom random = new SecureRandom();
    private CryptoBackend backend = CryptoBackend.automatic();

    private Builder() {}

    /** The business public key registered for the phone number. Required. */
    public Builder publicKey(PublicKey key) {
      BusinessKeys.requireUsableRsa(key);
      this.publicKey = key;
      return this;
    }

    /**
     * The source of AES keys, IVs and OAEP seeds; default a new {@link SecureRandom}. Tests may pass a
     * deterministic one to reproduce known ciphertexts; never do that in production.
     */
    public Builder random(SecureRandom random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The provider to use; default {@link CryptoBackend#automatic()}. */
    public Builder backend(CryptoBackend backend) {
      this.backend = Objects.requireNonNull(backend, "backend");
      return this;
    }

    /** The cipher. */
    public FlowClientCipher build() {
      if (publicKey == null) {
        throw new IllegalStateException("a FlowClientCipher needs publicKey(...)");
      }
      return new FlowClientCipher(this);
    }
  }
}
