package dev.flowkit.expr;

/** The static type of a binding or an expression, as Meta's type validator distinguishes them. */
public enum ExprType {
  /** A string. */
  STRING,
  /** A number that may have a fraction. */
  NUMBER,
  /** A whole number; accepted wherever a number is. */
  INTEGER,
  /** {@code true} or {@code false}. */
  BOOLEAN,
  /** A JSON array. */
  ARRAY,
  /** A JSON object. */
  OBJECT,
  /** Not known statically (e.g. an undeclared binding the validator reports elsewhere); accepted anywhere. */
  UNKNOWN;

  /** The type's name in Meta's messages and in JSON Schema, e.g. {@code number}. */
  public String jsonName() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  boolean isNumeric() {
    return this == NUMBER || this == INTEGER;
  }
}
