package dev.flowkit.validation;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The properties each component may have, which of them are required, and what JSON each accepts
 * (spec/flow-json.md sections 4 and 5), with the version that introduced each component (section 4.3). Mirrors
 * the model in dev.flowkit.json property for property.
 */
final class ComponentSchemas {

  /** What JSON a property accepts. */
  enum Kind {
    STATIC_STRING, STRING, BOOLEAN, INTEGER, BOOLEAN_OR_BINDING, INTEGER_OR_BINDING, NUMBER_OR_BINDING, STRING_ARRAY,
    OBJECT, OBJECT_OR_BINDING, STRING_OR_OBJECT, ARRAY, ARRAY_OR_BINDING, STRING_OR_BOOLEAN, STRING_OR_STRING_ARRAY, ANY
  }

  /**
   * One property: its name, the JSON it accepts, whether it is required, the version that introduced it (null: the
   * component's own), and for an enumeration the literal values it accepts (a binding is judged by its kind).
   */
  record Property(String name, Kind kind, boolean required, String since, List<String> values) {

    Property(String name, Kind kind, boolean required) {
      this(name, kind, required, null, List.of());
    }

    Property since(String version) {
      return new Property(name, kind, required, version, values);
    }

    Property oneOf(String... literals) {
      return new Property(name, kind, required, since, List.of(literals));
    }
  }

  record ComponentSchema(String type, String since, List<Property> properties) {
    Property property(String name) {
      Map<String, Property> index = PROPERTIES.get(type);
      return index == null ? null : index.get(name);
    }
  }

  /**
   * The input components: those whose value a Form collects and a {@code ${form.name}} binding reads (section
   * 7.2). A NavigationList also has a value but is no input: it may stand outside a Form.
   */
  static final Set<String> INPUTS = Set.of("TextInput", "TextArea", "CheckboxGroup", "RadioButtonsGroup",
      "Dropdown", "DatePicker", "OptIn", "PhotoPicker", "DocumentPicker", "CalendarPicker", "ChipsSelector");

  /** By component type, in the order of the availability matrix. */
  static final Map<String, ComponentSchema> BY_TYPE;

  /** Each component's properties by name, for lookups on every property of every component. */
  private static final Map<String, Map<String, Property>> PROPERTIES;

