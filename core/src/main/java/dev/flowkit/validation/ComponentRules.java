package dev.flowkit.validation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * Counts and placement (spec/flow-json.md section 8.5 step 9, section 3.3): components per screen, per-type caps
 * (an If or Switch counts as its largest branch), pickers, ImageCarousels per flow, If nesting, empty branches,
 * inputs outside a present Form, duplicate names, NavigationList screens that are terminal.
 *
 * <p>Where these errors point is not documented; FlowKit points at the screen's layout for counts and at the
 * offending component otherwise.
 */
final class ComponentRules {

  private static final int MAX_COMPONENTS = 100;
  private static final Map<String, Integer> CAPS = Map.of("Footer", 1, "EmbeddedLink", 2, "Image", 3, "OptIn", 5,
      "NavigationList", 2, "ImageCarousel", 2, "RichText", 1);
  private static final List<String> CAP_ORDER = List.of("Footer", "EmbeddedLink", "Image", "OptIn", "NavigationList",
      "ImageCarousel", "RichText", "Form");

  private final int version;
  private final List<Finding> findings = new ArrayList<>();

  private ComponentRules(int version) {
    this.version = version;
  }

  static List<Finding> check(JsonNode root, int version) {
    ComponentRules rules = new ComponentRules(version);
    JsonNode screens = root.path("screens");
    int carousels = 0;
    for (int i = 0; i < screens.size(); i++) {
      carousels += rules.screen(screens.get(i), "/screens/" + i);
    }
    if (carousels > 3) {
      rules.findings.add(new Finding("INVALID_PROPERTY_VALUE", "Maximum number of ImageCarousel allowed per Flow is 3 "
          + "but found " + carousels + ".", "/screens", false));
    }
    return rules.findings;
  }

  /** Checks one screen; returns its ImageCarousel count. */
  private int screen(JsonNode screen, String pointer) {
    JsonNode children = screen.path("layout").path("children");
    String layout = pointer + "/layout";
    int total = total(children);
    if (total > MAX_COMPONENTS) {
      findings.add(new Finding("MAX_ALLOWED_COMPONENTS_PER_SCREEN", "Maximum number of components allowed per screen "
          + "is " + MAX_COMPONENTS + " but found " + total + ".", layout, false));
    }
    Map<String, Integer> counts = counts(children);
    for (String type : CAP_ORDER) {
      int cap = type.equals("Form") ? (version >= 700 ? 1 : Integer.MAX_VALUE) : CAPS.get(type);
      int found = counts.getOrDefault(type, 0);
      if (found > cap) {
        findings.add(new Finding("COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN", "Maximum number of " + type + " allowed per "
            + "screen is " + cap + " but found " + found + ".", layout, false));
      }
    }
    if (counts.getOrDefault("PhotoPicker", 0) + counts.getOrDefault("DocumentPicker", 0) > 1) {
      findings.add(new Finding("COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN", "You can only have a maximum of 1 component of "
          + "type PhotoPicker or DocumentPicker per screen.", layout, false));
    }
    walk(children, layout + "/children", 0);
    minAndMax(children, layout + "/children");
    footersInBranches(children, layout + "/children");
    outsideForm(children, layout + "/children");
    duplicateNames(children, layout + "/children");
    boolean terminal = screen.path("terminal").isBoolean() && screen.path("terminal").asBoolean();
    if (terminal && counts.getOrDefault("NavigationList", 0) > 0) {
      findings.add(new Finding("INVALID_PROPERTY_KEY", "Property 'terminal' is not allowed.", pointer + "/terminal", true));
    }
    return counts.getOrDefault("ImageCarousel", 0);
  }

  /** Every component on the flattened tree, branches included; a Form itself is not counted. */
  private static int total(JsonNode children) {
    int total = 0;
    for (JsonNode component : children) {
      String type = component.path("type").asString("");
      total += type.equals("Form") ? 0 : 1;
      total += total(component.path("children")) + total(component.path("then")) + total(component.path("else"));
      for (JsonNode branch : component.path("cases")) {
        total += total(branch);
      }
    }
    return total;
  }

