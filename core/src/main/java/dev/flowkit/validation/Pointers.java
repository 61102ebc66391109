package dev.flowkit.validation;

/** JSON Pointer segments (RFC 6901): {@code ~} and {@code /} in a property name are written {@code ~0} and {@code ~1}. */
final class Pointers {

  private Pointers() {}

  /** The pointer of a property below {@code pointer}. */
  static String child(String pointer, String name) {
    return pointer + "/" + name.replace("~", "~0").replace("/", "~1");
  }
}
