/**
 * Webhook delivery out of the mock platform (platform spec §6.2–§6.7): the envelopes WhatsApp sends, serialised
 * and signed as WhatsApp does, and a dispatcher that POSTs them to the business's callback URL with retries,
 * faults for testing idempotency, and a bounded delivery journal.
 *
 * <pre>{@code
 * try (WebhookDispatcher hooks = WebhookDispatcher.builder().build()) {
 *   WebhookTarget target = new WebhookTarget(URI.create("http://127.0.0.1:8080/webhook"), AppSecret.of(secret));
 *   hooks.dispatch(Optional.of(target), WebhookEnvelopes.flowCreated(wabaId, now, flowId, "clinic booking"));
 *   hooks.journal().awaitState(DeliveryState.DELIVERED, 1, Duration.ofSeconds(5));
 * }
 * }</pre>
 *
 * <h2>Security</h2>
 * The app secret only ever signs: no journal entry, exception message, {@code toString()} or JSON output of this
 * package contains it.
 */
@NullMarked
package dev.flowkit.mock.webhook;

import org.jspecify.annotations.NullMarked;
