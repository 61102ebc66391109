package dev.flowkit.validation;

import java.util.Map;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;
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

  /** Every component of every screen's layout, with its JSON Pointer, screen by screen in document order. */
  static void forEachInFlow(JsonNode root, BiConsumer<JsonNode, String> visitor) {
    JsonNode screens = root.path("screens");
    for (int i = 0; i < screens.size(); i++) {
      forEach(screens.get(i).path("layout").path("children"), "/screens/" + i + "/layout/children", visitor);
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
      // A branch's pointer is only written when the branch is there: most components have none.
      JsonNode branch = component.path("children");
      if (branch.isArray()) {
        forEach(branch, at + "/children", visitor);
      }
      branch = component.path("then");
      if (branch.isArray()) {
        forEach(branch, at + "/then", visitor);
      }
      branch = component.path("else");
      if (branch.isArray()) {
        forEach(branch, at + "/else", visitor);
      }
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
    // This walk visits every node of a layout, and actions are few among them: the pointer is kept in one buffer,
    // cut back on the way up, and written out as a String only for an action.
    walkActions(node, new StringBuilder(pointer), visitor);
  }

  private static void walkActions(JsonNode node, StringBuilder pointer, ActionVisitor visitor) {
    if (node.isObject()) {
      int length = pointer.length();
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        JsonNode value = entry.getValue();
        if (!value.isContainer()) {
          continue;
        }
        pointer.append('/').append(Pointers.escape(entry.getKey()));
        if (value.isObject() && entry.getKey().endsWith("-action")) {
          visitor.visit(value, pointer.toString());
        }
        walkActions(value, pointer, visitor);
        pointer.setLength(length);
      }
    } else if (node.isArray()) {
      int length = pointer.length();
      for (int i = 0; i < node.size(); i++) {
        JsonNode value = node.get(i);
        if (value.isContainer()) {
          walkActions(value, pointer.append('/').append(i), visitor);
          pointer.setLength(length);
        }
      }
    }
  }

  /** Whether any action below a node (as {@link #forEachAction} finds them) matches; stops at the first. */
  static boolean anyAction(JsonNode node, Predicate<JsonNode> test) {
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        JsonNode value = entry.getValue();
        if (value.isObject() && entry.getKey().endsWith("-action") && test.test(value)) {
          return true;
        }
        if (value.isContainer() && anyAction(value, test)) {
          return true;
        }
      }
    } else if (node.isArray()) {
      for (JsonNode value : node) {
        if (value.isContainer() && anyAction(value, test)) {
          return true;
        }
      }
    }
    return false;
  }
}
