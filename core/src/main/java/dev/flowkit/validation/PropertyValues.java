package dev.flowkit.validation;

import dev.flowkit.validation.ComponentSchemas.Kind;
import dev.flowkit.validation.ComponentSchemas.Property;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * The schema stage's look inside a property whose JSON type already fits (spec/flow-json.md section 8.5 step 3):
 * enumerations, numeric limits, non-blank strings (6.0+), static names (6.0+), the shape of actions per trigger
 * and version (section 6.1), and the items of data sources, navigation lists and image carousels (sections 5.7,
 * 5.18, 5.20). Findings go to the {@link SchemaRules} that owns this object.
 */
final class PropertyValues {

  // Section 4.2, verbatim.
  private static final Pattern NON_BLANK = Pattern.compile("^(\\r?\\n?)*(?!\\s*$).+(\\r?\\n?)*",
      Pattern.UNICODE_CHARACTER_CLASS);
  private static final Pattern BACKTICKS = Pattern.compile("^`.*`$", Pattern.DOTALL);
  private static final Pattern NOT_DYNAMIC = Pattern.compile("^(?!\\$\\{(screen\\.([a-zA-Z,_]*)\\.)?(data|form)\\..+\\})");
  private static final Pattern HEX_COLOR = Pattern.compile("^#([A-Fa-f0-9]{6})$");

  /** Literal integer limits (section 5.19 and Meta's schemas for the selection counts, section 10). */
  private static final Map<String, int[]> LIMITS = Map.ofEntries(
      Map.entry("PhotoPicker.max-file-size-kb", new int[] {1, 25600}),
      Map.entry("DocumentPicker.max-file-size-kb", new int[] {1, 25600}),
      Map.entry("PhotoPicker.min-uploaded-photos", new int[] {0, 30}),
      Map.entry("PhotoPicker.max-uploaded-photos", new int[] {1, 30}),
      Map.entry("DocumentPicker.min-uploaded-documents", new int[] {0, 30}),
      Map.entry("DocumentPicker.max-uploaded-documents", new int[] {1, 30}),
      Map.entry("CheckboxGroup.min-selected-items", new int[] {0, Integer.MAX_VALUE}),
      Map.entry("CheckboxGroup.max-selected-items", new int[] {2, Integer.MAX_VALUE}),
      Map.entry("ChipsSelector.min-selected-items", new int[] {0, Integer.MAX_VALUE}),
      Map.entry("ChipsSelector.max-selected-items", new int[] {1, Integer.MAX_VALUE}));

  private static final List<String> MIME_TYPES = List.of("application/gzip", "application/msword", "application/pdf",
      "application/vnd.ms-excel", "application/vnd.ms-powerpoint", "application/vnd.oasis.opendocument.presentation",
      "application/vnd.oasis.opendocument.spreadsheet", "application/vnd.oasis.opendocument.text",
      "application/vnd.openxmlformats-officedocument.presentationml.presentation",
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/x-7z-compressed",
      "application/zip", "image/avif", "image/gif", "image/heic", "image/heif", "image/jpeg", "image/png", "image/tiff",
      "image/webp", "text/plain", "video/mp4", "video/mpeg");
  private static final List<String> WEEKDAYS = List.of("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun");

  private static final Set<String> ACTION_KEYS = Set.of("name", "next", "payload", "url");
  private static final Set<String> SELECTION_COMPONENTS = Set.of("CheckboxGroup", "RadioButtonsGroup", "Dropdown");

  private final SchemaRules rules;
  private final int version;

  PropertyValues(SchemaRules rules) {
    this.rules = rules;
    this.version = rules.version;
  }

  /** Checks the value of one component property whose JSON type fits its kind. */
  void check(String type, Property property, JsonNode value, String at) {
    String name = property.name();
    if (value.isString()) {
      string(name, property.kind(), property.values(), value.asString(), at);
    }
    int[] limits = LIMITS.get(type + "." + name);
    if (limits != null && value.isIntegralNumber()) {
      range(name, value, limits[0], limits[1], at);
    }
    if (name.endsWith("-action")) {
      action(value, at, name, actionNames(type, name));
    }
    if (value.isArray()) {
      switch (name) {
        case "data-source" -> dataSource(type, value, at);
        case "list-items" -> listItems(value, at);
        case "images" -> images(value, at);
        case "allowed-mime-types" -> items(name, value, MIME_TYPES, at);
        case "include-days" -> items(name, value, WEEKDAYS, at);
        default -> { }
      }
    }
  }

