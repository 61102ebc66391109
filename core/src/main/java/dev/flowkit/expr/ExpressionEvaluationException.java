package dev.flowkit.expr;

/**
 * Evaluating an expression met values no rule converts, e.g. a string in arithmetic or an array in a
 * concatenation. The static type check reports these earlier when the bindings' types are known.
 */
public final class ExpressionEvaluationException extends ExpressionException {

  private static final long serialVersionUID = 1L;

  ExpressionEvaluationException(String detail, String source, Span span) {
    super(detail, source, span);
  }
}
