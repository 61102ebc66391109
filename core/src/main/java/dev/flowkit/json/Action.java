package dev.flowkit.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * An action ({@code on-click-action}, {@code on-select-action}, {@code on-unselect-action}). Immutable.
 *
 * @param name {@code name}: {@code navigate}, {@code data_exchange}, {@code complete}, {@code update_data} (6.0+)
 *     or {@code open_url} (6.0+)
 * @param next {@code next}, navigate only
 * @param payload {@code payload}: field to literal, binding or expression, in document order
 * @param url {@code url}, open_url only
 * @param extras properties not modelled here, verbatim
 */
public record Action(String name, Optional<Next> next, Optional<Map<String, JsonNode>> payload, Optional<String> url,
    Extras extras) {

  /** Copies the payload; nothing may be null. */
  public Action {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(next, "next");
    payload = payload.map(Action::copy);
    Objects.requireNonNull(url, "url");
    Objects.requireNonNull(extras, "extras");
  }

  private static Map<String, JsonNode> copy(Map<String, JsonNode> payload) {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    payload.forEach((key, value) -> copy.put(key, value.deepCopy()));
    return Collections.unmodifiableMap(copy);
  }

  /**
   * A navigate action's {@code next}.
   *
   * @param type {@code type}, {@code "screen"}
   * @param name {@code name}: the target screen id
   * @param extras properties not modelled here, verbatim
   */
  public record Next(String type, String name, Extras extras) {
    /** Nothing may be null. */
    public Next {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(name, "name");
      Objects.requireNonNull(extras, "extras");
    }
  }
}
