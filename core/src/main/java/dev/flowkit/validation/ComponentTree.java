package dev.flowkit.validation;

import java.util.Map;
import java.util.function.BiConsumer;
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

  /** The same walk, with each component's JSON Pointer ({@code pointer} is the children array's). */
  static void forEach(JsonNode children, String pointer, BiConsumer<JsonNode, String> visitor) {
    if (!children.isArray()) {
      return;
    }
    for (int i = 0; i < children.size(); i++) {
      JsonNode component = children.get(i);
      String at = pointer + "/" + i;
      visitor.accept(component, at);
      forEach(component.path("children"), at + "/children", visitor);
      forEach(component.path("then"), at + "/then", visitor);
      forEach(component.path("else"), at + "/else", visitor);
      for (Map.Entry<String, JsonNode> entry : component.path("cases").properties()) {
        forEach(entry.getValue(), Pointers.child(at + "/cases", entry.getKey()), visitor);
      }
    }
  }

  /** Visits an action object and the JSON Pointer where it stands. */
  interface ActionVisitor {
    void visit(JsonNode action, String pointer);
  }

  /**
   * Every action ({@code on-click-action}, {@code on-select-action}, ...) below a node, in document order,
   * including actions carried inside other actions' payloads (e.g. data-source items in an update_data payload).
   */
  static void forEachAction(JsonNode node, String pointer, ActionVisitor visitor) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        String at = Pointers.child(pointer, entry.getKey());
        if (entry.getKey().endsWith("-action") && entry.getValue().isObject()) {
          visitor.visit(entry.getValue(), at);
        }
        forEachAction(entry.getValue(), at, visitor);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        forEachAction(node.get(i), pointer + "/" + i, visitor);
      }
    }
  }
}