  /** A screen title: non-blank from 5.0 (section 3.1). */
  void title(JsonNode title, String at) {
    if (title.isString() && version >= 500) {
      nonBlank("title", title.asString(), at);
    }
  }

  private void string(String name, Kind kind, List<String> literals, String text, String at) {
    if (version >= 600 && !nonBlank(name, text, at)) {
      return;
    }
    if (name.equals("name") && version >= 600) {
      // From 6.0 a name is static: neither an expression nor a binding (section 4.1).
      if (BACKTICKS.matcher(text).find()) {
        rules.findings.add(Finding.atValue("PATTERN_MISMATCH", "Property 'name' should not be enclosed in backticks.",
            at));
        return;
      }
      if (!NOT_DYNAMIC.matcher(text).find()) {
        rules.pattern(name, NOT_DYNAMIC, at, false);
        return;
      }
    }
    if (!literals.isEmpty() && !literals.contains(text) && (kind == Kind.STATIC_STRING || !rules.isBinding(text))) {
      enumError(literals, at);
    }
  }

  private boolean nonBlank(String name, String text, String at) {
    // Fast path: a first character that is visible ASCII satisfies NON_BLANK at once (no line break or space to
    // skip, and the lookahead cannot see only blanks to the end).
    char first = text.isEmpty() ? ' ' : text.charAt(0);
    if ((first > ' ' && first < 0x7f) || NON_BLANK.matcher(text).find()) {
      return true;
    }
    rules.findings.add(Finding.atValue("PATTERN_MISMATCH", "Property '" + name + "' should not be blank or an empty "
        + "string.", at));
    return false;
  }

  private void range(String name, JsonNode value, int min, int max, String at) {
    long number = value.asLong();
    if (number < min) {
      rules.findings.add(Finding.atValue("MINIMUM_VALUE_REQUIRED", "The minimum value allowed for property '" + name
          + "' is " + min + ".", at));
    } else if (number > max) {
      rules.findings.add(Finding.atValue("MAXIMUM_VALUE_REQUIRED", "The maximum value allowed for property '" + name
          + "' is " + max + ".", at));
    }
  }

  private void enumError(List<String> literals, String at) {
    rules.findings.add(Finding.atValue("INVALID_ENUM_VALUE", "Value should be one of: [" + String.join(", ", literals)
        + "].", at));
  }

