package dev.flowkit.crypto;

import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * The {@code X-Hub-Signature-256} header: {@code sha256=} and the lowercase hex HMAC-SHA256 of the exact raw
 * body under the Meta app secret. WhatsApp puts it on every flow endpoint request and every webhook.
 *
 * <p>Sign with {@link #sign(byte[], AppSecret)}; verify with an instance from {@link #verifier(AppSecret)}, which
 * is immutable and thread-safe. During an app-secret rotation, {@link #verifier(AppSecret, AppSecret)} accepts
 * both the new and the old secret. Always verify the bytes as received, before parsing: a re-serialised body
 * does not hash the same. Comparison is constant-time.
 */
public final class HubSignature {

  /** The header's name. */
  public static final String HEADER = "X-Hub-Signature-256";

  private static final String PREFIX = "sha256=";
  private static final HexFormat HEX = HexFormat.of();

  private final List<AppSecret> secrets;

  private HubSignature(List<AppSecret> secrets) {
    this.secrets = secrets;
  }

  /** The header value for a body: {@code sha256=} followed by 64 lowercase hex digits. */
  public static String sign(byte[] rawBody, AppSecret secret) {
    return PREFIX + HEX.formatHex(HmacSha256.of(secret, rawBody));
  }

  /** A verifier accepting one app secret. */
  public static HubSignature verifier(AppSecret secret) {
    return new HubSignature(List.of(Objects.requireNonNull(secret, "secret")));
  }

  /** A verifier accepting the current app secret and the one it replaces, for the length of a rotation. */
  public static HubSignature verifier(AppSecret current, AppSecret previous) {
    return new HubSignature(List.of(Objects.requireNonNull(current, "current"), Objects.requireNonNull(previous, "previous")));
  }

  /**
   * Checks a header against the raw body.
   *
   * @param header the header value as received, or {@code null} when the request had none
   * @throws HubSignatureException if the header is missing, malformed, or matches under no accepted secret;
   *     a flow endpoint answers 432
   */
  public void verify(byte[] rawBody, @Nullable String header) {
    if (header == null || header.isBlank()) {
      throw new HubSignatureException(HubSignatureException.Reason.MISSING,
          "the request has no " + HEADER + " header; WhatsApp signs every request with the app secret");
    }
    byte[] claimed = parse(header.strip());
    boolean match = false;
    for (AppSecret secret : secrets) {
      match |= MessageDigest.isEqual(HmacSha256.of(secret, rawBody), claimed);
    }
    if (!match) {
      throw new HubSignatureException(HubSignatureException.Reason.MISMATCH,
          HEADER + " does not match the body under " + (secrets.size() == 1 ? "the configured app secret"
              : "either configured app secret") + ": the body was changed (or re-serialised) after signing, or "
              + "the sender uses another app's secret");
    }
  }

  /** Whether {@link #verify(byte[], String)} would pass. */
  public boolean isValid(byte[] rawBody, @Nullable String header) {
    try {
      verify(rawBody, header);
      return true;
    } catch (HubSignatureException e) {
      return false;
    }
  }

  private static byte[] parse(String header) {
    if (header.length() != PREFIX.length() + 64 || !header.substring(0, PREFIX.length()).toLowerCase(Locale.ROOT).equals(PREFIX)) {
      throw malformed(header);
    }
    try {
      return HEX.parseHex(header, PREFIX.length(), header.length());
    } catch (IllegalArgumentException e) {
      throw malformed(header);
    }
  }

  private static HubSignatureException malformed(String header) {
    return new HubSignatureException(HubSignatureException.Reason.MALFORMED,
        HEADER + " must be \"sha256=\" followed by 64 hex digits; got " + header.length() + " characters");
  }

  @Override
  public String toString() {
    return "HubSignature[" + secrets.size() + " secret(s)]";
  }
}
