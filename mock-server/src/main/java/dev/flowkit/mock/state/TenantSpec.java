package dev.flowkit.mock.state;

import org.jspecify.annotations.Nullable;

/**
 * What to create for one tenant: a business with one WABA, one phone number, one app and one access token. Null
 * values are generated.
 *
 * @param name the business (and WABA, app) name
 * @param appSecret the app secret, or null for a generated one
 * @param accessToken the access token, or null for a generated one
 * @param callbackUrl the app's webhook URL, or null for none
 */
public record TenantSpec(String name, @Nullable String appSecret, @Nullable String accessToken,
    @Nullable String callbackUrl) {

  /** A tenant named {@code name} with everything generated. */
  public static TenantSpec named(String name) {
    return new TenantSpec(name, null, null, null);
  }
}