  private void items(String name, JsonNode array, List<String> literals, String at) {
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (!item.isString()) {
        rules.type(name, "string", item, at + "/" + i);
      } else if (!literals.contains(item.asString())) {
        enumError(literals, at + "/" + i);
      }
    }
  }

  // ---------------------------------------------------------------- actions (section 6.1)

  /** The action names a trigger accepts in this version, in the order of section 6.1's table. */
  private List<String> actionNames(String type, String trigger) {
    boolean v6 = version >= 600;
    List<String> names = new ArrayList<>();
    switch (type + "." + trigger) {
      case "Footer.on-click-action" -> names.addAll(List.of("navigate", "data_exchange", "complete"));
      case "EmbeddedLink.on-click-action", "OptIn.on-click-action" -> {
        names.addAll(List.of("navigate", "data_exchange"));
        if (v6) {
          names.add("open_url");
        }
      }
      case "NavigationList.on-click-action" -> names.addAll(List.of("navigate", "data_exchange"));
      case "DatePicker.on-select-action", "CalendarPicker.on-select-action" -> names.add("data_exchange");
      case "ChipsSelector.on-select-action" -> names.addAll(List.of("data_exchange", "update_data"));
      default -> {
        if (SELECTION_COMPONENTS.contains(type) && trigger.equals("on-select-action")) {
          names.add("data_exchange");
          if (v6) {
            names.add("update_data");
          }
        } else {
          names.add("update_data"); // every on-unselect-action, OptIn's on-select-action, data-source items
        }
      }
    }
    return names;
  }

  private void action(JsonNode action, String at, String trigger, List<String> names) {
    if (!action.isObject()) {
      return; // the kind check reported it
    }
    for (String key : action.propertyNames()) {
      if (!ACTION_KEYS.contains(key)) {
        rules.findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + key + "' is not allowed.",
            Pointers.child(at, key), true));
      }
    }
    rules.required(action, at, "name");
    boolean selection = !trigger.equals("on-click-action");
    if (selection) {
      rules.required(action, at, "payload"); // Meta's schema requires both for on-select and on-unselect actions
    }
    JsonNode nameNode = action.get("name");
    if (nameNode == null || !rules.expect(action, at, "name", Kind.STRING)) {
      return;
    }
    String name = nameNode.asString();
    if (!names.contains(name)) {
      enumError(names, at + "/name");
      return;
    }
    rules.expect(action, at, "payload", Kind.OBJECT);
    // Meta: "Property 'x' cannot be specified at on-click-action 'name'."; the trigger's own name is used for
    // on-select and on-unselect actions, whose wording is not documented.
    notAllowed(action, at, trigger, name, "next", !name.equals("navigate"));
    notAllowed(action, at, trigger, name, "url", !name.equals("open_url"));
    notAllowed(action, at, trigger, name, "payload", name.equals("open_url"));
    switch (name) {
      case "navigate" -> next(action, at);
      case "open_url" -> url(action, at);
      case "update_data" -> rules.required(action, at, "payload");
      default -> { }
    }
  }

  private void notAllowed(JsonNode action, String at, String trigger, String name, String key, boolean forbidden) {
    if (forbidden && action.has(key)) {
      rules.findings.add(new Finding("NOT_KEYWORD_SCHEMA_VALIDATION_FAILED", "Property '" + key + "' cannot be "
          + "specified at " + trigger + " '" + name + "'.", Pointers.child(at, key), true));
    }
  }

  private void next(JsonNode action, String at) {
    rules.required(action, at, "next");
    JsonNode next = action.get("next");
    if (next == null || !rules.expect(action, at, "next", Kind.OBJECT)) {
      return;
    }
    String nextAt = at + "/next";
    for (String key : next.propertyNames()) {
      if (!key.equals("type") && !key.equals("name")) {
        rules.findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + key + "' is not allowed.",
            Pointers.child(nextAt, key), true));
      }
    }
    rules.required(next, nextAt, "type");
    rules.required(next, nextAt, "name");
    rules.expect(next, nextAt, "name", Kind.STRING);
    JsonNode type = next.get("type");
    if (type != null && rules.expect(next, nextAt, "type", Kind.STRING) && !type.asString().equals("screen")) {
      // Meta's schema also knows "plugin", which is not public: FlowKit accepts screens only.
      enumError(List.of("screen"), nextAt + "/type");
    }
  }

  private void url(JsonNode action, String at) {
    rules.required(action, at, "url");
    JsonNode url = action.get("url");
    if (url == null || !rules.expect(action, at, "url", Kind.STRING)) {
      return;
    }
    if (!isWebUri(url.asString())) {
      rules.findings.add(Finding.atValue("INVALID_PROPERTY_VALUE_FORMAT", "Property 'url' should be in 'uri' format.",
          at + "/url"));
    }
  }

  /** An absolute http(s) URI with a host: what a phone can open (section 6.1). */
  static boolean isWebUri(String text) {
    try {
      URI uri = new URI(text);
      String scheme = uri.getScheme();
      return scheme != null && (scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          && uri.getHost() != null;
    } catch (URISyntaxException e) {
      return false;
    }
  }

  // ---------------------------------------------------------------- items

  private interface ItemVisitor {
    void visit(JsonNode item, String at);
  }

  /** Visits the object items of an array, reporting any item that is not an object. */
  private void forEachObject(String name, JsonNode array, String at, ItemVisitor visitor) {
    for (int i = 0; i < array.size(); i++) {
      JsonNode item = array.get(i);
      if (item.isObject()) {
        visitor.visit(item, at + "/" + i);
      } else {
        rules.type(name, "object", item, at + "/" + i);
      }
    }
  }

  private void dataSource(String type, JsonNode items, String at) {
    boolean chips = type.equals("ChipsSelector");
    forEachObject("data-source", items, at, (item, itemAt) -> {
      for (Map.Entry<String, JsonNode> entry : item.properties()) {
        String key = entry.getKey();
        String keyAt = Pointers.child(itemAt, key);
        Kind kind = itemKind(key, chips);
        if (kind == null) {
          rules.findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + key + "' is not allowed.", keyAt, true));
        } else if (rules.expect(item, itemAt, key, kind)) {
          JsonNode value = entry.getValue();
          if (value.isString() && version >= 600) {
            nonBlank(key, value.asString(), keyAt);
          }
          if (key.equals("color") && !HEX_COLOR.matcher(value.asString()).find()) {
            rules.pattern(key, HEX_COLOR, keyAt, false);
          }
          if (key.endsWith("-action")) {
            action(value, keyAt, key, List.of("update_data"));
          }
        }
      }
      rules.required(item, itemAt, "id");
      rules.required(item, itemAt, "title");
    });
  }

  /** What a data-source item property accepts in this version, or null when it has no such property (5.7). */
  private Kind itemKind(String key, boolean chips) {
    switch (key) {
      case "id", "title" -> {
        return Kind.STRING;
      }
      case "enabled" -> {
        return Kind.BOOLEAN;
      }
      case "description", "metadata" -> {
        return chips ? null : Kind.STRING;
      }
      case "image", "alt-text", "color" -> {
        return chips || version < 500 ? null : Kind.STRING;
      }
      case "on-select-action", "on-unselect-action" -> {
        return version < 600 ? null : Kind.OBJECT;
      }
      default -> {
        return null;
      }
    }
  }

  private void listItems(JsonNode items, String at) {
    forEachObject("list-items", items, at, (item, itemAt) -> {
      for (Map.Entry<String, JsonNode> entry : item.properties()) {
        String key = entry.getKey();
        String keyAt = Pointers.child(itemAt, key);
        switch (key) {
          case "id", "badge" -> rules.expect(item, itemAt, key, Kind.STRING);
          case "tags" -> rules.expect(item, itemAt, key, Kind.STRING_ARRAY);
          case "main-content", "end" -> part(item, itemAt, key, Set.of("title", "description", "metadata"),
              key.equals("main-content") ? "title" : null);
          case "start" -> part(item, itemAt, key, Set.of("image", "alt-text"), "image");
          case "on-click-action" -> {
            if (rules.expect(item, itemAt, key, Kind.OBJECT)) {
              action(entry.getValue(), keyAt, key, List.of("navigate", "data_exchange"));
            }
          }
          default -> rules.findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + key + "' is not allowed.",
              keyAt, true));
        }
      }
      rules.required(item, itemAt, "id");
      rules.required(item, itemAt, "main-content");
    });
  }

  /** An object of string properties, with an optional required one (the parts of a navigation item). */
  private void part(JsonNode item, String itemAt, String key, Set<String> allowed, String required) {
    if (!rules.expect(item, itemAt, key, Kind.OBJECT)) {
      return;
    }
    JsonNode part = item.get(key);
    String partAt = Pointers.child(itemAt, key);
    for (String name : part.propertyNames()) {
      if (allowed.contains(name)) {
        rules.expect(part, partAt, name, Kind.STRING);
      } else {
        rules.findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + name + "' is not allowed.",
            Pointers.child(partAt, name), true));
      }
    }
    if (required != null) {
      rules.required(part, partAt, required);
    }
  }

  private void images(JsonNode images, String at) {
    forEachObject("images", images, at, (image, imageAt) -> {
      for (String key : image.propertyNames()) {
        if (key.equals("src") || key.equals("alt-text")) {
          rules.expect(image, imageAt, key, Kind.STRING);
        } else {
          rules.findings.add(new Finding("INVALID_PROPERTY_KEY", "Property '" + key + "' is not allowed.",
              Pointers.child(imageAt, key), true));
        }
      }
      rules.required(image, imageAt, "src");
      rules.required(image, imageAt, "alt-text");
    });
  }
}
