package dev.flowkit.validation;

/** JSON Pointer segments (RFC 6901): {@code ~} and {@code /} in a property name are written {@code ~0} and {@code ~1}. */
final class Pointers {

  private Pointers() {}

  /** The pointer of a property below {@code pointer}. */
  static String child(String pointer, String name) {
    return pointer + "/" + escape(name);
  }

  /** A property name as a pointer segment; the name itself when it holds neither character (nearly always). */
  static String escape(String name) {
    return name.indexOf('~') < 0 && name.indexOf('/') < 0 ? name : name.replace("~", "~0").replace("/", "~1");
  }
}
