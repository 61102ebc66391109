package dev.flowkit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;

/**
 * A Meta app secret: the HMAC key of {@code X-Hub-Signature-256} and of {@code flow_token_signature}.
 * Immutable and thread-safe. Its {@code toString()} never shows the secret, and it offers no getter for it:
 * it is only ever used through {@link HubSignature} and {@link FlowTokenSignature}.
 */
public final class AppSecret {

  private final byte[] key;

  private AppSecret(byte[] key) {
    this.key = key;
  }

  /**
   * The secret as shown in App Dashboard, Settings, Basic.
   *
   * @throws IllegalArgumentException if the secret is empty or blank
   */
  public static AppSecret of(String secret) {
    if (secret.isBlank()) {
      throw new IllegalArgumentException("an app secret must not be empty or blank: copy it from the app's "
          + "dashboard (Settings, Basic, App secret)");
    }
    return new AppSecret(secret.getBytes(StandardCharsets.UTF_8));
  }

  /** The HMAC key bytes; a copy, for use inside this package only. */
  byte[] keyBytes() {
    return key.clone();
  }

  @Override
  public boolean equals(Object other) {
    return other instanceof AppSecret that && MessageDigest.isEqual(key, that.key);
  }

  @Override
  public int hashCode() {
    return Arrays.hashCode(key);
  }

  /** Never the secret itself. */
  @Override
  public String toString() {
    return "AppSecret[redacted]";
  }
}
