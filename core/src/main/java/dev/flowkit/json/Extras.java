package dev.flowkit.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The properties of one JSON object that the model keeps verbatim: unknown ones, and known ones whose JSON type
 * is not the modelled one. In their original order. Immutable; the JSON values are copies taken on reading.
 *
 * @param properties name to value
 */
public record Extras(Map<String, JsonNode> properties) {

  private static final Extras NONE = new Extras(Map.of());

  /** A copy of the given properties, order kept. */
  public Extras {
    properties = Collections.unmodifiableMap(new LinkedHashMap<>(properties));
  }

  /** No extra properties. */
  public static Extras none() {
    return NONE;
  }

  /** Whether there are none. */
  public boolean isEmpty() {
    return properties.isEmpty();
  }

  /** These properties plus one more (replacing a property of the same name). */
  public Extras with(String name, JsonNode value) {
    Map<String, JsonNode> copy = new LinkedHashMap<>(properties);
    copy.put(name, value.deepCopy());
    return new Extras(copy);
  }

  /** Gathers the properties a reader did not take, in order; allocates nothing when there are none. */
  static final class Collector {

    private Map<String, JsonNode> properties;

    void add(String name, JsonNode value) {
      if (properties == null) {
        properties = new LinkedHashMap<>();
      }
      properties.put(name, value.deepCopy());
    }

    Extras done() {
      return properties == null ? NONE : new Extras(properties);
    }
  }
}
