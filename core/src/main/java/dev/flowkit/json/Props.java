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

  private static final String[] NO_NAMES = new String[0];
  private static final JsonNode[] NO_VALUES = new JsonNode[0];
  private static final int[] NO_HASHES = new int[0];

  // A Flow JSON object has a few properties, and a reader asks for many that are absent: one pass copies the
  // present ones into arrays, and each question is then a short scan instead of a hash lookup.
  private final String[] names;
  private final int[] hashes;
  private final JsonNode[] values;
  private final boolean[] taken;
  private final JsonPath path;
  private final Locator locator;

  Props(JsonNode node, JsonPath path, Locator locator) {
    this.path = path;
    this.locator = locator;
    int size = node.isObject() ? node.size() : 0;
    this.names = size == 0 ? NO_NAMES : new String[size];
    this.hashes = size == 0 ? NO_HASHES : new int[size];
    this.values = size == 0 ? NO_VALUES : new JsonNode[size];
    this.taken = new boolean[size];
    int i = 0;
    if (size > 0) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        names[i] = entry.getKey();
        hashes[i] = names[i].hashCode();
        values[i++] = entry.getValue();
      }
    }
  }

  private int indexOf(String name) {
    int hash = name.hashCode();
    for (int i = 0; i < hashes.length; i++) {
      if (hashes[i] == hash && names[i].equals(name)) {
        return i;
      }
    }
    return -1;
  }

  private JsonNode get(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  JsonPath path() {
    return path;
  }


  JsonPath path(String name) {
    return path.property(name);
  }

  boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /** The raw value without taking it, or null. */
  JsonNode peek(String name) {
    return get(name);
  }

  /** Takes a property after the caller has read it from {@link #peek(String)}. */
  <T> Optional<T> takeIf(String name, Optional<T> value) {
    if (value.isPresent()) {
      markTaken(name);
    }
    return value;
  }


  Optional<String> string(String name) {
    JsonNode value = get(name);
    return value != null && value.isString() ? take(name, value.asString()) : Optional.empty();
  }

  Optional<Boolean> bool(String name) {
    JsonNode value = get(name);
    return value != null && value.isBoolean() ? take(name, value.asBoolean()) : Optional.empty();
  }

  Optional<Bindable<String>> text(String name) {
    return string(name).map(Bindable::ofText);
  }





  /** An array of strings; an array holding anything else stays in extras. */
  Optional<List<String>> strings(String name) {
    JsonNode value = get(name);
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
    JsonNode value = get(name);
    return value != null && value.isObject() ? take(name, value) : Optional.empty();
  }

  Optional<JsonNode> array(String name) {
    JsonNode value = get(name);
    return value != null && value.isArray() ? take(name, value) : Optional.empty();
  }

  /** Marks a property as handled by the caller. */
  void markTaken(String name) {
    int i = indexOf(name);
    if (i >= 0) {
      taken[i] = true;
    }
  }

  Extras extras() {
    Map<String, JsonNode> rest = null;
    for (int i = 0; i < names.length; i++) {
      if (!taken[i]) {
        if (rest == null) {
          rest = new LinkedHashMap<>();
        }
        rest.put(names[i], values[i].deepCopy());
      }
    }
    return rest == null ? Extras.none() : new Extras(rest);
  }

  /** A reading error at this object, with its position when the text is known. */
  InvalidFlowJsonException error(String problem) {
    return error(problem, path);
  }

  InvalidFlowJsonException error(String problem, JsonPath at) {
    int[] position = locator.find(at.pointer());
    return new InvalidFlowJsonException(problem, at.display(), position[0], position[1]);
  }


  private <T> Optional<T> take(String name, T value) {
    markTaken(name);
    return Optional.of(value);
  }
}
