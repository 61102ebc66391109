package dev.flowkit.mock.state;

import java.time.Instant;
import java.util.List;

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

  /** Creates the tenant's objects in {@code state} with fresh ids and returns them. */
  public static Tenant create(PlatformState state, Ids ids, TenantSpec spec) {
    Business business = new Business(ids.objectId(state), spec.name());
    state.businesses().put(business.id(), business);
    Waba waba = new Waba(ids.objectId(state), business.id(), spec.name(), "1", ids.templateNamespace());
    state.wabas().put(waba.id(), waba);
    PhoneNumber phone = new PhoneNumber(ids.objectId(state), waba.id(), ids.displayPhoneNumber(), spec.name(),
        null, null);
    state.phoneNumbers().put(phone.id(), phone);
    App app = new App(ids.objectId(state), business.id(), spec.name() + " app",
        spec.appSecret() == null ? ids.appSecret() : spec.appSecret(), spec.callbackUrl(), ids.verifyToken(),
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
}
