package dev.flowkit.mock.webhook;

import java.net.URI;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A snapshot of one webhook delivery in the {@link DeliveryJournal}. Immutable; never holds the app secret.
 *
 * @param id the journal's id for it, e.g. {@code d-17}
 * @param kind what the webhook is about
 * @param target the callback URL; empty for {@link DeliveryState#NO_TARGET}
 * @param created when it was dispatched
 * @param payload the exact body sent (or that would have been sent)
 * @param duplicateOf the id of the delivery this one duplicates, when made by the duplicate fault
 * @param attempts every attempt so far, oldest first
 * @param state where it stands
 */
public record Delivery(String id, WebhookKind kind, Optional<URI> target, Instant created, String payload,
    Optional<String> duplicateOf, List<Attempt> attempts, DeliveryState state) {

  /** Copies the attempts. */
  public Delivery {
    attempts = List.copyOf(attempts);
  }

  /**
   * One POST to the callback URL.
   *
   * @param at when it started
   * @param status the HTTP status answered; empty when no answer came
   * @param error why no answer came (connection refused, timeout…); empty when one came
   */
  public record Attempt(Instant at, OptionalInt status, Optional<String> error) {}

  /**
   * The delivery as JSON for the control API: {@code id}, {@code kind}, {@code target}, {@code created},
   * {@code state}, {@code duplicate_of}, {@code attempts} ({@code at}, {@code status} or {@code error}) and
   * {@code payload} (the body as a JSON tree).
   */
  public ObjectNode toJson() {
    ObjectNode json = WebhookJson.object();
    json.put("id", id);
    json.put("kind", kind.name());
    if (target.isPresent()) {
      json.put("target", target.get().toString());
    } else {
      json.putNull("target");
    }
    json.put("created", created.toString());
    json.put("state", state.name());
    duplicateOf.ifPresent(original -> json.put("duplicate_of", original));
    ArrayNode list = json.putArray("attempts");
    for (Attempt attempt : attempts) {
      ObjectNode item = list.addObject();
      item.put("at", attempt.at().toString());
      attempt.status().ifPresent(status -> item.put("status", status));
      attempt.error().ifPresent(error -> item.put("error", error));
    }
    json.set("payload", WebhookJson.MAPPER.readTree(payload));
    return json;
  }
}
