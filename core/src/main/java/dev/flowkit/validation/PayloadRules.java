package dev.flowkit.validation;

import dev.flowkit.expr.BindingTypes;
import dev.flowkit.expr.ExprType;
import dev.flowkit.expr.ExpressionException;
import dev.flowkit.expr.FlowExpressions;
import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.expr.PropertyValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Payloads against data models (spec/flow-json.md sections 6.2 and 6.5): a navigate payload must fit the next
 * screen's data model (checks vary by version, as in Meta's validator chains), and an update_data payload the
 * current screen's.
 *
 * <p>The type of each navigate payload value is checked against the field it fills: a literal by its JSON type
 * (INVALID_NAVIGATE_ACTION_STATIC_DATA), a binding or expression by its static type (INVALID_NAVIGATE_ACTION_PAYLOAD).
 * An integer fills a number field. Not yet here: the properties of nested objects.
 */
final class PayloadRules {

  private static final String NAVIGATE = "INVALID_NAVIGATE_ACTION_PAYLOAD";
  private static final String UPDATE = "INVALID_UPDATE_DATA_ACTION_PAYLOAD";

  private PayloadRules() {}

  static List<Finding> check(JsonNode root, String flowVersion, List<ScreenScope> scopes) {
    int version = FlowJsonVersions.number(flowVersion);
    FlowJsonVersion parsed = FlowJsonVersion.parse(flowVersion);
    Map<String, JsonNode> dataById = new HashMap<>();
    root.path("screens").forEach(screen -> dataById.put(screen.path("id").asString(""), screen.path("data")));
    List<Finding> findings = new ArrayList<>();
    JsonNode screens = root.path("screens");
    for (int i = 0; i < screens.size(); i++) {
      JsonNode screen = screens.get(i);
      String id = screen.path("id").asString("");
      String layout = "/screens/" + i + "/layout";
      int index = i;
      ComponentTree.forEachAction(screen.path("layout"), layout, (action, at) -> {
        String name = action.path("name").asString("");
        if (name.equals("navigate")) {
          String next = action.path("next").path("name").asString("");
          if (dataById.containsKey(next) && !next.equals(id)) {
            navigate(action, at, id, next, dataById.get(next), version, findings);
            types(action.path("payload"), at + "/payload", id, next, dataById.get(next), scopes.get(index), parsed,
                findings);
          }
        } else if (name.equals("update_data")) {
          update(action, at, id, screen.path("data"), findings);
        }
      });
      JsonNode children = screen.path("layout").path("children");
      boolean[] any = {false};
      ComponentTree.forEach(children, component -> any[0] |= onSelectAtBothLevels(component));
      if (any[0]) { // the walk that writes every component's pointer, only for a screen that needs one
        ComponentTree.forEach(children, layout + "/children", (component, at) -> {
          if (onSelectAtBothLevels(component)) {
            findings.add(Finding.atValue(UPDATE, "The 'on-select-action' property cannot be used at both the "
                + "component and data-source levels.", at + "/on-select-action"));
          }
        });
      }
    }
    return findings;
  }

  private static boolean onSelectAtBothLevels(JsonNode component) {
    if (!component.has("on-select-action")) {
      return false;
    }
    for (JsonNode item : component.path("data-source")) {
      if (item.has("on-select-action")) {
        return true;
      }
    }
    return false;
  }

  private static void navigate(JsonNode action, String at, String from, String to, JsonNode data, int version,
      List<Finding> findings) {
    Set<String> declared = new LinkedHashSet<>();
    data.propertyNames().forEach(declared::add);
    JsonNode payload = action.get("payload");
    if (payload == null) {
      if (!declared.isEmpty()) {
        findings.add(Finding.atValue("MISSING_NAVIGATION_ACTION_PAYLOAD", "Property 'payload' is required when the next "
            + "screen's data model is not empty.", at));
      }
      return;
    }
    if (!payload.isObject()) {
      return;
    }
    Set<String> sent = new LinkedHashSet<>();
    payload.propertyNames().forEach(sent::add);
    if (declared.isEmpty()) {
      if (!sent.isEmpty()) {
        findings.add(Finding.atValue(NAVIGATE, "No data model is defined in the next screen '" + to + "'.", at + "/payload"));
      }
      return;
    }
    List<String> unknown = sent.stream().filter(key -> !declared.contains(key)).toList();
    if (version >= 600) {
      for (String key : unknown) {
        findings.add(Finding.atValue(NAVIGATE, "The payload field '" + key + "' on screen '" + from + "' is missing in "
            + "the data model of screen '" + to + "'.", Pointers.child(at + "/payload", key)));
      }
    } else if (!unknown.isEmpty()) {
      findings.add(Finding.atValue(NAVIGATE, "Following fields are missing in the next screen's data model: ["
          + String.join(", ", unknown) + "].", at + "/payload"));
    }
    if (complete(version)) {
      List<String> missing = declared.stream().filter(key -> !sent.contains(key)).toList();
      if (!missing.isEmpty()) {
        findings.add(Finding.atValue(NAVIGATE, "Following fields are expected in the next screen's data model but "
            + "missing in payload: [" + String.join(", ", missing) + "].", at + "/payload"));
      }
    }
  }