  static {
    Map<String, ComponentSchema> byType = new LinkedHashMap<>();
    for (ComponentSchema schema : List.of(
        new ComponentSchema("TextHeading", "2.1", List.of(
            new Property("text", Kind.STRING, true),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false))),
        new ComponentSchema("TextSubheading", "2.1", List.of(
            new Property("text", Kind.STRING, true),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false))),
        new ComponentSchema("TextBody", "2.1", List.of(
            new Property("text", Kind.STRING_OR_STRING_ARRAY, true),
            new Property("font-weight", Kind.STRING, false).oneOf("bold", "italic", "bold_italic", "normal"),
            new Property("strikethrough", Kind.BOOLEAN_OR_BINDING, false),
            new Property("markdown", Kind.BOOLEAN, false).since("5.1"),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false))),
        new ComponentSchema("TextCaption", "2.1", List.of(
            new Property("text", Kind.STRING_OR_STRING_ARRAY, true),
            new Property("font-weight", Kind.STRING, false).oneOf("bold", "italic", "bold_italic", "normal"),
            new Property("strikethrough", Kind.BOOLEAN_OR_BINDING, false),
            new Property("markdown", Kind.BOOLEAN, false).since("5.1"),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false))),
        new ComponentSchema("RichText", "5.1", List.of(
            new Property("text", Kind.STRING_OR_STRING_ARRAY, true),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false))),
        new ComponentSchema("TextInput", "2.1", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("label", Kind.STRING, true),
            new Property("input-type", Kind.STATIC_STRING, false).oneOf("text", "number", "email", "password", "passcode", "phone"),
            new Property("required", Kind.BOOLEAN_OR_BINDING, false),
            new Property("min-chars", Kind.INTEGER_OR_BINDING, false),
            new Property("max-chars", Kind.INTEGER_OR_BINDING, false),
            new Property("helper-text", Kind.STRING, false),
            new Property("pattern", Kind.STRING, false).since("6.2"),
            new Property("label-variant", Kind.STATIC_STRING, false).since("7.0").oneOf("large"),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("init-value", Kind.STRING, false).since("4.0"),
            new Property("error-message", Kind.STRING, false).since("4.0"))),
        new ComponentSchema("TextArea", "2.1", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("label", Kind.STRING, true),
            new Property("required", Kind.BOOLEAN_OR_BINDING, false),
            new Property("max-length", Kind.INTEGER_OR_BINDING, false),
            new Property("helper-text", Kind.STRING, false),
            new Property("label-variant", Kind.STATIC_STRING, false).since("7.0").oneOf("large"),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("init-value", Kind.STRING, false).since("4.0"),
            new Property("error-message", Kind.STRING, false).since("4.0"))),
        new ComponentSchema("CheckboxGroup", "2.1", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("data-source", Kind.ARRAY_OR_BINDING, true),
            new Property("label", Kind.STRING, false),
            new Property("description", Kind.STRING, false).since("4.0"),
            new Property("min-selected-items", Kind.INTEGER_OR_BINDING, false),
            new Property("max-selected-items", Kind.INTEGER_OR_BINDING, false),
            new Property("required", Kind.BOOLEAN_OR_BINDING, false),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("media-size", Kind.STRING, false).since("5.0").oneOf("regular", "large"),
            new Property("on-select-action", Kind.OBJECT, false),
            new Property("on-unselect-action", Kind.OBJECT, false).since("6.0"),
            new Property("init-value", Kind.ARRAY_OR_BINDING, false).since("4.0"),
            new Property("error-message", Kind.STRING, false).since("4.0"))),
        new ComponentSchema("RadioButtonsGroup", "2.1", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("data-source", Kind.ARRAY_OR_BINDING, true),
            new Property("label", Kind.STRING, false),
            new Property("description", Kind.STRING, false).since("4.0"),
            new Property("required", Kind.BOOLEAN_OR_BINDING, false),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("media-size", Kind.STRING, false).since("5.0").oneOf("regular", "large"),
            new Property("on-select-action", Kind.OBJECT, false),
            new Property("on-unselect-action", Kind.OBJECT, false).since("6.0"),
            new Property("init-value", Kind.STRING, false).since("4.0"),
            new Property("error-message", Kind.STRING, false).since("4.0"))),
        new ComponentSchema("Dropdown", "2.1", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("label", Kind.STRING, true),
            new Property("data-source", Kind.ARRAY_OR_BINDING, true),
            new Property("required", Kind.BOOLEAN_OR_BINDING, false),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("on-select-action", Kind.OBJECT, false),
            new Property("on-unselect-action", Kind.OBJECT, false).since("6.0"),
            new Property("init-value", Kind.STRING, false).since("4.0"),
            new Property("error-message", Kind.STRING, false).since("4.0"))),
        new ComponentSchema("ChipsSelector", "6.3", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("label", Kind.STRING, true),
            new Property("data-source", Kind.ARRAY_OR_BINDING, true),
            new Property("description", Kind.STRING, false),
            new Property("min-selected-items", Kind.INTEGER_OR_BINDING, false),
            new Property("max-selected-items", Kind.INTEGER_OR_BINDING, false),
            new Property("required", Kind.BOOLEAN_OR_BINDING, false),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("init-value", Kind.ARRAY_OR_BINDING, false),
            new Property("error-message", Kind.STRING, false),
            new Property("on-select-action", Kind.OBJECT, false).since("7.1"),
            new Property("on-unselect-action", Kind.OBJECT, false).since("7.1"))),
        new ComponentSchema("DatePicker", "2.1", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("label", Kind.STRING, true),
            new Property("min-date", Kind.STRING, false),
            new Property("max-date", Kind.STRING, false),
            new Property("unavailable-dates", Kind.ARRAY_OR_BINDING, false),
            new Property("helper-text", Kind.STRING, false),
            new Property("required", Kind.BOOLEAN_OR_BINDING, false),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("on-select-action", Kind.OBJECT, false),
            new Property("init-value", Kind.STRING, false).since("4.0"),
            new Property("error-message", Kind.STRING, false).since("4.0"))),
        new ComponentSchema("CalendarPicker", "6.1", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("mode", Kind.STRING, false).oneOf("single", "range"),
            new Property("title", Kind.STRING, false),
            new Property("description", Kind.STRING, false),
            new Property("label", Kind.ANY, true),
            new Property("helper-text", Kind.ANY, false),
            new Property("required", Kind.ANY, false),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("min-date", Kind.STRING, false),
            new Property("max-date", Kind.STRING, false),
            new Property("unavailable-dates", Kind.ARRAY_OR_BINDING, false),
            new Property("include-days", Kind.ARRAY_OR_BINDING, false),
            new Property("min-days", Kind.INTEGER_OR_BINDING, false),
            new Property("max-days", Kind.INTEGER_OR_BINDING, false),
            new Property("on-select-action", Kind.OBJECT, false),
            new Property("init-value", Kind.STRING_OR_OBJECT, false),
            new Property("error-message", Kind.STRING_OR_OBJECT, false))),
        new ComponentSchema("OptIn", "2.1", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("label", Kind.STRING, true),
            new Property("required", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("on-click-action", Kind.OBJECT, false),
            new Property("on-select-action", Kind.OBJECT, false).since("6.0"),
            new Property("on-unselect-action", Kind.OBJECT, false).since("6.0"),
            new Property("init-value", Kind.BOOLEAN_OR_BINDING, false).since("4.0"))),
        new ComponentSchema("EmbeddedLink", "2.1", List.of(
            new Property("text", Kind.STRING, true),
            new Property("on-click-action", Kind.OBJECT, true),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false))),
        new ComponentSchema("Footer", "2.1", List.of(
            new Property("label", Kind.STRING, true),
            new Property("on-click-action", Kind.OBJECT, true),
            new Property("left-caption", Kind.STRING, false),
            new Property("center-caption", Kind.STRING, false),
            new Property("right-caption", Kind.STRING, false),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false))),
        new ComponentSchema("Image", "2.1", List.of(
            new Property("src", Kind.STRING, true),
            new Property("width", Kind.INTEGER_OR_BINDING, false),
            new Property("height", Kind.INTEGER_OR_BINDING, false),
            new Property("aspect-ratio", Kind.NUMBER_OR_BINDING, false),
            new Property("scale-type", Kind.STATIC_STRING, false).oneOf("cover", "contain"),
            new Property("alt-text", Kind.STRING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false))),
        new ComponentSchema("ImageCarousel", "7.1", List.of(
            new Property("images", Kind.ARRAY_OR_BINDING, true),
            new Property("aspect-ratio", Kind.STATIC_STRING, false).oneOf("4:3", "16:9"),
            new Property("scale-type", Kind.STATIC_STRING, false).oneOf("contain", "cover"),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false))),
        new ComponentSchema("PhotoPicker", "4.0", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("label", Kind.STRING, true),
            new Property("description", Kind.STRING, false),
            new Property("photo-source", Kind.STATIC_STRING, false).oneOf("camera_gallery", "camera", "gallery"),
            new Property("max-file-size-kb", Kind.INTEGER, false),
            new Property("min-uploaded-photos", Kind.INTEGER, false),
            new Property("max-uploaded-photos", Kind.INTEGER, false),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("error-message", Kind.STRING_OR_OBJECT, false))),
        new ComponentSchema("DocumentPicker", "4.0", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("label", Kind.STRING, true),
            new Property("description", Kind.STRING, false),
            new Property("max-file-size-kb", Kind.INTEGER, false),
            new Property("min-uploaded-documents", Kind.INTEGER, false),
            new Property("max-uploaded-documents", Kind.INTEGER, false),
            new Property("allowed-mime-types", Kind.STRING_ARRAY, false),
            new Property("enabled", Kind.BOOLEAN_OR_BINDING, false),
            new Property("visible", Kind.BOOLEAN_OR_BINDING, false),
            new Property("error-message", Kind.STRING_OR_OBJECT, false))),
        new ComponentSchema("NavigationList", "6.2", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("list-items", Kind.ARRAY_OR_BINDING, true),
            new Property("label", Kind.STRING, false),
            new Property("description", Kind.STRING, false),
            new Property("media-size", Kind.STRING, false).oneOf("regular", "large"),
            new Property("on-click-action", Kind.OBJECT, false))),
        new ComponentSchema("If", "4.0", List.of(
            new Property("condition", Kind.STRING_OR_BOOLEAN, true),
            new Property("then", Kind.ARRAY, true),
            new Property("else", Kind.ARRAY, false))),
        new ComponentSchema("Switch", "4.0", List.of(
            new Property("value", Kind.STRING, true),
            new Property("cases", Kind.OBJECT, true))),
        new ComponentSchema("Form", "2.1", List.of(
            new Property("name", Kind.STATIC_STRING, true),
            new Property("children", Kind.ARRAY, true),
            new Property("init-values", Kind.OBJECT_OR_BINDING, false),
            new Property("error-messages", Kind.OBJECT_OR_BINDING, false))))) {
      byType.put(schema.type(), schema);
    }
    BY_TYPE = java.util.Collections.unmodifiableMap(byType);
    Map<String, Map<String, Property>> properties = new java.util.HashMap<>();
    for (ComponentSchema schema : byType.values()) {
      Map<String, Property> index = new java.util.HashMap<>();
      schema.properties().forEach(property -> index.put(property.name(), property));
      properties.put(schema.type(), Map.copyOf(index));
    }
    PROPERTIES = Map.copyOf(properties);
  }

  private ComponentSchemas() {}
}
