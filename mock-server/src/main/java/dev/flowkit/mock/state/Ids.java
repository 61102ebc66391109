package dev.flowkit.mock.state;

import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.function.Predicate;

/**
 * Makes ids and secrets in Meta's shapes: numeric ids of 15 digits (WABA, PNID, app, business, flow, template),
 * {@code wamid.}-prefixed message ids, {@code EAA}-prefixed access tokens, 32-hex-digit app secrets. Thread-safe.
 */
public final class Ids {

  private static final String TOKEN_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
  private final SecureRandom random = new SecureRandom();

  /** A numeric id of {@code digits} digits (no leading zero) that {@code taken} does not already use. */
  public String numeric(int digits, Predicate<String> taken) {
    while (true) {
      StringBuilder id = new StringBuilder(digits).append((char) ('1' + random.nextInt(9)));
      for (int i = 1; i < digits; i++) {
        id.append((char) ('0' + random.nextInt(10)));
      }
      String text = id.toString();
      if (!taken.test(text)) {
        return text;
      }
    }
  }

  /** A new object id (15 digits) unused in {@code state}. */
  public String objectId(PlatformState state) {
    return numeric(15, state::usesId);
  }

  /** A message id: {@code wamid.} and 48 base64 characters, as Meta's look. */
  public String wamid() {
    byte[] bytes = new byte[36];
    random.nextBytes(bytes);
    return "wamid." + Base64.getEncoder().encodeToString(bytes);
  }

  /** An access token: {@code EAA} and 60 letters and digits. */
  public String accessToken() {
    StringBuilder token = new StringBuilder("EAA");
    for (int i = 0; i < 60; i++) {
      token.append(TOKEN_CHARS.charAt(random.nextInt(TOKEN_CHARS.length())));
    }
    return token.toString();
  }

  /** An app secret: 32 hex digits. */
  public String appSecret() {
    return hex(16);
  }

  /** A webhook verify token. */
  public String verifyToken() {
    return hex(12);
  }

  /** A template namespace: a UUID with underscores, as Meta's. */
  public String templateNamespace() {
    String hex = hex(16);
    return hex.substring(0, 8) + "_" + hex.substring(8, 12) + "_" + hex.substring(12, 16) + "_"
        + hex.substring(16, 20) + "_" + hex.substring(20);
  }

  /** A display phone number in the US test range, {@code +1 555-xxx-xxxx}. */
  public String displayPhoneNumber() {
    return String.format("+1 555-%03d-%04d", random.nextInt(1000), random.nextInt(10000));
  }

  private String hex(int bytes) {
    byte[] b = new byte[bytes];
    random.nextBytes(b);
    return HexFormat.of().formatHex(b);
  }
}
