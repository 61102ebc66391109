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

  /** {@code navigate} to a screen, with no payload. */
  public static Action navigate(String screen) {
    return new Action("navigate", Optional.of(new Next("screen", screen, Extras.none())), Optional.empty(),
        Optional.empty(), Extras.none());
  }

  /** {@code navigate} to a screen; the payload becomes that screen's data (see {@link Payload#of(Object...)}). */
  public static Action navigate(String screen, Map<String, JsonNode> payload) {
    return new Action("navigate", Optional.of(new Next("screen", screen, Extras.none())), Optional.of(payload),
        Optional.empty(), Extras.none());
  }

  /** {@code data_exchange} with the endpoint, sending the payload. */
  public static Action dataExchange(Map<String, JsonNode> payload) {
    return new Action("data_exchange", Optional.empty(), Optional.of(payload), Optional.empty(), Extras.none());
  }

  /** {@code complete}: finish the flow, sending the payload to the business. */
  public static Action complete(Map<String, JsonNode> payload) {
    return new Action("complete", Optional.empty(), Optional.of(payload), Optional.empty(), Extras.none());
  }

  /** {@code update_data} (6.0+): merge the payload into the current screen's data. */
  public static Action updateData(Map<String, JsonNode> payload) {
    return new Action("update_data", Optional.empty(), Optional.of(payload), Optional.empty(), Extras.none());
  }

  /** {@code open_url} (6.0+): open a link in the phone's browser. */
  public static Action openUrl(String url) {
    return new Action("open_url", Optional.empty(), Optional.empty(), Optional.of(url), Extras.none());
  }
}
