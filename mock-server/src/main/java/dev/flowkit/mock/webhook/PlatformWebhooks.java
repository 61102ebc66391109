package dev.flowkit.mock.webhook;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.WebhookOverride;
import java.net.URI;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The platform's webhooks out: where a webhook for a WABA (and a phone number) goes. Route groups send through
 * {@link #send}; the dispatcher signs, retries and records (its journal and faults are on the control API).
 */
public final class PlatformWebhooks implements AutoCloseable {

  private final StateStore store;
  private final WebhookDispatcher dispatcher;

  /** Webhooks of {@code store}'s tenants, delivered by {@code dispatcher} (closed with this). */
  public PlatformWebhooks(StateStore store, WebhookDispatcher dispatcher) {
    this.store = store;
    this.dispatcher = dispatcher;
  }

  /** The dispatcher: its journal and faults. */
  public WebhookDispatcher dispatcher() {
    return dispatcher;
  }

  /**
   * Sends {@code webhook} for {@code field} ({@code messages} or {@code flows}) of a WABA to its effective callback
   * (see {@link #targetFor}); recorded as having no target when there is none.
   *
   * @return the journal id of the delivery
   */
  public String send(String wabaId, @Nullable String phoneNumberId, String field, OutgoingWebhook webhook) {
    return dispatcher.dispatch(store.read(s -> targetFor(s, wabaId, phoneNumberId, field)), webhook);
  }

  /**
   * The callback a webhook of {@code field} for {@code wabaId} (and {@code phoneNumberId}) goes to, section 6.1's
   * precedence: for the first app subscribed to the WABA and to the field, the phone number's override it set, else
   * its override for the WABA, else its own callback URL; signed with that app's secret. Empty when no such app has
   * any of them.
   */
  public static Optional<WebhookTarget> targetFor(PlatformState state, String wabaId, @Nullable String phoneNumberId,
      String field) {
    for (App app : state.apps().values()) {
      if (!app.subscribedWabaIds().contains(wabaId) || !app.subscribedFields().contains(field)) {
        continue;
      }
      String url = override(state, phoneNumberId, app)
          .or(() -> override(state, wabaId, app))
          .orElse(app.callbackUrl());
      if (url != null) {
        return Optional.of(new WebhookTarget(URI.create(url), AppSecret.of(app.secret())));
      }
    }
    return Optional.empty();
  }

  private static Optional<String> override(PlatformState state, @Nullable String objectId, App app) {
    return Optional.ofNullable(objectId == null ? null : state.webhookOverrides().get(objectId))
        .filter(o -> o.appId().equals(app.id())).map(WebhookOverride::callbackUrl);
  }

  /** Stops the dispatcher: pending deliveries are cancelled. */
  @Override
  public void close() {
    dispatcher.close();
  }
}
