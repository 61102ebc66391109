package dev.flowkit.mock.state;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * One tenant's objects, as created from a {@link TenantSpec}.
 *
 * @param business the business
 * @param waba its WABA
 * @param phoneNumber the WABA's phone number
 * @param app the business's app, subscribed to the WABA and to the {@code messages} and {@code flows} fields
 * @param token an access token of the app, never expiring, with both WhatsApp permissions
 */
public record Tenant(Business business, Waba waba, PhoneNumber phoneNumber, App app, AccessToken token) {

  /**
   * Creates the tenant's objects in {@code state} with the spec's ids, fresh ones where it gives none, and returns
   * them.
   *
   * @throws IllegalArgumentException if a given id is already taken, or the access token is
   */
  public static Tenant create(PlatformState state, Ids ids, TenantSpec spec) {
    String wabaId = given(state, spec.wabaId(), "WABA");
    String phoneNumberId = given(state, spec.phoneNumberId(), "phone number");
    Business business = new Business(unused(state, ids, Arrays.asList(wabaId, phoneNumberId)), spec.name());
    state.businesses().put(business.id(), business);
    Waba waba = new Waba(wabaId == null ? unused(state, ids, Arrays.asList(phoneNumberId)) : wabaId, business.id(),
        spec.name(), "1", ids.templateNamespace());
    state.wabas().put(waba.id(), waba);
    PhoneNumber phone = new PhoneNumber(phoneNumberId == null ? ids.objectId(state) : phoneNumberId, waba.id(),
        ids.displayPhoneNumber(), spec.name(), null, null);
    state.phoneNumbers().put(phone.id(), phone);
    App app = new App(ids.objectId(state), business.id(), spec.name() + " app",
        spec.appSecret() == null ? ids.appSecret() : spec.appSecret(), spec.callbackUrl(),
        spec.verifyToken() == null ? ids.verifyToken() : spec.verifyToken(),
        List.of("messages", "flows"), List.of(waba.id()));
    state.apps().put(app.id(), app);
    String tokenText = spec.accessToken() == null ? ids.accessToken() : spec.accessToken();
    if (state.tokens().containsKey(tokenText)) {
      throw new IllegalArgumentException("that access token is already in use by another tenant");
    }
    AccessToken token = new AccessToken(tokenText, app.id(), AccessToken.ALL_PERMISSIONS, (Instant) null);
    state.tokens().put(token.token(), token);
    return new Tenant(business, waba, phone, app, token);
  }

  /** A given id, which no object may have yet. */
  private static @Nullable String given(PlatformState state, @Nullable String id, String what) {
    if (id != null && state.usesId(id)) {
      throw new IllegalArgumentException("the " + what + " id " + id + " is already the id of another object");
    }
    return id;
  }

  /** A fresh id that is neither in use nor one of the given ids still to be created. */
  private static String unused(PlatformState state, Ids ids, List<@Nullable String> reserved) {
    while (true) {
      String id = ids.objectId(state);
      if (!reserved.contains(id)) {
        return id;
      }
    }
  }
}
