package dev.flowkit.validation;

import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/** Walks the components of a layout: Form children, If branches and Switch cases included, depth first. */
final class ComponentTree {

  private ComponentTree() {}

  static void forEach(JsonNode children, Consumer<JsonNode> visitor) {
    if (!children.isArray()) {
      return;
    }
    for (JsonNode component : children) {
      visitor.accept(component);
      forEach(component.path("children"), visitor);
      forEach(component.path("then"), visitor);
      forEach(component.path("else"), visitor);
      component.path("cases").forEach(branch -> forEach(branch, visitor));
    }
  }
}
