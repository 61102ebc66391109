package dev.flowkit.validation;

import dev.flowkit.expr.Binding;
import dev.flowkit.expr.ExpressionException;
import dev.flowkit.expr.FlowExpressions;
import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.expr.PropertyValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Bindings in action payloads (spec/flow-json.md section 6.6), reported as INVALID_ON_CLICK_ACTION_PAYLOAD: a
 * global reference names an existing screen, {@code ${data.x}} is declared in the screen's data model, and
 * {@code ${form.x}} names an input component of the screen. A payload value that does not parse is left to the
 * expression rules.
 *
 * <p>Not yet here: bindings in component properties, titles, conditions and init-values (section 7.1), types,
 * array descent, and the picker rules of section 5.19.
 */
final class BindingRules {

  private static final String CODE = "INVALID_ON_CLICK_ACTION_PAYLOAD";

  private BindingRules() {}

  static List<Finding> check(JsonNode root, String version) {
    FlowJsonVersion flowVersion = FlowJsonVersion.parse(version);
    Set<String> screenIds = new HashSet<>();
    root.path("screens").forEach(screen -> screenIds.add(screen.path("id").asString("")));
    List<Finding> findings = new ArrayList<>();
    JsonNode screens = root.path("screens");
    for (int i = 0; i < screens.size(); i++) {
      JsonNode screen = screens.get(i);
      String id = screen.path("id").asString("");
      Set<String> data = new HashSet<>();
      screen.path("data").propertyNames().forEach(data::add);
      Map<String, String> components = new HashMap<>();
      names(screen.path("layout").path("children"), components);
      forEachPayloadString(screen.path("layout"), "/screens/" + i + "/layout", false, (text, pointer) -> {
        PropertyValue value;
        try {
          value = FlowExpressions.parseProperty(text, flowVersion);
        } catch (ExpressionException e) {
          return;
        }
        for (Binding binding : value.bindings()) {
          String message = problem(binding, text, id, screenIds, data, components);
          if (message != null) {
            findings.add(Finding.atValue(CODE, message, pointer));
          }
        }
      });
    }
    return findings;
  }

  private static String problem(Binding binding, String source, String screen, Set<String> screenIds,
      Set<String> data, Map<String, String> components) {
    if (binding.screen().isPresent()) {
      String other = binding.screen().get();
      return screenIds.contains(other) ? null : "The screen id '" + other + "' referenced in the dynamic binding "
          + "expression '" + source + "' does not exist.";
    }
    String first = binding.path().get(0);
    if (binding.scope() == Binding.Scope.DATA) {
      return data.contains(first) ? null : "Missing dynamic data '" + binding + "' in the data model for screen "
          + screen + ".";
    }
    String type = components.get(first);
    if (type == null) {
      return "Missing Form component " + binding + " for screen '" + screen + "'.";
    }
    if (type.equals("Form")) {
      return "Value of 'Form' component cannot be used in form binding.";
    }
    boolean holdsValue = ComponentSchemas.INPUTS.contains(type) || type.equals("NavigationList");
    return holdsValue ? null : "Value of '" + type + "' component cannot be used in form binding.";
  }

  /** Component name to type, across Forms and every branch. */
  private static void names(JsonNode children, Map<String, String> out) {
    ComponentTree.forEach(children, component -> {
      JsonNode name = component.get("name");
      if (name != null && name.isString()) {
        out.putIfAbsent(name.asString(), component.path("type").asString(""));
      }
    });
  }

  private interface StringVisitor {
    void visit(String text, String pointer);
  }

  /** Every string inside the payload of every action below a node. */
  private static void forEachPayloadString(JsonNode node, String pointer, boolean inPayload, StringVisitor visitor) {
    if (node.isString() && inPayload) {
      visitor.visit(node.asString(), pointer);
    } else if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String key = entry.getKey();
        String at = Pointers.child(pointer, key);
        boolean payload = inPayload || (key.equals("payload") && pointer.endsWith("-action"));
        forEachPayloadString(entry.getValue(), at, payload, visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        forEachPayloadString(node.get(i), pointer + "/" + i, inPayload, visitor);
      }
    }
  }
}
