package dev.flowkit.expr;

import java.math.BigDecimal;
import java.util.List;

/**
 * A parsed Flow JSON expression: the tree of a backtick expression, an {@code If.condition}, or the parts of
 * an interpolated string. Every node knows its {@link Span} in the property string it was parsed from.
 *
 * <p>A node written in parentheses has a span that includes them. Nodes compare by value, spans included.
 */
public sealed interface Expr
    permits Expr.BindingRef, Expr.StringLiteral, Expr.NumberLiteral, Expr.BooleanLiteral, Expr.Unary, Expr.Binary,
        Expr.Concat {

  /** Where this node was written. */
  Span span();

  /**
   * A reference {@code ${…}}.
   *
   * @param binding what it points at
   * @param span where it was written
   */
  record BindingRef(Binding binding, Span span) implements Expr {}

  /**
   * A string: a single-quoted literal with its escapes resolved, or the text between bindings of an
   * interpolated string.
   *
   * @param value the characters of the string
   * @param span where it was written, quotes included
   */
  record StringLiteral(String value, Span span) implements Expr {}

  /**
   * A number literal.
   *
   * @param value its value, exactly as written
   * @param span where it was written
   */
  record NumberLiteral(BigDecimal value, Span span) implements Expr {

    /** Whether the literal has no fractional part. */
    public boolean isInteger() {
      return value.signum() == 0 || value.stripTrailingZeros().scale() <= 0;
    }
  }

  /**
   * {@code true} or {@code false}.
   *
   * @param value the literal
   * @param span where it was written
   */
  record BooleanLiteral(boolean value, Span span) implements Expr {}

  /**
   * A prefix operator applied to one operand, e.g. {@code !${form.ok}}.
   *
   * @param operator the operator
   * @param operand what it applies to
   * @param span from the operator to the end of the operand
   */
  record Unary(PrefixOperator operator, Expr operand, Span span) implements Expr {}

  /**
   * An infix operator applied to two operands, e.g. {@code ${form.age} >= 18}.
   *
   * @param operator the operator
   * @param left the left operand
   * @param right the right operand
   * @param span from the start of the left operand to the end of the right one
   */
  record Binary(InfixOperator operator, Expr left, Expr right, Span span) implements Expr {}

  /**
   * Operands written next to each other, joined as strings: {@code 'Total: ' ${data.sum} ' EUR'}. Also the
   * parts of an interpolated string {@code "Hi ${data.name}"}.
   *
   * @param parts two or more parts, in order
   * @param span from the first part to the last
   */
  record Concat(List<Expr> parts, Span span) implements Expr {

    /**
     * Copies the parts.
     *
     * @throws IllegalArgumentException if there are fewer than two parts
     */
    public Concat {
      parts = List.copyOf(parts);
      if (parts.size() < 2) {
        throw new IllegalArgumentException("a concatenation has at least two parts, got " + parts.size());
      }
    }
  }
}
