package dev.flowkit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads the properties of one JSON object into typed values. A property is <em>taken</em> only when its JSON type
 * fits; everything not taken ends in {@link #extras()}, verbatim and in order. That is what makes reading lossless.
 */
final class Props {

  private final JsonNode node;
  private final JsonPath path;
  private final Locator locator;
  // A Flow JSON object has a handful of properties: a small list beats hashing each name.
  private final List<String> taken = new ArrayList<>(8);

  Props(JsonNode node, JsonPath path, Locator locator) {
    this.node = node;
    this.path = path;
    this.locator = locator;
  }

  JsonPath path() {
    return path;
  }

  Locator locator() {
    return locator;
  }

  JsonPath path(String name) {
    return path.property(name);
  }

  boolean has(String name) {
    return node.has(name);
  }

  /** The raw value without taking it, or null. */
  JsonNode peek(String name) {
    return node.get(name);
  }

  /** Takes a property after the caller has read it from {@link #peek(String)}. */
  <T> Optional<T> takeIf(String name, Optional<T> value) {
    value.ifPresent(ignored -> taken.add(name));
    return value;
  }

  Optional<Integer> integer(String name) {
    JsonNode value = node.get(name);
    return value != null && value.isInt() ? take(name, value.intValue()) : Optional.empty();
  }

  Optional<String> string(String name) {
    JsonNode value = node.get(name);
    return value != null && value.isString() ? take(name, value.asString()) : Optional.empty();
  }

  Optional<Boolean> bool(String name) {
    JsonNode value = node.get(name);
    return value != null && value.isBoolean() ? take(name, value.asBoolean()) : Optional.empty();
  }

  Optional<Bindable<String>> text(String name) {
    return string(name).map(Bindable::ofText);
  }

  Optional<Bindable<Boolean>> bindableBool(String name) {
    JsonNode value = node.get(name);
    if (value != null && value.isBoolean()) {
      return take(name, Bindable.of(value.asBoolean()));
    }
    return dynamic(name, value);
  }

  Optional<Bindable<Integer>> bindableInt(String name) {
    JsonNode value = node.get(name);
    if (value != null && value.isInt()) {
      return take(name, Bindable.of(value.intValue()));
    }
    return dynamic(name, value);
  }

  Optional<Bindable<Number>> bindableNumber(String name) {
    JsonNode value = node.get(name);
    if (value != null && value.isNumber()) {
      return take(name, Bindable.of(value.numberValue()));
    }
    return dynamic(name, value);
  }

  /** Any JSON value, kept as it is (the record that receives it takes its own copy). */
  Optional<JsonNode> raw(String name) {
    JsonNode value = node.get(name);
    return value != null ? take(name, value) : Optional.empty();
  }

  /** An array of strings; an array holding anything else stays in extras. */
  Optional<List<String>> strings(String name) {
    JsonNode value = node.get(name);
    if (value == null || !value.isArray()) {
      return Optional.empty();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : value) {
      if (!item.isString()) {
        return Optional.empty();
      }
      out.add(item.asString());
    }
    return take(name, out);
  }

  Optional<JsonNode> object(String name) {
    JsonNode value = node.get(name);
    return value != null && value.isObject() ? take(name, value) : Optional.empty();
  }

  Optional<JsonNode> array(String name) {
    JsonNode value = node.get(name);
    return value != null && value.isArray() ? take(name, value) : Optional.empty();
  }

  /** Marks a property as handled by the caller. */
  void markTaken(String name) {
    taken.add(name);
  }

  Extras extras() {
    Map<String, JsonNode> rest = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!taken.contains(entry.getKey())) {
        rest.put(entry.getKey(), entry.getValue().deepCopy());
      }
    }
    return rest.isEmpty() ? Extras.none() : new Extras(rest);
  }

  /** A reading error at this object, with its position when the text is known. */
  InvalidFlowJsonException error(String problem) {
    return error(problem, path);
  }

  InvalidFlowJsonException error(String problem, JsonPath at) {
    int[] position = locator.find(at.pointer());
    return new InvalidFlowJsonException(problem, at.display(), position[0], position[1]);
  }

  private <T> Optional<Bindable<T>> dynamic(String name, JsonNode value) {
    if (value != null && value.isString() && Bindable.Dynamic.isDynamic(value.asString())) {
      return take(name, Bindable.dynamic(value.asString()));
    }
    return Optional.empty();
  }

  private <T> Optional<T> take(String name, T value) {
    taken.add(name);
    return Optional.of(value);
  }
}
