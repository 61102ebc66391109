package dev.flowkit.expr;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The result of evaluating an expression, or the value of a binding, typed the way the client's runtime
 * tells them apart.
 */
public sealed interface Value
    permits Value.StringValue, Value.NumberValue, Value.BooleanValue, Value.EmptyValue, Value.ArrayValue,
        Value.ObjectValue {

  /** The value of a missing binding or a JSON {@code null}. */
  EmptyValue EMPTY = new EmptyValue();

  /**
   * A string.
   *
   * @param value the characters
   */
  record StringValue(String value) implements Value {}

  /**
   * A number.
   *
   * @param value the number; compare with {@code compareTo}, as {@code 2} and {@code 2.00} are the same
   */
  record NumberValue(BigDecimal value) implements Value {}

  /**
   * A boolean.
   *
   * @param value the boolean
   */
  record BooleanValue(boolean value) implements Value {}

  /** Nothing: a binding without a value, or {@code null}. */
  record EmptyValue() implements Value {}

  /**
   * A JSON array, e.g. the selection of a CheckboxGroup.
   *
   * @param json the array
   */
  record ArrayValue(ArrayNode json) implements Value {}

  /**
   * A JSON object, e.g. the range of a CalendarPicker.
   *
   * @param json the object
   */
  record ObjectValue(ObjectNode json) implements Value {}

  /** A string value. */
  static Value of(String value) {
    return new StringValue(value);
  }

  /** A number value. */
  static Value of(BigDecimal value) {
    return new NumberValue(value);
  }

  /** A boolean value. */
  static Value of(boolean value) {
    return new BooleanValue(value);
  }

  /** The value a JSON node holds: {@code null} and missing nodes are {@link #EMPTY}. */
  static Value of(JsonNode json) {
    if (json.isString()) {
      return new StringValue(json.stringValue());
    } else if (json.isNumber()) {
      return new NumberValue(json.decimalValue());
    } else if (json.isBoolean()) {
      return new BooleanValue(json.booleanValue());
    } else if (json instanceof ArrayNode array) {
      return new ArrayValue(array);
    } else if (json instanceof ObjectNode object) {
      return new ObjectValue(object);
    }
    return EMPTY;
  }

  /** Whether this is {@link #EMPTY} or the empty string, which the runtime treats alike. */
  default boolean isEmpty() {
    return this instanceof EmptyValue || this instanceof StringValue s && s.value().isEmpty();
  }

  /**
   * JavaScript truthiness: false for empty, {@code ""}, {@code 0} and {@code false}; true otherwise (arrays and
   * objects included, even empty ones).
   */
  default boolean isTruthy() {
    if (this instanceof StringValue s) {
      return !s.value().isEmpty();
    } else if (this instanceof NumberValue n) {
      return n.value().signum() != 0;
    } else if (this instanceof BooleanValue b) {
      return b.value();
    }
    return !(this instanceof EmptyValue);
  }
}
