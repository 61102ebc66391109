package dev.flowkit.mock.phone;

import dev.flowkit.json.DataModel;
import dev.flowkit.json.Screen;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks data given to a screen (an endpoint response, the opening payload, a navigate payload) against the
 * screen's declared data model (Flow JSON §3.4; platform.md §5.4): each declared key's JSON type, recursively
 * into objects ({@code properties}, {@code required}) and arrays ({@code items}). Keys the model does not declare
 * are dropped and reported, as one third-party note says the client does (UNCERTAIN: it may reject them).
 *
 * @param kept the data with undeclared keys removed
 * @param dropped the undeclared keys
 * @param problems what does not match, naming keys and types, never values; empty when the data fits
 */
record ScreenDataCheck(ObjectNode kept, List<String> dropped, List<String> problems) {

  static ScreenDataCheck check(Screen screen, ObjectNode data, boolean requireDeclared) {
    Map<String, JsonNode> fields = screen.data().map(DataModel::fields).orElse(Map.of());
    ObjectNode kept = ScreenResolver.NODES.objectNode();
    List<String> dropped = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    for (var entry : data.properties()) {
      JsonNode schema = fields.get(entry.getKey());
      if (schema == null) {
        dropped.add(entry.getKey());
      } else {
        kept.set(entry.getKey(), entry.getValue());
        match(Where.key(entry.getKey()), schema, entry.getValue(), problems);
      }
    }
    if (requireDeclared) {
      List<String> missing = fields.keySet().stream().filter(key -> !data.has(key)).toList();
      if (!missing.isEmpty()) {
        problems.add("missing declared keys " + missing);
      }
    }
    return new ScreenDataCheck(kept, dropped, problems);
  }

  /**
   * Where a value sits, e.g. {@code slots[3].title}: built as text only for a problem, since a check of a fitting
   * response (the common case) would otherwise build one string per value.
   */
  private record Where(@Nullable Where parent, String key, int index) {

    static Where key(String key) {
      return new Where(null, key, -1);
    }

    Where property(String name) {
      return new Where(this, name, -1);
    }

    Where element(int i) {
      return new Where(this, "", i);
    }

    @Override
    public String toString() {
      String prefix = parent == null ? "" : parent.toString();
      return index >= 0 ? prefix + "[" + index + "]" : parent == null ? key : prefix + "." + key;
    }
  }

  private static void match(Where path, JsonNode schema, JsonNode value, List<String> problems) {
    String type = schema.path("type").asString("");
    boolean fits = switch (type) {
      case "string" -> value.isString();
      case "number" -> value.isNumber();
      case "integer" -> value.isIntegralNumber() || value.isNumber() && value.decimalValue().stripTrailingZeros().scale() <= 0;
      case "boolean" -> value.isBoolean();
      case "object" -> value.isObject();
      case "array" -> value.isArray();
      default -> true; // an unknown schema type is the validator's business
    };
    if (!fits) {
      problems.add("'" + path + "' should be " + type + " but is " + typeOf(value));
      return;
    }
    if (value.isObject()) {
      JsonNode required = schema.get("required");
      if (required != null) {
        for (JsonNode name : required) {
          if (!value.has(name.asString())) {
            problems.add("'" + path + "' misses required property '" + name.asString() + "'");
          }
        }
      }
      JsonNode properties = schema.get("properties");
      if (properties != null && !properties.isEmpty()) {
        for (var entry : value.properties()) {
          JsonNode inner = properties.get(entry.getKey());
          if (inner != null) {
            match(path.property(entry.getKey()), inner, entry.getValue(), problems);
          }
        }
      }
    } else if (value.isArray()) {
      JsonNode items = schema.get("items");
      if (items != null) {
        for (int i = 0; i < value.size(); i++) {
          match(path.element(i), items, value.get(i), problems);
        }
      }
    }
  }

  private static String typeOf(JsonNode value) {
    if (value.isString()) {
      return "string";
    } else if (value.isIntegralNumber()) {
      return "integer";
    } else if (value.isNumber()) {
      return "number";
    } else if (value.isBoolean()) {
      return "boolean";
    } else if (value.isObject()) {
      return "object";
    } else if (value.isArray()) {
      return "array";
    }
    return "null";
  }
}