  /** Per-type counts; an If or a Switch contributes, per type, the most any one of its branches has. */
  private static Map<String, Integer> counts(JsonNode children) {
    Map<String, Integer> counts = new HashMap<>();
    for (JsonNode component : children) {
      String type = component.path("type").asString("");
      counts.merge(type, 1, Integer::sum);
      switch (type) {
        case "Form" -> counts(component.path("children")).forEach((t, n) -> counts.merge(t, n, Integer::sum));
        case "If" -> maxOf(List.of(counts(component.path("then")), counts(component.path("else"))))
            .forEach((t, n) -> counts.merge(t, n, Integer::sum));
        case "Switch" -> {
          List<Map<String, Integer>> branches = new ArrayList<>();
          component.path("cases").forEach(branch -> branches.add(counts(branch)));
          maxOf(branches).forEach((t, n) -> counts.merge(t, n, Integer::sum));
        }
        default -> { }
      }
    }
    return counts;
  }

  private static Map<String, Integer> maxOf(List<Map<String, Integer>> branches) {
    Map<String, Integer> max = new HashMap<>();
    branches.forEach(branch -> branch.forEach((t, n) -> max.merge(t, n, Math::max)));
    return max;
  }

  /** If nesting, empty If branches and empty Switch cases. */
  private void walk(JsonNode children, String pointer, int ifDepth) {
    for (int i = 0; i < children.size(); i++) {
      JsonNode component = children.get(i);
      String at = pointer + "/" + i;
      switch (component.path("type").asString("")) {
        case "If" -> {
          if (ifDepth + 1 > 3) {
            findings.add(new Finding("MAXIMUM_IF_NESTING", "The 'If' component can only be nested up to 3 levels deep.",
                at, false));
          }
          if (component.path("then").isArray() && component.path("then").isEmpty()) {
            findings.add(new Finding("INVALID_PROPERTY_VALUE", "Expected array to contain at least one component.",
                at + "/then", false));
          }
          walk(component.path("then"), at + "/then", ifDepth + 1);
          walk(component.path("else"), at + "/else", ifDepth + 1);
        }
        case "Switch" -> {
          JsonNode cases = component.path("cases");
          if (cases.isObject() && cases.isEmpty()) {
            findings.add(new Finding("EMPTY_SWITCH_CASES", "The 'cases' property of a Switch component cannot be empty.",
                at + "/cases", false));
          }
          for (Map.Entry<String, JsonNode> entry : cases.properties()) {
            walk(entry.getValue(), at + "/cases/" + entry.getKey(), ifDepth);
          }
        }
        case "Form" -> walk(component.path("children"), at + "/children", ifDepth);
        default -> { }
      }
    }
  }

  /**
   * A Footer in an If must be in both branches (so {@code else} must exist); in a Switch, in every case or in none
   * (section 3.3). Branches are looked at where a Footer may stand: the screen's top level and a top-level Form.
   */
  private void footersInBranches(JsonNode children, String pointer) {
    for (int i = 0; i < children.size(); i++) {
      JsonNode component = children.get(i);
      String at = pointer + "/" + i;
      switch (component.path("type").asString("")) {
        case "If" -> {
          boolean inThen = hasDirectFooter(component.path("then"));
          boolean hasElse = component.has("else");
          boolean inElse = hasDirectFooter(component.path("else"));
          if (inThen && !hasElse) {
            findings.add(new Finding("MISSING_FOOTER_IN_IF_ELSE_BRANCHES", "Missing Footer inside one of the 'If' "
                + "component branches. Branch 'else' should exist and contain one Footer.", at, false));
          } else if (inThen != inElse) {
            findings.add(new Finding("MISSING_FOOTER_IN_IF_ELSE_BRANCHES", "Footer component must be present in all "
                + "branches of 'If' component if it exists in any one branch.", at, false));
          }
        }
        case "Switch" -> {
          int cases = 0;
          int withFooter = 0;
          for (JsonNode branch : component.path("cases")) {
            cases++;
            withFooter += hasDirectFooter(branch) ? 1 : 0;
          }
          if (withFooter > 0 && withFooter < cases) {
            findings.add(new Finding("MISSING_FOOTER_IN_SWITCH_BRANCHES", "Footer component must be present in all "
                + "switch cases if it exists in one of the cases.", at, false));
          }
        }
        case "Form" -> footersInBranches(component.path("children"), at + "/children");
        default -> { }
      }
    }
  }