  /** Each payload value against the type of the field it fills on the next screen (section 6.2). */
  private static void types(JsonNode payload, String at, String from, String to, JsonNode data, ScreenScope scope,
      FlowJsonVersion version, List<Finding> findings) {
    if (!payload.isObject()) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : payload.properties()) {
      String field = entry.getKey();
      JsonNode value = entry.getValue();
      ExprType expected = ScreenScope.type(data.path(field).path("type").asString(""));
      if (expected == ExprType.UNKNOWN) {
        continue; // an undeclared field is reported above; an unknown type is the data model rules' concern
      }
      String fieldAt = Pointers.child(at, field);
      if (!value.isString() || value.asString().indexOf("${") < 0 && !isBacktick(value.asString(), version)) {
        ExprType literal = literalType(value);
        if (value.isNull() || !fits(literal, expected)) {
          // Meta's text has no quotes around the type found (spec section 6.2).
          findings.add(Finding.atValue("INVALID_NAVIGATE_ACTION_STATIC_DATA", "Schema of payload data at '" + field
              + "' on screen '" + from + "' is not matching with schema of data model field on screen '" + to
              + "'. Property is expecting '" + expected.jsonName() + "' but got "
              + (value.isNull() ? "null" : literal.jsonName()) + ".", fieldAt));
        } else if (value.isObject() && complete(version.major() * 100 + version.minor())) {
          nested(value, data.path(field).path("properties"), fieldAt, from, to, findings);
        }
        continue;
      }
      ExprType found;
      try {
        PropertyValue parsed = FlowExpressions.parseProperty(value.asString(), version);
        if (parsed.bindings().stream().anyMatch(scope::readsMedia)) {
          continue; // a picker's value: PickerRules says where it may go
        }
        BindingTypes types = binding -> scope.resolve(binding).type();
        found = parsed.type(types);
      } catch (ExpressionException e) {
        continue; // the expression rules report it
      }
      if (!fits(found, expected)) {
        findings.add(Finding.atValue(NAVIGATE, "Schema of dynamic data '" + value.asString() + "' is not matching schema "
            + "of data model field '" + field + "' on screen '" + to + "'. Property is expecting '"
            + expected.jsonName() + "' but got '" + found.jsonName() + "'.", fieldAt));
      }
    }
  }

  /**
   * Whether the chain of this version wants every declared field sent: Meta's 5.x chain and its chains from 7.3,
   * not 6.0 to 7.2 (section 6.2). FlowKit applies the same versions to the properties of nested objects.
   */
  private static boolean complete(int version) {
    return (version >= 500 && version < 600) || version >= 703;
  }

  /** A literal object sent for an object field carries every property the field declares (section 6.2). */
  private static void nested(JsonNode value, JsonNode properties, String at, String from, String to,
      List<Finding> findings) {
    List<String> missing = new ArrayList<>();
    properties.propertyNames().forEach(name -> {
      if (!value.has(name)) {
        missing.add(name);
      }
    });
    if (!missing.isEmpty()) {
      findings.add(Finding.atValue(NAVIGATE, "Fields '[" + String.join(", ", missing) + "]' are missing in payload of "
          + "screen '" + from + "', but expected in data model of screen '" + to + "'.", at));
    }
  }

  private static boolean isBacktick(String text, FlowJsonVersion version) {
    return version.isAtLeast(FlowJsonVersion.V6_0) && DynamicValues.Rule.isBacktick(text);
  }

  private static ExprType literalType(JsonNode value) {
    return ScreenScope.type(SchemaRules.jsonType(value)); // null (and anything untyped) is UNKNOWN
  }

  /** An integer fills a number field; an unknown type (a value the validator cannot type) fills anything. */
  private static boolean fits(ExprType found, ExprType expected) {
    return found == expected || found == ExprType.UNKNOWN || (found == ExprType.INTEGER && expected == ExprType.NUMBER);
  }

  private static void update(JsonNode action, String at, String screen, JsonNode data, List<Finding> findings) {
    JsonNode payload = action.path("payload");
    if (!payload.isObject()) {
      return;
    }
    if (!data.isObject() || data.isEmpty()) {
      findings.add(Finding.atValue(UPDATE, "No data model is defined in the screen '" + screen + "'.", at + "/payload"));
      return;
    }
    List<String> unknown = new ArrayList<>();
    for (Map.Entry<String, JsonNode> entry : payload.properties()) {
      if (!data.has(entry.getKey())) {
        unknown.add(entry.getKey());
      } else if (entry.getValue().isString() && entry.getValue().asString().equals("${data." + entry.getKey() + "}")) {
        findings.add(Finding.atValue(UPDATE, "Attempting to update a key with its own value is redundant and not allowed.",
            Pointers.child(at + "/payload", entry.getKey())));
      }
    }
    if (!unknown.isEmpty()) {
      findings.add(Finding.atValue(UPDATE, "Following fields are missing in the screen '" + screen + "' data model: ["
          + String.join(", ", unknown) + "].", at + "/payload"));
    }
  }

}
