package dev.flowkit.mock.phone;

import dev.flowkit.crypto.FlowClientCipher;
import java.security.PublicKey;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;

/**
 * {@link EndpointKeySource#fixed(PublicKey)}: one key, and the cipher made for it when the key was checked, which
 * a channel encrypts with rather than making its own (making one parses and checks the key again).
 */
@NullMarked
final class FixedKeySource implements EndpointKeySource {

  private final Optional<PublicKey> key;
  private final FlowClientCipher cipher;

  /**
   * @throws dev.flowkit.crypto.MalformedKeyException if it is not an RSA key
   * @throws dev.flowkit.crypto.KeyTooSmallException if it has fewer than 2048 bits
   */
  FixedKeySource(PublicKey key) {
    this.cipher = FlowClientCipher.create(key);
    this.key = Optional.of(key);
  }

  @Override
  public Optional<PublicKey> current() {
    return key;
  }

  /** The cipher for the key; immutable and thread-safe. */
  FlowClientCipher cipher() {
    return cipher;
  }
}
