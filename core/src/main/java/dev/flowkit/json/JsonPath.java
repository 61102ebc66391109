package dev.flowkit.json;

import java.util.ArrayDeque;
import java.util.Deque;

/**
 * A location in a JSON document, as a chain of steps from the root. Cheap to extend (reading makes one per
 * property); its readable form ({@code $.screens[0].layout}) and JSON Pointer ({@code /screens/0/layout}) are
 * built only when something is reported.
 */
final class JsonPath {

  static final JsonPath ROOT = new JsonPath(null, null, -1);

  private final JsonPath parent;
  private final String name;
  private final int index;

  private JsonPath(JsonPath parent, String name, int index) {
    this.parent = parent;
    this.name = name;
    this.index = index;
  }

  JsonPath property(String name) {
    return new JsonPath(this, name, -1);
  }

  JsonPath index(int index) {
    return new JsonPath(this, null, index);
  }

  /** E.g. {@code $.screens[0].layout}. */
  String display() {
    StringBuilder out = new StringBuilder("$");
    for (JsonPath step : steps()) {
      if (step.name != null) {
        out.append('.').append(step.name);
      } else {
        out.append('[').append(step.index).append(']');
      }
    }
    return out.toString();
  }

  /** E.g. {@code /screens/0/layout}. */
  String pointer() {
    StringBuilder out = new StringBuilder();
    for (JsonPath step : steps()) {
      out.append('/').append(step.name != null
          ? step.name.replace("~", "~0").replace("/", "~1") : Integer.toString(step.index));
    }
    return out.toString();
  }

  private Deque<JsonPath> steps() {
    Deque<JsonPath> steps = new ArrayDeque<>();
    for (JsonPath step = this; step.parent != null; step = step.parent) {
      steps.push(step);
    }
    return steps;
  }

  @Override
  public String toString() {
    return display();
  }

  /** The readable form of a JSON Pointer, e.g. {@code /screens/0/id} to {@code $.screens[0].id}. */
  static String displayOf(String pointer) {
    StringBuilder out = new StringBuilder("$");
    if (pointer.isEmpty()) {
      return out.toString();
    }
    for (String segment : pointer.substring(1).split("/", -1)) {
      String name = segment.replace("~1", "/").replace("~0", "~");
      if (!name.isEmpty() && name.chars().allMatch(Character::isDigit)) {
        out.append('[').append(name).append(']');
      } else {
        out.append('.').append(name);
      }
    }
    return out.toString();
  }
}
