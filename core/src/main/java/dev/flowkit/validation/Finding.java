package dev.flowkit.validation;

/**
 * What a rule found, before it is placed in the text: the code, Meta's message, the JSON Pointer of the offending
 * value, and whether the range is its property name (key errors) rather than its value.
 */
record Finding(String code, String message, String pointer, boolean atKey) {

  static Finding atValue(String code, String message, String pointer) {
    return new Finding(code, message, pointer, false);
  }
}
