package dev.flowkit.validation;

import dev.flowkit.validation.ComponentSchemas.ComponentSchema;
import dev.flowkit.validation.ComponentSchemas.Kind;
import dev.flowkit.validation.ComponentSchemas.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The schema stage (spec/flow-json.md section 8.5, step 3): which keys an object may have, which it must have,
 * what JSON each accepts, and which component types may stand where in which version (section 4.3). Meta stops
 * after this stage when it finds anything, so the caller runs the semantic rules only on a clean result.
 *
 * <p>Not yet here: the version each individual property appeared in, enums, numeric limits, non-blank strings
 * (6.0+), static names (6.0+), Footer caption dependencies, action shapes per trigger, data-source item shapes.
 */
final class SchemaRules {


  private static final Set<String> ROOT_KEYS = Set.of("version", "screens", "data_api_version", "routing_model",
      "data_channel_uri", "meta");
  private static final Set<String> SCREEN_KEYS = Set.of("id", "title", "terminal", "success", "data", "refresh_on_back",
      "layout", "sensitive");
  private static final Set<String> INPUTS_IN_FORM_BEFORE_4_0 = Set.of("TextInput", "TextArea", "CheckboxGroup",
      "RadioButtonsGroup", "Dropdown", "DatePicker", "OptIn");
  private static final Set<String> NOT_IN_FORM = Set.of("Form", "RichText");
  private static final Set<String> IN_IF = Set.of("TextHeading", "TextSubheading", "TextBody", "TextCaption",
      "TextInput", "TextArea", "CheckboxGroup", "RadioButtonsGroup", "Dropdown", "DatePicker", "CalendarPicker",
      "ChipsSelector", "OptIn", "EmbeddedLink", "Footer", "Image", "PhotoPicker", "DocumentPicker", "If", "Switch");

  // Section 4.2: what a bound boolean or number property may look like, by version.
  private static final Pattern DYNAMIC_LE_3_1 = Pattern.compile("^\\$\\{data\\..+\\}$");
  private static final Pattern DYNAMIC_V400 = Pattern.compile("^\\$\\{(screen\\.([a-zA-Z,_]*)\\.)?(data|form)(\\.[\\w-]+)+\\}");
  private static final Pattern DYNAMIC_V600 = Pattern.compile(
      "(^\\$\\{(screen\\.([a-zA-Z,_]*)\\.)?(data|form)(\\.[\\w-]+)+\\}|^`.+`)");

  private enum Position { LAYOUT, FORM, IF, SWITCH }

  private final int version;
  private final List<Finding> findings = new ArrayList<>();

  private SchemaRules(int version) {
    this.version = version;
  }

  static List<Finding> check(JsonNode root, int version) {
    SchemaRules rules = new SchemaRules(version);
    rules.root(root);
    return rules.findings;
  }

