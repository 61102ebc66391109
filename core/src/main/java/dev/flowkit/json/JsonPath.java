package dev.flowkit.json;

/**
 * A location in a JSON document, kept as both a readable path ({@code $.screens[0].layout}) and a JSON Pointer
 * ({@code /screens/0/layout}) for looking the position up in the text.
 */
record JsonPath(String display, String pointer) {

  static final JsonPath ROOT = new JsonPath("$", "");

  JsonPath property(String name) {
    return new JsonPath(display + "." + name, pointer + "/" + name.replace("~", "~0").replace("/", "~1"));
  }

  JsonPath index(int index) {
    return new JsonPath(display + "[" + index + "]", pointer + "/" + index);
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
