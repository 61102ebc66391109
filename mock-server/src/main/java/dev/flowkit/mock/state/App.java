package dev.flowkit.mock.state;

import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Meta app: what access tokens belong to and what webhooks are signed with.
 *
 * @param id numeric id (15 digits)
 * @param businessId the owning {@link Business}
 * @param name display name
 * @param secret the app secret (32 hex digits): signs webhooks ({@code X-Hub-Signature-256}); never logged
 * @param callbackUrl where webhooks go, or null when none is configured
 * @param verifyToken the token of the verification handshake (section 6.1)
 * @param subscribedFields webhook fields the app subscribed to, e.g. {@code messages}, {@code flows}
 * @param subscribedWabaIds WABAs the app subscribed to ({@code POST /{waba-id}/subscribed_apps})
 */
public record App(String id, String businessId, String name, String secret, @Nullable String callbackUrl,
    String verifyToken, List<String> subscribedFields, List<String> subscribedWabaIds) {

  /** Lists are copied. */
  public App {
    subscribedFields = List.copyOf(subscribedFields);
    subscribedWabaIds = List.copyOf(subscribedWabaIds);
  }

  /** For dumps: the secret and verify token masked. */
  public App redacted() {
    return new App(id, businessId, name, "***", callbackUrl, "***", subscribedFields, subscribedWabaIds);
  }
}