  private static boolean hasDirectFooter(JsonNode branch) {
    for (JsonNode component : branch) {
      if (component.path("type").asString("").equals("Footer")) {
        return true;
      }
    }
    return false;
  }

  private static final Map<String, List<String>> MIN_MAX = Map.of(
      "TextInput", List.of("min-chars", "max-chars"),
      "CheckboxGroup", List.of("min-selected-items", "max-selected-items"),
      "ChipsSelector", List.of("min-selected-items", "max-selected-items"),
      "PhotoPicker", List.of("min-uploaded-photos", "max-uploaded-photos"),
      "DocumentPicker", List.of("min-uploaded-documents", "max-uploaded-documents"));

  /** A literal minimum above its literal maximum (section 5; the exact quoting of Meta's message is UNCERTAIN). */
  private void minAndMax(JsonNode children, String pointer) {
    ComponentTree.forEach(children, pointer, (component, at) -> {
      String type = component.path("type").asString("");
      List<String> pair = MIN_MAX.get(type);
      if (pair != null && component.path(pair.get(0)).isIntegralNumber() && component.path(pair.get(1)).isIntegralNumber()
          && component.path(pair.get(0)).asLong() > component.path(pair.get(1)).asLong()) {
        findings.add(new Finding("MIN_VALUE_GREATER_THAN_MAX", "'" + pair.get(0) + "' cannot be greater than '"
            + pair.get(1) + "' for " + type + " '" + component.path("name").asString("") + "'.", at + "/" + pair.get(0),
            false));
      }
    });
  }

  /** From 4.0: when a screen has a Form, its inputs may not stand outside it. */
  private void outsideForm(JsonNode children, String pointer) {
    if (version < 400) {
      return;
    }
    boolean hasForm = false;
    for (JsonNode component : children) {
      hasForm |= component.path("type").asString("").equals("Form");
    }
    if (!hasForm) {
      return;
    }
    Set<String> outside = new LinkedHashSet<>();
    collectOutside(children, outside);
    if (outside.size() == 1) {
      findings.add(new Finding("COMPONENTS_OUTSIDE_FORM", "Component '" + outside.iterator().next() + "' is not allowed "
          + "outside Form when Form component is present.", pointer, false));
    } else if (outside.size() > 1) {
      findings.add(new Finding("COMPONENTS_OUTSIDE_FORM", "Components '" + String.join("', '", outside) + "' are not "
          + "allowed outside Form when Form component is present.", pointer, false));
    }
  }

  private static void collectOutside(JsonNode children, Set<String> outside) {
    for (JsonNode component : children) {
      String type = component.path("type").asString("");
      if (ComponentSchemas.INPUTS.contains(type)) {
        outside.add(type);
      } else if (!type.equals("Form")) {
        collectOutside(component.path("then"), outside);
        collectOutside(component.path("else"), outside);
        component.path("cases").forEach(branch -> collectOutside(branch, outside));
      }
    }
  }

  /** Component names are unique on a screen, across every branch. */
  private void duplicateNames(JsonNode children, String pointer) {
    Map<String, Integer> seen = new LinkedHashMap<>();
    Set<String> reported = new HashSet<>();
    names(children, seen);
    seen.forEach((name, count) -> {
      if (count > 1 && reported.add(name)) {
        findings.add(new Finding("DUPLICATE_FORM_COMPONENT_NAMES", "Duplicate name found for Form components: '" + name
            + "'.", pointer, false));
      }
    });
  }

  private static void names(JsonNode children, Map<String, Integer> seen) {
    ComponentTree.forEach(children, component -> {
      JsonNode name = component.get("name");
      if (name != null && name.isString() && !component.path("type").asString("").equals("Form")) {
        seen.merge(name.asString(), 1, Integer::sum);
      }
    });
  }
}
