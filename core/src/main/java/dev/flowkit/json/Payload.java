package dev.flowkit.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Builds the JSON objects of action payloads and Form {@code init-values} from Java values, in the order given:
 * {@code Payload.of("email", Ref.form("email"), "source", "app", "count", 3)}. Values may be a {@link Ref},
 * a {@link String}, {@link Boolean}, number, {@link JsonNode}, {@link Map} or {@link Collection} of those.
 */
public final class Payload {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private Payload() {}

  /**
   * An ordered payload from key, value pairs.
   *
   * @throws IllegalArgumentException if the pairs do not pair up, a key is not a string, or a value has no JSON form
   */
  public static Map<String, JsonNode> of(Object... keysAndValues) {
    if (keysAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("a payload is written as key, value pairs; got an odd number of arguments");
    }
    Map<String, JsonNode> payload = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      if (!(keysAndValues[i] instanceof String key)) {
        throw new IllegalArgumentException("payload key " + (i / 2 + 1) + " is not a string: " + keysAndValues[i]);
      }
      payload.put(key, toJson(keysAndValues[i + 1]));
    }
    return Collections.unmodifiableMap(payload);
  }

  /** The JSON form of a Java value (see the class documentation). */
  public static JsonNode toJson(Object value) {
    if (value instanceof JsonNode node) {
      return node.deepCopy();
    } else if (value instanceof Ref ref) {
      return NODES.stringNode(ref.expression());
    } else if (value instanceof Bindable<?> bindable) {
      return Out.toNode(bindable);
    } else if (value instanceof String s) {
      return NODES.stringNode(s);
    } else if (value instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (value instanceof Integer n) {
      return NODES.numberNode(n);
    } else if (value instanceof Long n) {
      return NODES.numberNode(n);
    } else if (value instanceof Double n) {
      return NODES.numberNode(n);
    } else if (value instanceof BigDecimal n) {
      return NODES.numberNode(n);
    } else if (value instanceof BigInteger n) {
      return NODES.numberNode(n);
    } else if (value instanceof Map<?, ?> map) {
      var object = NODES.objectNode();
      map.forEach((k, v) -> object.set(String.valueOf(k), toJson(v)));
      return object;
    } else if (value instanceof Collection<?> items) {
      var array = NODES.arrayNode();
      items.forEach(item -> array.add(toJson(item)));
      return array;
    }
    throw new IllegalArgumentException("no JSON form for " + (value == null ? "null" : value.getClass().getName())
        + "; use a Ref, String, Boolean, number, JsonNode, Map or Collection");
  }
}
