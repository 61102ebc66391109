package dev.flowkit.webhook;

import tools.jackson.databind.JsonNode;

/**
 * Something FlowKit does not model, kept verbatim rather than dropped: a change of an unknown {@code field}, a
 * {@code flows} event of an unknown kind or status, a message status of an unknown value.
 *
 * @param businessAccountId {@code entry[].id}
 * @param field the change's {@code field}, e.g. {@code messages}, {@code flows}, {@code account_update}
 * @param json the smallest whole piece not understood: the change's {@code value}, or the {@code statuses[]}
 *     element
 */
public record UnknownEvent(String businessAccountId, String field, JsonNode json) implements WebhookEvent {

  /** Names the value's fields, never their values: FlowKit cannot know which of them are private. */
  @Override
  public String toString() {
    return "UnknownEvent[businessAccountId=" + businessAccountId + ", field=" + field + ", fields="
        + json.propertyNames() + "]";
  }
}
