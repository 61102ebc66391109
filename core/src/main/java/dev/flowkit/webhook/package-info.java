/**
 * Receiving WhatsApp webhooks: signature check, subscription handshake and typed events.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.create(AppSecret.of(secret), verifyToken);
 * HandshakeReply reply = verifier.handshake(rawQuery);                 // GET: 200 + challenge, or 403
 * WebhookNotification n = verifier.verifyAndParse(rawBody, header);   // POST: HubSignatureException, WebhookParseException
 * for (WebhookEvent event : n.events()) {
 *   if (event instanceof FlowCompletion completion) { ... completion.flowToken() ... completion.response() ... }
 * }
 * }</pre>
 * {@link dev.flowkit.webhook.WebhookHttpHandler} mounts the same on the JDK's built-in HTTP server.
 *
 * <h2>Tolerance</h2>
 * Fields FlowKit does not model are ignored; change fields, flow events, message statuses and flow statuses it
 * does not know become {@link dev.flowkit.webhook.UnknownEvent}s holding the JSON verbatim, so nothing WhatsApp
 * adds later is dropped. Incoming user messages other than flow completions become
 * {@link dev.flowkit.webhook.IncomingMessage}s. What is known but broken (a completion whose
 * {@code response_json} is not a JSON object, a status without an id) is a
 * {@link dev.flowkit.webhook.WebhookParseException} naming the spot.
 *
 * <h2>Security</h2>
 * Verify the signature on the bytes as received, before parsing. No exception message or {@code toString()} in
 * this package contains the app secret, the verify token or a value from the body: a completion's response may
 * carry what the user typed into a {@code sensitive} field.
 */
@NullMarked
package dev.flowkit.webhook;

import org.jspecify.annotations.NullMarked;
