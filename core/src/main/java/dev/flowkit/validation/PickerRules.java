package dev.flowkit.validation;

import dev.flowkit.expr.Binding;
import dev.flowkit.expr.ExpressionException;
import dev.flowkit.expr.FlowExpressions;
import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.expr.PropertyValue;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Media picker values in action payloads (spec/flow-json.md sections 5.19 and 6.6; section 8.5 step 12), reported
 * as INVALID_ON_CLICK_ACTION_PAYLOAD:
 *
 * <ul>
 *   <li>a navigate payload carries no PhotoPicker or DocumentPicker value;
 *   <li>in complete and data_exchange payloads (whatever triggers them) a picker value is a top-level field holding
 *       exactly one binding to the picker;
 *   <li>before 5.0 a complete payload carries at most one picker, whose maximum upload count (default 30) is 1.
 * </ul>
 *
 * <p>A picker value is a {@code ${form.name}} of a picker on the screen or a {@code ${screen.ID.form.name}} of a
 * picker on screen ID: the global form is how a later screen reaches an earlier screen's uploads, and it is no more
 * allowed in a navigate payload than the local one (section 9.5). The 5.0 limits on the files a complete payload
 * carries (10 files, 100 MiB) are not checked: Meta's message is not known.
 */
final class PickerRules {

  private static final String CODE = "INVALID_ON_CLICK_ACTION_PAYLOAD";

  /** One use of a picker's value in a payload. */
  private record Use(JsonNode picker, String screen, String name, String pointer, boolean topLevelBinding) {
    String type() {
      return picker.path("type").asString("");
    }
  }

  private PickerRules() {}

  static List<Finding> check(JsonNode root, String version) {
    FlowJsonVersion flowVersion = FlowJsonVersion.parse(version);
    Map<String, Map<String, JsonNode>> pickers = new HashMap<>();
    for (JsonNode screen : root.path("screens")) {
      Map<String, JsonNode> byName = new HashMap<>();
      ComponentTree.forEach(screen.path("layout").path("children"), component -> {
        String type = component.path("type").asString("");
        if ((type.equals("PhotoPicker") || type.equals("DocumentPicker")) && component.path("name").isString()) {
          byName.putIfAbsent(component.path("name").asString(), component);
        }
      });
      pickers.put(screen.path("id").asString(""), byName);
    }
    List<Finding> findings = new ArrayList<>();
    JsonNode screens = root.path("screens");
    for (int i = 0; i < screens.size(); i++) {
      String id = screens.get(i).path("id").asString("");
      ComponentTree.forEachAction(screens.get(i).path("layout"), "/screens/" + i + "/layout", (action, at) -> {
        JsonNode payload = action.path("payload");
        if (!payload.isObject()) {
          return;
        }
        List<Use> uses = new ArrayList<>();
        for (Map.Entry<String, JsonNode> field : payload.properties()) {
          uses(field.getValue(), Pointers.child(at + "/payload", field.getKey()), true, id, pickers, flowVersion, uses);
        }
        String name = action.path("name").asString("");
        if (name.equals("navigate")) {
          uses.forEach(use -> findings.add(Finding.atValue(CODE, "The value of " + use.type() + " component is not "
              + "allowed in the payload of navigate action.", use.pointer())));
        } else if (name.equals("complete") || name.equals("data_exchange")) {
          // Meta's text has the colon twice (spec section 5.19); the list names the types concerned.
          uses.stream().filter(use -> !use.topLevelBinding()).forEach(use -> findings.add(Finding.atValue(CODE,
              "The value of following components must be a top-level string in complete and data_exchange "
                  + "on-click-action payload: : [" + use.type() + "].", use.pointer())));
          if (name.equals("complete") && flowVersion.compareTo(new FlowJsonVersion(5, 0)) < 0) {
            before50(uses, at + "/payload", findings);
          }
        }
      });
    }
    return findings;
  }

  /** Before 5.0 only one picker, allowed to upload one file, may be sent with complete. */
  private static void before50(List<Use> uses, String payload, List<Finding> findings) {
    Map<String, Use> distinct = new LinkedHashMap<>();
    uses.forEach(use -> distinct.putIfAbsent(use.screen() + "/" + use.name(), use));
    if (distinct.size() > 1) {
      findings.add(Finding.atValue(CODE, "Complete action payload can contain either a single PhotoPicker or a single "
          + "DocumentPicker component.", payload));
    }
    for (Use use : distinct.values()) {
      String limit = use.type().equals("PhotoPicker") ? "max-uploaded-photos" : "max-uploaded-documents";
      JsonNode max = use.picker().path(limit);
      if (!max.isIntegralNumber() || max.asLong() > 1) {
        findings.add(Finding.atValue(CODE, use.type() + " can only be used in complete action payload if value of "
            + "property '" + limit + "' doesn't exceed 1. Default value is 30.", use.pointer()));
      }
    }
  }

  /** Collects the picker values used in the strings below a payload node. */
  private static void uses(JsonNode node, String pointer, boolean topLevel, String screen,
      Map<String, Map<String, JsonNode>> pickers, FlowJsonVersion version, List<Use> out) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        uses(entry.getValue(), Pointers.child(pointer, entry.getKey()), false, screen, pickers, version, out);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        uses(node.get(i), pointer + "/" + i, false, screen, pickers, version, out);
      }
    } else if (node.isString()) {
      PropertyValue value;
      try {
        value = FlowExpressions.parseProperty(node.asString(), version);
      } catch (ExpressionException e) {
        return; // left to the expression rules
      }
      for (Binding binding : value.bindings()) {
        String owner = binding.screen().orElse(screen);
        JsonNode picker = binding.scope() == Binding.Scope.FORM
            ? pickers.getOrDefault(owner, Map.of()).get(binding.path().get(0)) : null;
        if (picker != null) {
          boolean whole = value instanceof PropertyValue.WholeBinding && binding.path().size() == 1;
          out.add(new Use(picker, owner, binding.path().get(0), pointer, topLevel && whole));
        }
      }
    }
  }
}
