package dev.flowkit.junit.assertions;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.NullNode;

/**
 * Whether one JSON object holds another: every key of the expected object is present with an equal value, objects
 * compared the same way at any depth, arrays and scalars compared whole, numbers by value ({@code 2} equals
 * {@code 2.0}).
 */
final class JsonSubset {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private JsonSubset() {}

  /** A Java value (String, Number, Boolean, Map, List, JsonNode, null) as JSON. */
  static JsonNode toJson(@Nullable Object value) {
    if (value == null) {
      return NullNode.getInstance();
    }
    return value instanceof JsonNode ? (JsonNode) value : MAPPER.valueToTree(value);
  }

  /**
   * Parses a JSON object.
   *
   * @throws IllegalArgumentException if the text is not a JSON object (the message does not quote the text)
   */
  static JsonNode parseObject(String json) {
    JsonNode node;
    try {
      node = MAPPER.readTree(json);
    } catch (JacksonException e) {
      throw new IllegalArgumentException("the expected JSON is not JSON: " + e.getOriginalMessage());
    }
    if (node == null || !node.isObject()) {
      throw new IllegalArgumentException("the expected JSON must be an object");
    }
    return node;
  }

  /**
   * The first place where {@code actual} does not hold {@code expected}, in words, with the values of the masked
   * keys shown as {@value Report#MASK}; empty when it holds it.
   */
  static Optional<String> mismatch(JsonNode actual, JsonNode expected, Set<String> masked) {
    return mismatch("", actual, expected, masked);
  }

  private static Optional<String> mismatch(String path, JsonNode actual, JsonNode expected, Set<String> masked) {
    if (expected.isObject() && actual.isObject()) {
      for (Map.Entry<String, JsonNode> entry : expected.properties()) {
        String key = entry.getKey();
        String where = path.isEmpty() ? key : path + "." + key;
        JsonNode value = actual.get(key);
        if (value == null) {
          List<String> keys = new ArrayList<>();
          actual.propertyNames().forEach(keys::add);
          return Optional.of("no key " + where + "; " + (path.isEmpty() ? "" : path + " has ") + "keys: "
              + Report.list(keys) + Report.closest("key", key, keys));
        }
        if (masked.contains(key)) {
          if (!same(value, entry.getValue())) {
            return Optional.of(where + " differs (a sensitive value, masked)");
          }
          continue;
        }
        Optional<String> inner = mismatch(where, value, entry.getValue(), masked);
        if (inner.isPresent()) {
          return inner;
        }
      }
      return Optional.empty();
    }
    if (same(actual, expected)) {
      return Optional.empty();
    }
    return Optional.of((path.isEmpty() ? "the value" : path) + " is " + Report.masked(actual, masked)
        + ", expected " + Report.masked(expected, masked));
  }

  static boolean same(JsonNode actual, JsonNode expected) {
    if (actual.isNumber() && expected.isNumber()) {
      return actual.decimalValue().compareTo(expected.decimalValue()) == 0;
    }
    return actual.equals(expected);
  }
}
