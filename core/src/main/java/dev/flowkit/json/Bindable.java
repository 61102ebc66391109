package dev.flowkit.json;

import java.util.Objects;

/**
 * A property value that is either a literal or dynamic: a whole-value binding such as {@code ${data.visible}} or
 * {@code ${screen.A.form.name}}, or (Flow JSON 6.0+) an expression wrapped in backticks. In the JSON text both
 * dynamic forms are strings; a literal has the property's own type ({@code true}, {@code 3}, {@code "Hi"}).
 *
 * <p>A string that merely contains a binding among other text ({@code "Hi ${data.name}"}) is a
 * {@link Literal}: it is string interpolation, which the expression language parses when it evaluates it.
 *
 * @param <T> the type of the literal: {@link Boolean}, {@link Long}, {@link java.math.BigDecimal} or {@link String}
 */
public sealed interface Bindable<T> permits Bindable.Literal, Bindable.Dynamic {

  /** A literal value, written with its own JSON type. */
  static <T> Bindable<T> of(T value) {
    return new Literal<>(value);
  }

  /**
   * A dynamic value from its text.
   *
   * @throws IllegalArgumentException if the text is neither a whole {@code ${...}} binding nor a backtick expression
   */
  static <T> Bindable<T> dynamic(String expression) {
    return new Dynamic<>(expression);
  }

  /** A string property's value: {@link Dynamic} when the whole text is a binding or an expression, else literal. */
  static Bindable<String> ofText(String text) {
    return Dynamic.isDynamic(text) ? new Dynamic<>(text) : new Literal<>(text);
  }

  /** Whether this value is a binding or an expression. */
  default boolean isDynamic() {
    return this instanceof Dynamic;
  }

  /**
   * A literal value.
   *
   * @param value the value, never a binding
   * @param <T> its type
   */
  record Literal<T>(T value) implements Bindable<T> {
    /** A literal. */
    public Literal {
      Objects.requireNonNull(value, "value");
    }

    @Override
    public String toString() {
      return String.valueOf(value);
    }
  }

  /**
   * A binding ({@code ${data.x}}, {@code ${form.x}}, {@code ${screen.ID.data.x}}, {@code ${screen.ID.form.x}}) or
   * a backtick expression, kept as its exact text.
   *
   * @param expression the text, e.g. {@code ${data.is_visible}} or {@code `${form.age} >= 18`}
   * @param <T> the type the value must resolve to
   */
  record Dynamic<T>(String expression) implements Bindable<T> {
    /** A dynamic value; the text must be a whole binding or a backtick expression. */
    public Dynamic {
      if (!isDynamic(expression)) {
        throw new IllegalArgumentException("not a binding or backtick expression: " + expression
            + " (expected ${data.x}, ${form.x}, ${screen.ID.data.x} or `...`)");
      }
    }

    /**
     * Whether the whole text is one binding or a backtick expression. Every string property of a flow passes
     * through here, so the first and last characters decide before anything is scanned.
     */
    static boolean isDynamic(String text) {
      int length = text.length();
      if (length < 2) {
        return false;
      }
      char first = text.charAt(0);
      char last = text.charAt(length - 1);
      if (first == '`') {
        return last == '`';
      }
      return first == '$' && last == '}' && text.charAt(1) == '{' && text.indexOf('}') == length - 1;
    }

    @Override
    public String toString() {
      return expression;
    }
  }
}