  private void root(JsonNode root) {
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      if (!ROOT_KEYS.contains(entry.getKey()) || (entry.getKey().equals("meta") && version < 501)) {
        findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + entry.getKey() + "' is not allowed.",
            Pointers.child("", entry.getKey()), true));
      }
    }
    JsonNode screens = root.get("screens");
    if (screens == null) {
      findings.add(new Finding("MISSING_REQUIRED_PROPERTY", "Required property 'screens' is missing.", "", false));
      return;
    }
    if (!screens.isArray()) {
      type("screens", "array", screens, "/screens");
      return;
    }
    for (int i = 0; i < screens.size(); i++) {
      screen(screens.get(i), "/screens/" + i);
    }
  }

  private void screen(JsonNode screen, String pointer) {
    if (!screen.isObject()) {
      type("screens", "object", screen, pointer);
      return;
    }
    for (Map.Entry<String, JsonNode> entry : screen.properties()) {
      String key = entry.getKey();
      if (!SCREEN_KEYS.contains(key) || (key.equals("sensitive") && version < 501)) {
        findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + key + "' is not allowed.",
            Pointers.child(pointer, key), true));
      }
    }
    required(screen, pointer, "id");
    required(screen, pointer, "layout");
    expect(screen, pointer, "id", Kind.STATIC_STRING);
    expect(screen, pointer, "title", Kind.STRING);
    expect(screen, pointer, "terminal", Kind.BOOLEAN);
    expect(screen, pointer, "success", Kind.BOOLEAN);
    expect(screen, pointer, "refresh_on_back", Kind.BOOLEAN);
    expect(screen, pointer, "data", Kind.OBJECT);
    expect(screen, pointer, "sensitive", Kind.STRING_ARRAY);
    boolean terminal = screen.path("terminal").isBoolean() && screen.path("terminal").asBoolean();
    if (!terminal && screen.has("success")) {
      findings.add(new Finding("NOT_KEYWORD_SCHEMA_VALIDATION_FAILED", "Property 'success' can only be specified on a "
          + "terminal screen.", pointer + "/success", true));
    }
    JsonNode layout = screen.get("layout");
    if (layout == null || !expect(screen, pointer, "layout", Kind.OBJECT)) {
      return;
    }
    String at = pointer + "/layout";
    required(layout, at, "type");
    required(layout, at, "children");
    JsonNode type = layout.get("type");
    if (type != null && !"SingleColumnLayout".equals(type.asString(null))) {
      findings.add(new Finding("INVALID_PROPERTY_VALUE", "Invalid value found for property 'type'. Expected "
          + "'SingleColumnLayout'.", at + "/type", false));
    }
    if (expect(layout, at, "children", Kind.ARRAY) && layout.has("children")) {
      children(layout.get("children"), at + "/children", Position.LAYOUT);
    }
  }

  private void children(JsonNode children, String pointer, Position position) {
    for (int i = 0; i < children.size(); i++) {
      component(children.get(i), pointer + "/" + i, position);
    }
  }

  private void component(JsonNode component, String pointer, Position position) {
    if (!component.isObject()) {
      findings.add(new Finding("INVALID_PROPERTY_TYPE", "Expected property 'children' to be of type 'object' but "
          + "found '" + jsonType(component) + "'.", pointer, false));
      return;
    }
    JsonNode typeNode = component.get("type");
    if (typeNode == null) {
      findings.add(new Finding("MISSING_REQUIRED_PROPERTY", "Required property 'type' is missing.", pointer, false));
      return;
    }
    String type = typeNode.asString("");
    ComponentSchema schema = ComponentSchemas.BY_TYPE.get(type);
    if (position == Position.LAYOUT && version < 400 && INPUTS_IN_FORM_BEFORE_4_0.contains(type)) {
      // Before 4.0 inputs had to sit inside a Form (documented as KEYWORD_ONE_OF).
      findings.add(new Finding("KEYWORD_ONE_OF", "Property '" + type + "' must be defined inside parent property "
          + "'Form'.", pointer, false));
      return;
    }
    if (schema == null || !allowed(schema, position)) {
      findings.add(new Finding("ONE_OF_SCHEMA_VALIDATION_FAILED", "Invalid value found for property 'type'. Expected "
          + "one of: [" + String.join(", ", allowedTypes(position)) + "].", pointer + "/type", false));
      return;
    }
    for (Map.Entry<String, JsonNode> entry : component.properties()) {
      String key = entry.getKey();
      if (key.equals("type")) {
        continue;
      }
      Property property = schema.property(key);
      if (property == null) {
        findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + key + "' is not allowed in '" + type
            + "' component.", Pointers.child(pointer, key), true));
      } else {
        expect(component, pointer, key, property.kind());
      }
    }
    for (Property property : schema.properties()) {
      if (property.required()) {
        required(component, pointer, property.name());
      }
    }
    if (type.equals("Footer")) {
      captions(component, pointer);
    }
    switch (type) {
      case "Form" -> {
        if (component.path("children").isArray()) {
          children(component.get("children"), pointer + "/children", Position.FORM);
        }
      }
      case "If" -> {
        for (String branch : List.of("then", "else")) {
          if (component.path(branch).isArray()) {
            children(component.get(branch), pointer + "/" + branch, Position.IF);
          }
        }
      }
      case "Switch" -> {
        JsonNode cases = component.path("cases");
        if (cases.isObject()) {
          for (Map.Entry<String, JsonNode> entry : cases.properties()) {
            if (entry.getValue().isArray()) {
              children(entry.getValue(), Pointers.child(pointer + "/cases", entry.getKey()), Position.SWITCH);
            }
          }
        }
      }
      default -> { }
    }
  }

  /** Footer captions: left and right together, or center alone (section 5.16). */
  private void captions(JsonNode footer, String pointer) {
    boolean left = footer.has("left-caption");
    boolean center = footer.has("center-caption");
    boolean right = footer.has("right-caption");
    if (center && (left || right)) {
      findings.add(Finding.atValue("NOT_KEYWORD_SCHEMA_VALIDATION_FAILED", "Properties 'center-caption' and "
          + "[left-caption,right-caption] must be present exclusively at Footer.", pointer));
    } else if (left != right) {
      String present = left ? "left-caption" : "right-caption";
      String missing = left ? "right-caption" : "left-caption";
      findings.add(Finding.atValue("INVALID_DEPENDENCIES", "Footer should have property " + missing + " when property "
          + present + " is present.", pointer));
    }
  }

  private boolean allowed(ComponentSchema schema, Position position) {
    if (FlowJsonVersions.number(schema.since()) > version) {
      return false;
    }
    String type = schema.type();
    return switch (position) {
      case LAYOUT -> true;
      case FORM -> !NOT_IN_FORM.contains(type);
      case IF -> IN_IF.contains(type) && (!type.equals("ChipsSelector") || version >= 701);
      case SWITCH -> IN_IF.contains(type) && !type.equals("If") && !type.equals("Switch")
          && (!type.equals("ChipsSelector") || version >= 701);
    };
  }

  private List<String> allowedTypes(Position position) {
    List<String> types = new ArrayList<>();
    for (ComponentSchema schema : ComponentSchemas.BY_TYPE.values()) {
      boolean inputBefore40 = position == Position.LAYOUT && version < 400
          && INPUTS_IN_FORM_BEFORE_4_0.contains(schema.type());
      if (allowed(schema, position) && !inputBefore40) {
        types.add(schema.type());
      }
    }
    return types;
  }

  private void required(JsonNode object, String pointer, String name) {
    if (!object.has(name)) {
      findings.add(new Finding("MISSING_REQUIRED_PROPERTY", "Required property '" + name + "' is missing.", pointer, false));
    }
  }

  /** Checks a property's JSON against its kind; returns whether it fits (or is absent). */
  private boolean expect(JsonNode object, String pointer, String name, Kind kind) {
    JsonNode value = object.get(name);
    if (value == null) {
      return true;
    }
    String at = Pointers.child(pointer, name);
    switch (kind) {
      case STATIC_STRING, STRING -> {
        return value.isString() || type(name, "string", value, at);
      }
      case BOOLEAN -> {
        return value.isBoolean() || type(name, "boolean", value, at);
      }
      case INTEGER -> {
        return value.isIntegralNumber() || type(name, "integer", value, at);
      }
      case BOOLEAN_OR_BINDING -> {
        return value.isBoolean() || binding(name, "boolean", value, at);
      }
      case INTEGER_OR_BINDING -> {
        return value.isIntegralNumber() || binding(name, "integer", value, at);
      }
      case NUMBER_OR_BINDING -> {
        return value.isNumber() || binding(name, "number", value, at);
      }
      case STRING_ARRAY -> {
        if (!value.isArray()) {
          return type(name, "array", value, at);
        }
        for (int i = 0; i < value.size(); i++) {
          if (!value.get(i).isString()) {
            return type(name, "string", value.get(i), at + "/" + i);
          }
        }
        return true;
      }
      case OBJECT -> {
        return value.isObject() || type(name, "object", value, at);
      }
      case ARRAY -> {
        return value.isArray() || type(name, "array", value, at);
      }
      case ARRAY_OR_BINDING -> {
        return value.isArray() || (value.isString() && isBinding(value.asString())) || type(name, "array", value, at);
      }
      case STRING_OR_BOOLEAN -> {
        return value.isString() || (value.isBoolean() && version >= 600) || type(name, "string", value, at);
      }
      case STRING_OR_STRING_ARRAY -> {
        if (value.isArray() && version >= 501) {
          return expect(object, pointer, name, Kind.STRING_ARRAY);
        }
        return value.isString() || type(name, "string", value, at);
      }
      default -> {
        return true;
      }
    }
  }

  private boolean binding(String name, String type, JsonNode value, String at) {
    if (!value.isString()) {
      return type(name, type, value, at);
    }
    if (isBinding(value.asString())) {
      return true;
    }
    // Meta's wording for booleans; for numbers it is written the same way (spec section 4.2 marks it UNCERTAIN).
    findings.add(new Finding("PATTERN_MISMATCH", "Property '" + name + "' should be of type '" + type + "' or have "
        + "dynamic data format of the form ${screen.data.your_value} or ${data.your_value}.", at, false));
    return false;
  }

  private boolean isBinding(String text) {
    Pattern pattern = version <= 301 ? DYNAMIC_LE_3_1 : version < 600 ? DYNAMIC_V400 : DYNAMIC_V600;
    return pattern.matcher(text).find();
  }

  private boolean type(String name, String expected, JsonNode value, String at) {
    findings.add(new Finding("INVALID_PROPERTY_TYPE", "Expected property '" + name + "' to be of type '" + expected
        + "' but found '" + jsonType(value) + "'.", at, false));
    return false;
  }

  static String jsonType(JsonNode node) {
    return switch (node.getNodeType()) {
      case NUMBER -> node.isIntegralNumber() ? "integer" : "number";
      case BOOLEAN -> "boolean";
      case ARRAY -> "array";
      case OBJECT -> "object";
      case NULL -> "null";
      default -> "string";
    };
  }

}
