package dev.flowkit.validation;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Screens that belong to one component (spec/flow-json.md section 3.3; section 8.5 step 9), reported as
 * INVALID_COMPONENT_PLACEMENT: a RichText stands alone (from 6.3 it may share its screen with one Footer), and a
 * screen with a NavigationList holds only NavigationLists. A wrapping Form is ignored; If and Switch count as
 * components, and so does everything in their branches. The caps themselves (one RichText, two NavigationLists) and
 * "no NavigationList on a terminal screen" are {@link ComponentRules}'.
 *
 * <p>Both errors point at the RichText or NavigationList concerned.
 */
final class PlacementRules {

  private static final String CODE = "INVALID_COMPONENT_PLACEMENT";

  private PlacementRules() {}

  static List<Finding> check(JsonNode root, int version) {
    List<Finding> findings = new ArrayList<>();
    JsonNode screens = root.path("screens");
    for (int i = 0; i < screens.size(); i++) {
      screen(screens.get(i).path("layout").path("children"), "/screens/" + i + "/layout/children", version, findings);
    }
    return findings;
  }

  private static void screen(JsonNode children, String pointer, int version, List<Finding> findings) {
    List<String> richTexts = new ArrayList<>();
    List<String> navigationLists = new ArrayList<>();
    int[] footers = {0};
    int[] others = {0};
    ComponentTree.forEach(children, pointer, (component, at) -> {
      switch (component.path("type").asString("")) {
        case "RichText" -> richTexts.add(at);
        case "NavigationList" -> navigationLists.add(at);
        case "Footer" -> footers[0]++;
        case "Form" -> { }
        default -> others[0]++;
      }
    });
    int besideRichText = others[0] + navigationLists.size() + richTexts.size() - 1;
    if (!richTexts.isEmpty()) {
      if (version >= 603 && others[0] + navigationLists.size() + Math.max(0, footers[0] - 1) > 0) {
        // Meta's tail of this message is not known (spec section 3.3); it is ended after "component". A second
        // RichText is the per-screen cap's to report: this message, which offers the Footer, would not help.
        richTexts.forEach(at -> findings.add(Finding.atValue(CODE, "RichText can either be the only component on the "
            + "screen or it can be paired exclusively with the Footer component.", at)));
      } else if (version < 603 && besideRichText + footers[0] > 0) {
        // Before 6.3 a RichText stands alone, a second RichText included. Of Meta's two RichText messages this is
        // the one that does not offer the Footer, which 6.3 allowed (spec section 3.3; which chain uses which
        // message is UNCERTAIN).
        richTexts.forEach(at -> findings.add(Finding.atValue(CODE, "Only one RichText component can be used per "
            + "screen. Please remove other components.", at)));
      }
    }
    if (!navigationLists.isEmpty() && others[0] + footers[0] + richTexts.size() > 0) {
      // Meta's text is UNCERTAIN ("similar to RichText's", spec section 3.3); FlowKit words it the same way.
      navigationLists.forEach(at -> findings.add(Finding.atValue(CODE, "Only NavigationList components can be used on "
          + "a screen with a NavigationList. Please remove other components.", at)));
    }
  }
}
