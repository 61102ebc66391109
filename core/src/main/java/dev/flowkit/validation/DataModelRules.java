package dev.flowkit.validation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Screen data models (spec/flow-json.md section 3.4; section 8.5 step 6), reported as INVALID_SCREEN_DATA: every
 * field declares a string {@code type}, arrays declare {@code items}, {@code __example__} appears only at the top of
 * a field and matches the field's type.
 *
 * <p>Not yet here: a missing {@code __example__} (Meta's message is not known), unknown {@code type} names, and
 * checking an example's nested values against {@code properties} and {@code items}.
 */
final class DataModelRules {

  private static final String CODE = "INVALID_SCREEN_DATA";

  private DataModelRules() {}

  static List<Finding> check(JsonNode root) {
    List<Finding> findings = new ArrayList<>();
    JsonNode screens = root.path("screens");
    for (int i = 0; i < screens.size(); i++) {
      JsonNode data = screens.get(i).path("data");
      if (!data.isObject()) {
        continue;
      }
      for (Map.Entry<String, JsonNode> field : data.properties()) {
        String pointer = Pointers.child("/screens/" + i + "/data", field.getKey());
        schema(field.getValue(), pointer, field.getKey(), true, findings);
        example(field.getValue(), pointer, findings);
      }
    }
    return findings;
  }

  private static void schema(JsonNode schema, String pointer, String path, boolean topLevel, List<Finding> findings) {
    if (!schema.isObject()) {
      return;
    }
    if (!topLevel && schema.has("__example__")) {
      findings.add(Finding.atValue(CODE, "Property '__example__' is allowed only as a top level property of data model. "
          + "Invalid entry: '" + path + "'.", pointer + "/__example__"));
    }
    JsonNode type = schema.get("type");
    if (type == null) {
      findings.add(Finding.atValue(CODE, "Missing the definition of property 'type'.", pointer));
      return;
    }
    if (!type.isString()) {
      findings.add(Finding.atValue(CODE, "Expected the property 'type' to be of type string.", pointer + "/type"));
      return;
    }
    if (type.asString().equals("array")) {
      JsonNode items = schema.get("items");
      if (items == null) {
        findings.add(Finding.atValue(CODE, "Missing the schema for property 'items' in array.", pointer));
      } else if (!items.isObject() && !items.isBoolean()) {
        findings.add(Finding.atValue(CODE, "Expected the property 'items' to be of type boolean or object.",
            pointer + "/items"));
      } else {
        schema(items, pointer + "/items", path + ".items", false, findings);
      }
    }
    JsonNode properties = schema.get("properties");
    if (properties != null && properties.isObject()) {
      for (Map.Entry<String, JsonNode> property : properties.properties()) {
        schema(property.getValue(), Pointers.child(pointer + "/properties", property.getKey()),
            path + ".properties." + property.getKey(), false, findings);
      }
    }
  }

  private static void example(JsonNode schema, String pointer, List<Finding> findings) {
    JsonNode type = schema.path("type");
    JsonNode example = schema.get("__example__");
    if (example == null || !type.isString()) {
      return;
    }
    String expected = type.asString();
    boolean fits = switch (expected) {
      case "string" -> example.isString();
      case "number" -> example.isNumber();
      case "integer" -> example.isIntegralNumber();
      case "boolean" -> example.isBoolean();
      case "object" -> example.isObject();
      case "array" -> example.isArray();
      default -> true;
    };
    if (!fits) {
      findings.add(Finding.atValue(CODE, "Invalid data model schema. Expected property '__example__' to be of type "
          + expected + ", but found " + SchemaRules.jsonType(example) + ".", pointer + "/__example__"));
    }
  }

}
