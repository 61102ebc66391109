package dev.flowkit.validation;

import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Data-source items (spec/flow-json.md section 5.7; section 8.5 step 11): one data-source shows either images or
 * colours, never both (DATA_SOURCE_ITEMS_HAVE_BOTH_IMAGE_AND_COLOR), whether one item has both or some items have
 * an {@code image} and others a {@code color}. A bound data-source is known only on the phone and is not checked.
 *
 * <p>Meta's message was not captured (UNCERTAIN): FlowKit names the component's type and name and points at the
 * data-source.
 */
final class DataSourceRules {

  private DataSourceRules() {}

  static List<Finding> check(JsonNode root) {
    List<Finding> findings = new ArrayList<>();
    ComponentTree.forEachInFlow(root, (component, at) -> {
      boolean image = false;
      boolean color = false;
      for (JsonNode item : component.path("data-source")) {
        image |= item.has("image");
        color |= item.has("color");
      }
      if (image && color) {
        findings.add(Finding.atValue("DATA_SOURCE_ITEMS_HAVE_BOTH_IMAGE_AND_COLOR", "The data-source of "
            + component.path("type").asString("") + " '" + component.path("name").asString("") + "' cannot "
            + "have both 'image' and 'color' in its items.", at + "/data-source"));
      }
    });
    return findings;
  }
}
