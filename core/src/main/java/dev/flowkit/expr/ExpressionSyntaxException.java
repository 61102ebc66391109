package dev.flowkit.expr;

/**
 * A property value or condition is not well formed, or uses syntax its Flow JSON version does not have
 * (backtick expressions before 6.0, {@code ${screen.…}} before 4.0).
 */
public final class ExpressionSyntaxException extends ExpressionException {

  private static final long serialVersionUID = 1L;

  ExpressionSyntaxException(String detail, String source, Span span) {
    super(detail, source, span);
  }
}
