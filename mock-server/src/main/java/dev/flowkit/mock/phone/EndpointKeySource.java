package dev.flowkit.mock.phone;

import dev.flowkit.crypto.BusinessKeys;
import java.security.PublicKey;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.jspecify.annotations.NullMarked;

/**
 * Where a phone gets the business public key it encrypts endpoint requests for. A phone keeps the key it has and
 * asks for it again only when the endpoint answers 421 (platform facts §5.6): {@link EndpointChannel} calls
 * {@link #current()} once, before its first request, and {@link #refetch()} after each 421.
 *
 * <p>The mock platform's source reads the key stored for the phone number on every call; the standalone phone's
 * is {@link #fixed(PublicKey)}. Implementations must be thread-safe. An empty answer means no key is registered:
 * the request is not sent, and its outcome is {@link EndpointErrorType#PUBLIC_KEY_MISSING}.
 */
@NullMarked
public interface EndpointKeySource {

  /** The key the phone starts with. */
  Optional<PublicKey> current();

  /** The key after the endpoint answered 421; by default asks {@link #current()} again. */
  default Optional<PublicKey> refetch() {
    return current();
  }

  /**
   * Always the same key; a refetch gets it again.
   *
   * @throws dev.flowkit.crypto.MalformedKeyException if it is not an RSA key
   * @throws dev.flowkit.crypto.KeyTooSmallException if it has fewer than 2048 bits
   */
  static EndpointKeySource fixed(PublicKey key) {
    return new FixedKeySource(key); // checks the key now rather than at the first request
  }

  /**
   * Always the key of this PEM (SPKI or PKCS#1).
   *
   * @throws dev.flowkit.crypto.MalformedKeyException if the text is not an RSA public key
   * @throws dev.flowkit.crypto.KeyTooSmallException if the key has fewer than 2048 bits
   */
  static EndpointKeySource fixedPem(String pem) {
    return fixed(BusinessKeys.readPublicKey(pem));
  }

  /** Asks the supplier on every call, first fetch and refetch alike, e.g. a lookup in the platform's store. */
  static EndpointKeySource fetching(Supplier<Optional<PublicKey>> store) {
    Objects.requireNonNull(store, "store");
    return store::get;
  }
}
