package dev.flowkit.mock.state;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An access token the mock issued: it acts for one app (and so one business) with some permissions.
 *
 * @param token the token text (starts with {@code EAA} like Meta's); never logged
 * @param appId the {@link App} it belongs to
 * @param permissions e.g. {@code whatsapp_business_management}, {@code whatsapp_business_messaging}
 * @param expiresAt when it stops working (Graph answers 190/463 after that), or null for never
 */
public record AccessToken(String token, String appId, List<String> permissions, @Nullable Instant expiresAt) {

  /** The permissions a seeded token has. */
  public static final List<String> ALL_PERMISSIONS =
      List.of("whatsapp_business_management", "whatsapp_business_messaging");

  /** Lists are copied. */
  public AccessToken {
    permissions = List.copyOf(permissions);
  }

  /** Whether the token has expired at {@code now}. */
  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /** For dumps: the token text masked but for its first characters. */
  public AccessToken redacted() {
    return new AccessToken(token.substring(0, Math.min(6, token.length())) + "***", appId, permissions, expiresAt);
  }
}
