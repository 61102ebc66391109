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
 * <p>Each property is checked against the version that introduced it; what is inside a property whose JSON type
 * fits (enumerations, limits, non-blank strings, actions, items) is {@link PropertyValues}' work.
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

  private static final Pattern SCREEN_ID = Pattern.compile("^[a-zA-Z,_]+$");
  private static final Pattern SCREEN_ID_7_0 = Pattern.compile("^(?!_+$)[a-zA-Z_]+$");
  private static final Pattern SWITCH_CASE_KEY = Pattern.compile("^[a-zA-Z][a-zA-Z0-9-_]*$");
  /** Component properties that exist only outside a Form (sections 5 and 7.6). */
  private static final Set<String> OUTSIDE_FORM_ONLY = Set.of("init-value", "error-message");

  /** Where a component stands; NESTED_IF is the branch of an If inside another If or a Switch case. */
  private enum Position { LAYOUT, FORM, IF, NESTED_IF, SWITCH }

  final int version;
  final List<Finding> findings = new ArrayList<>();

  private final PropertyValues values;

  private SchemaRules(int version) {
    this.version = version;
    this.values = new PropertyValues(this);
  }

  static List<Finding> check(JsonNode root, int version) {
    SchemaRules rules = new SchemaRules(version);
    rules.root(root);
    return rules.findings;
  }

  private void root(JsonNode root) {
    for (Map.Entry<String, JsonNode> entry : root.properties()) {
      if (entry.getKey().equals("meta") && version >= 501) {
        // From 5.1 Meta accepts 'meta' only in flows of its internal GEN_AI_LEAD_GEN kind, which a business does not
        // make: for every other flow it answers INVALID_FLOW_JSON (spec section 2.1).
        findings.add(new Finding("INVALID_FLOW_JSON", "Property 'meta' is not allowed.", "/meta", true));
      } else if (!ROOT_KEYS.contains(entry.getKey()) || entry.getKey().equals("meta")) {
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
    topLevel(root);
    if (screens.isEmpty()) {
      findings.add(Finding.atValue("MIN_ITEMS_REQUIRED", "Property 'screens' should have at least '1' items.",
          "/screens"));
    }
    for (int i = 0; i < screens.size(); i++) {
      screen(screens.get(i), "/screens/" + i);
    }
  }

  /** data_api_version, routing_model and data_channel_uri: types and values (sections 1.4, 2.1, 2.3). */
  private void topLevel(JsonNode root) {
    JsonNode dataApi = root.get("data_api_version");
    if (dataApi != null && expect(root, "", "data_api_version", Kind.STRING)) {
      String value = dataApi.asString();
      if (version < 703 && !value.equals("3.0")) {
        findings.add(Finding.atValue("INVALID_PROPERTY_VALUE", "Invalid value found for property 'data_api_version'. "
            + "Expected '3.0'.", "/data_api_version"));
      } else if (version >= 703 && !value.equals("3.0") && !value.equals("4.0")) {
        findings.add(Finding.atValue("INVALID_ENUM_VALUE", "Value should be one of: [3.0, 4.0].", "/data_api_version"));
      }
    }
    JsonNode routing = root.get("routing_model");
    if (routing != null && expect(root, "", "routing_model", Kind.OBJECT)) {
      for (Map.Entry<String, JsonNode> entry : routing.properties()) {
        String at = Pointers.child("/routing_model", entry.getKey());
        if (!screenId().matcher(entry.getKey()).find()) {
          pattern(entry.getKey(), screenId(), at, true);
        }
        if (expect(routing, "/routing_model", entry.getKey(), Kind.STRING_ARRAY)) {
          for (int i = 0; i < entry.getValue().size(); i++) {
            if (!screenId().matcher(entry.getValue().get(i).asString()).find()) {
              pattern(entry.getKey(), screenId(), at + "/" + i, false);
            }
          }
        }
      }
    }
    JsonNode channel = root.get("data_channel_uri");
    if (channel != null && version < 300 && expect(root, "", "data_channel_uri", Kind.STRING)
        && !PropertyValues.isWebUri(channel.asString())) {
      findings.add(Finding.atValue("INVALID_PROPERTY_VALUE_FORMAT", "Property 'data_channel_uri' should be in 'uri' "
          + "format.", "/data_channel_uri"));
    }
  }

  /** The screen id pattern of section 3.2: 7.0 dropped the comma and refuses ids made of underscores only. */
  private Pattern screenId() {
    return version >= 700 ? SCREEN_ID_7_0 : SCREEN_ID;
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
    if (expect(screen, pointer, "sensitive", Kind.STRING_ARRAY) && screen.path("sensitive").isEmpty()
        && screen.has("sensitive")) {
      findings.add(Finding.atValue("MIN_ITEMS_REQUIRED", "Property 'sensitive' should have at least '1' items.",
          pointer + "/sensitive"));
    }
    JsonNode id = screen.get("id");
    if (id != null && id.isString() && !screenId().matcher(id.asString()).find()) {
      findings.add(Finding.atValue("PATTERN_MISMATCH", "Property 'id' should only consist of alphabets and "
          + "underscores.", pointer + "/id"));
    }
    if (screen.has("title")) {
      values.title(screen.get("title"), pointer + "/title");
    }
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
      children(layout.get("children"), at + "/children", Position.LAYOUT, false);
    }
  }

  private void children(JsonNode children, String pointer, Position position, boolean inForm) {
    for (int i = 0; i < children.size(); i++) {
      component(children.get(i), pointer + "/" + i, position, inForm);
    }
  }

  private void component(JsonNode component, String pointer, Position position, boolean inForm) {
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
      if (property == null || !inVersion(property) || (inForm && OUTSIDE_FORM_ONLY.contains(key))) {
        // A property newer than the flow, or a component init-value/error-message inside a Form (sections 5, 7.6):
        // both are simply absent from that schema.
        findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + key + "' is not allowed in '" + type
            + "' component.", Pointers.child(pointer, key), true));
      } else if (expect(component, pointer, key, property.kind())) {
        values.check(type, property, entry.getValue(), Pointers.child(pointer, key));
      }
    }
    for (Property property : schema.properties()) {
      if (property.required() && inVersion(property)) {
        required(component, pointer, property.name());
      }
    }
    if (version >= 400 && (type.equals("CheckboxGroup") || type.equals("RadioButtonsGroup"))) {
      required(component, pointer, "label"); // optional before 4.0 (section 1.2)
    }
    if (type.equals("Footer")) {
      captions(component, pointer);
    }
    switch (type) {
      case "Form" -> {
        if (component.path("children").isArray()) {
          children(component.get("children"), pointer + "/children", Position.FORM, true);
        }
      }
      case "If" -> {
        for (String branch : List.of("then", "else")) {
          if (component.path(branch).isArray()) {
            Position inside = position == Position.LAYOUT || position == Position.FORM ? Position.IF : Position.NESTED_IF;
            children(component.get(branch), pointer + "/" + branch, inside, inForm);
          }
        }
      }
      case "Switch" -> {
        JsonNode cases = component.path("cases");
        if (cases.isObject()) {
          for (Map.Entry<String, JsonNode> entry : cases.properties()) {
            String at = Pointers.child(pointer + "/cases", entry.getKey());
            if (!SWITCH_CASE_KEY.matcher(entry.getKey()).find()) {
              pattern(entry.getKey(), SWITCH_CASE_KEY, at, true);
            }
            if (entry.getValue().isArray()) {
              children(entry.getValue(), at, Position.SWITCH, inForm);
            } else {
              type(entry.getKey(), "array", entry.getValue(), at);
            }
          }
        }
      }
      default -> { }
    }
  }

  private boolean inVersion(Property property) {
    return property.since() == null || FlowJsonVersions.number(property.since()) <= version;
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
      // A Footer may stand in the branches of a top-level If only (section 5.21).
      case NESTED_IF -> IN_IF.contains(type) && !type.equals("Footer")
          && (!type.equals("ChipsSelector") || version >= 701);
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

  void required(JsonNode object, String pointer, String name) {
    if (!object.has(name)) {
      findings.add(new Finding("MISSING_REQUIRED_PROPERTY", "Required property '" + name + "' is missing.", pointer, false));
    }
  }

  /** Checks a property's JSON against its kind; returns whether it fits (or is absent). */
  boolean expect(JsonNode object, String pointer, String name, Kind kind) {
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
      case OBJECT_OR_BINDING -> {
        return value.isObject() || (value.isString() && isBinding(value.asString())) || type(name, "object", value, at);
      }
      case STRING_OR_OBJECT -> {
        return value.isString() || value.isObject() || type(name, "string", value, at);
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

  boolean isBinding(String text) {
    Pattern pattern = version <= 301 ? DYNAMIC_LE_3_1 : version < 600 ? DYNAMIC_V400 : DYNAMIC_V600;
    return pattern.matcher(text).find();
  }

  boolean type(String name, String expected, JsonNode value, String at) {
    findings.add(new Finding("INVALID_PROPERTY_TYPE", "Expected property '" + name + "' to be of type '" + expected
        + "' but found '" + jsonType(value) + "'.", at, false));
    return false;
  }

  /** A PATTERN_MISMATCH in Meta's generic wording; for a property name, the range is the key. */
  void pattern(String name, Pattern pattern, String at, boolean atKey) {
    findings.add(new Finding("PATTERN_MISMATCH", "Property '" + name + "' should match the pattern '"
        + pattern.pattern() + "'.", at, atKey));
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
