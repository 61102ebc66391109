package dev.flowkit.mock.webhook;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.StateStore;
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
   * The callback a webhook of {@code field} for {@code wabaId} goes to: the first app subscribed to the WABA and to
   * the field that has a callback URL, signed with that app's secret. Section 6.1's per-number and per-WABA
   * overrides take precedence over the app's URL once they are recorded on the state (messages part of issue 6).
   */
  public static Optional<WebhookTarget> targetFor(PlatformState state, String wabaId, @Nullable String phoneNumberId,
      String field) {
    for (App app : state.apps().values()) {
      if (app.callbackUrl() != null && app.subscribedWabaIds().contains(wabaId)
          && app.subscribedFields().contains(field)) {
        return Optional.of(new WebhookTarget(URI.create(app.callbackUrl()), AppSecret.of(app.secret())));
      }
    }
    return Optional.empty();
  }

  /** Stops the dispatcher: pending deliveries are cancelled. */
  @Override
  public void close() {
    dispatcher.close();
  }
}
