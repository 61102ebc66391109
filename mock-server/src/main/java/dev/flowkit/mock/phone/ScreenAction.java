package dev.flowkit.mock.phone;

import dev.flowkit.json.Action;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * An action as the engine runs it, read either from the typed model or from data (a data-source item bound to
 * {@code ${data.options}} carries its {@code on-select-action} as JSON).
 */
record ScreenAction(String name, Optional<String> next, Optional<ObjectNode> payload, Optional<String> url) {

  static ScreenAction of(Action action) {
    ObjectNode payload = null;
    if (action.payload().isPresent()) {
      payload = JsonNodeFactory.instance.objectNode();
      for (var entry : action.payload().get().entrySet()) {
        payload.set(entry.getKey(), entry.getValue());
      }
    }
    return new ScreenAction(action.name(), action.next().map(Action.Next::name), Optional.ofNullable(payload),
        action.url());
  }

  static Optional<ScreenAction> of(@Nullable JsonNode json) {
    if (json == null || !json.isObject() || !json.path("name").isString()) {
      return Optional.empty();
    }
    JsonNode next = json.path("next").path("name");
    JsonNode payload = json.get("payload");
    JsonNode url = json.get("url");
    return Optional.of(new ScreenAction(json.get("name").asString(),
        next.isString() ? Optional.of(next.asString()) : Optional.empty(),
        payload instanceof ObjectNode object ? Optional.of(object) : Optional.empty(),
        url != null && url.isString() ? Optional.of(url.asString()) : Optional.empty()));
  }
}
