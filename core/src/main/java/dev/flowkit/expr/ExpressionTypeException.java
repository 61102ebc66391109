package dev.flowkit.expr;

/**
 * A well-formed expression applies an operator to operands of the wrong static type, e.g. {@code 'a' < 3}, or
 * its result does not have the type its place needs. Messages follow Meta's type validator.
 */
public final class ExpressionTypeException extends ExpressionException {

  private static final long serialVersionUID = 1L;

  ExpressionTypeException(String detail, String source, Span span) {
    super(detail, source, span);
  }
}
