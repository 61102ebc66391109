package dev.flowkit.validation;

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
 * <p>Not yet here: value types against the declared types, nested objects, picker values in payloads.
 */
final class PayloadRules {

  private static final String NAVIGATE = "INVALID_NAVIGATE_ACTION_PAYLOAD";
  private static final String UPDATE = "INVALID_UPDATE_DATA_ACTION_PAYLOAD";

  private PayloadRules() {}

  static List<Finding> check(JsonNode root, int version) {
    Map<String, JsonNode> dataById = new HashMap<>();
    root.path("screens").forEach(screen -> dataById.put(screen.path("id").asString(""), screen.path("data")));
    List<Finding> findings = new ArrayList<>();
    JsonNode screens = root.path("screens");
    for (int i = 0; i < screens.size(); i++) {
      JsonNode screen = screens.get(i);
      String id = screen.path("id").asString("");
      String layout = "/screens/" + i + "/layout";
      ComponentTree.forEachAction(screen.path("layout"), layout, (action, at) -> {
        String name = action.path("name").asString("");
        if (name.equals("navigate")) {
          String next = action.path("next").path("name").asString("");
          if (dataById.containsKey(next) && !next.equals(id)) {
            navigate(action, at, id, next, dataById.get(next), version, findings);
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
    // Meta's 5.x chain and its chains from 7.3 also want every declared field sent; 6.0 to 7.2 do not.
    if ((version >= 500 && version < 600) || version >= 703) {
      List<String> missing = declared.stream().filter(key -> !sent.contains(key)).toList();
      if (!missing.isEmpty()) {
        findings.add(Finding.atValue(NAVIGATE, "Following fields are expected in the next screen's data model but "
            + "missing in payload: [" + String.join(", ", missing) + "].", at + "/payload"));
      }
    }
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
