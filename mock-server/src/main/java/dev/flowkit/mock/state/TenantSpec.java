package dev.flowkit.mock.state;

import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * What to create for one tenant: a business with one WABA, one phone number, one app and one access token. Null
 * values are generated; given ids let an app's configuration stay the same from one fresh mock to the next.
 *
 * @param name the business (and WABA, app) name
 * @param appSecret the app secret, or null for a generated one
 * @param accessToken the access token, or null for a generated one
 * @param callbackUrl the app's webhook URL, or null for none
 * @param wabaId the WABA's id (1 to 20 digits), or null for a generated one
 * @param phoneNumberId the phone number's id (1 to 20 digits, not the WABA's), or null for a generated one
 * @param verifyToken the app's webhook verify token (visible characters, no spaces), or null for a generated one
 */
public record TenantSpec(String name, @Nullable String appSecret, @Nullable String accessToken,
    @Nullable String callbackUrl, @Nullable String wabaId, @Nullable String phoneNumberId,
    @Nullable String verifyToken) {

  private static final Pattern ID = Pattern.compile("[0-9]{1,20}");
  private static final Pattern TOKEN = Pattern.compile("[\\x21-\\x7e]{1,200}");

  /**
   * Checks the given ids and token.
   *
   * @throws IllegalArgumentException naming the setting that is malformed, or the two ids when they are equal
   */
  public TenantSpec {
    check(wabaId, ID, "the WABA id", "1 to 20 digits");
    check(phoneNumberId, ID, "the phone number id", "1 to 20 digits");
    check(verifyToken, TOKEN, "the verify token", "1 to 200 visible characters without spaces");
    if (wabaId != null && wabaId.equals(phoneNumberId)) {
      throw new IllegalArgumentException("the WABA id and the phone number id must differ, both are " + wabaId);
    }
  }

  /** A tenant with generated ids and verify token. */
  public TenantSpec(String name, @Nullable String appSecret, @Nullable String accessToken,
      @Nullable String callbackUrl) {
    this(name, appSecret, accessToken, callbackUrl, null, null, null);
  }

  /** A tenant named {@code name} with everything generated. */
  public static TenantSpec named(String name) {
    return new TenantSpec(name, null, null, null);
  }

  private static void check(@Nullable String value, Pattern pattern, String what, String rule) {
    if (value != null && !pattern.matcher(value).matches()) {
      throw new IllegalArgumentException(what + " must be " + rule);
    }
  }
}
