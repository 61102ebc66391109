package dev.flowkit.validation;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * A Form's {@code init-values} and {@code error-messages} (spec/flow-json.md sections 5.1 and 7.6; section 8.5
 * step 10). In every version a media picker cannot be given an initial value (NATIVE_COMPONENT_IN_FORM_INIT_VALUES).
 * From 7.0 the static objects are type-checked (INVALID_PROPERTY_VALUE): each key names a component of the Form, and
 * each value has the JSON type that component holds. Before 7.0 Meta checks neither (section 1.2, 7.0).
 *
 * <p>A value that is a binding or a backtick expression is left to the binding rules, as is an {@code init-values}
 * or {@code error-messages} that is itself a binding.
 */
final class FormRules {

  private static final Set<String> PICKERS = Set.of("PhotoPicker", "DocumentPicker");
  private static final String INVALID = "INVALID_PROPERTY_VALUE";

  private FormRules() {}

  static List<Finding> check(JsonNode root, int version) {
    List<Finding> findings = new java.util.ArrayList<>();
    ComponentTree.forEachInFlow(root, (component, at) -> {
      if ("Form".equals(component.path("type").asString(""))) {
        form(component, at, version, findings);
      }
    });
    return findings;
  }

  private static void form(JsonNode form, String pointer, int version, List<Finding> findings) {
    Map<String, JsonNode> components = new LinkedHashMap<>();
    ComponentTree.forEach(form.path("children"), component -> {
      JsonNode name = component.get("name");
      if (name != null && name.isString()) {
        components.putIfAbsent(name.asString(), component);
      }
    });
    JsonNode initValues = form.path("init-values");
    Set<String> pickers = new LinkedHashSet<>();
    for (Map.Entry<String, JsonNode> entry : initValues.properties()) {
      JsonNode component = components.get(entry.getKey());
      String type = component == null ? "" : component.path("type").asString("");
      if (PICKERS.contains(type)) {
        pickers.add(type);
      } else if (version >= 700) {
        entry(entry, component, "init-values", Pointers.child(pointer + "/init-values", entry.getKey()), findings);
      }
    }
    if (!pickers.isEmpty()) {
      // The list names component types; Meta's text has two spaces after 'init-values' (spec section 5.1).
      findings.add(Finding.atValue("NATIVE_COMPONENT_IN_FORM_INIT_VALUES", "Property 'init-values'  should not contain "
          + "value for components: [" + String.join(", ", pickers) + "].", pointer + "/init-values"));
    }
    if (version >= 700) {
      for (Map.Entry<String, JsonNode> entry : form.path("error-messages").properties()) {
        entry(entry, components.get(entry.getKey()), "error-messages",
            Pointers.child(pointer + "/error-messages", entry.getKey()), findings);
      }
    }
  }

  private static void entry(Map.Entry<String, JsonNode> entry, JsonNode component, String property, String pointer,
      List<Finding> findings) {
    if (component == null) {
      // Meta's init-values text, stray quote included (spec section 5.1); the error-messages variant is assumed to
      // read the same with its own property name (UNCERTAIN).
      findings.add(new Finding(INVALID, "The property '" + entry.getKey() + "' is declared but not used in the "
          + property + "'.", pointer, true));
      return;
    }
    JsonNode value = entry.getValue();
    if (Literals.isDynamic(value)) {
      return;
    }
    List<String> expected = property.equals("init-values") ? initValueTypes(component) : errorMessageTypes(component);
    String found = SchemaRules.jsonType(value);
    if (!expected.isEmpty() && !expected.contains(found)) {
      findings.add(Finding.atValue(INVALID, "Expected property '" + entry.getKey() + "' to be of type '"
          + expected.get(0) + "' but found '" + found + "'.", pointer));
    }
  }

  /** The JSON types an initial value may have (section 5.1); empty when FlowKit does not know. */
  private static List<String> initValueTypes(JsonNode component) {
    return switch (component.path("type").asString("")) {
      case "CheckboxGroup", "ChipsSelector" -> List.of("array");
      case "RadioButtonsGroup", "Dropdown", "TextInput", "TextArea", "DatePicker" -> List.of("string");
      case "OptIn" -> List.of("boolean");
      case "CalendarPicker" -> calendarTypes(component);
      default -> List.of();
    };
  }

  /**
   * The JSON types an error message may have: a string, an object for a range-mode CalendarPicker (start and end
   * date) and, for the media pickers, either (section 7.6: a string or {@code {media_id: message}}).
   */
  private static List<String> errorMessageTypes(JsonNode component) {
    return switch (component.path("type").asString("")) {
      case "CalendarPicker" -> calendarTypes(component);
      case "PhotoPicker", "DocumentPicker" -> List.of("string", "object");
      case "NavigationList" -> List.of();
      default -> List.of("string");
    };
  }

  /** A single-mode CalendarPicker holds a string, a range-mode one an object; a bound mode allows both. */
  private static List<String> calendarTypes(JsonNode component) {
    String mode = Literals.calendarMode(component);
    if (mode == null) {
      return List.of("string", "object");
    }
    return mode.equals("range") ? List.of("object") : List.of("string");
  }
}
