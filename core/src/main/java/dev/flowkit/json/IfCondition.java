package dev.flowkit.json;

import java.util.Objects;

/**
 * An If component's {@code condition}: an expression string in the condition grammar (e.g.
 * {@code ${data.age} > 17 && ${form.agree}}), a backtick expression (6.0+), or a boolean literal (6.0+).
 */
public sealed interface IfCondition permits IfCondition.Fixed, IfCondition.Expression {

  /**
   * A literal {@code true} or {@code false}.
   *
   * @param value the value
   */
  record Fixed(boolean value) implements IfCondition {}

  /**
   * A condition written as text, kept exactly; the expression language parses it.
   *
   * @param text the condition
   */
  record Expression(String text) implements IfCondition {
    /** Not null. */
    public Expression {
      Objects.requireNonNull(text, "text");
    }
  }
}
