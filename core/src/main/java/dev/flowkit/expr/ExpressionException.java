package dev.flowkit.expr;

/**
 * Base of every failure in {@code dev.flowkit.expr}: the text that failed, where, and what was wrong.
 *
 * <p>{@link #detail()} is the description alone, in Meta's wording where Meta's validator gives one (the
 * validator wraps it as {@code Error while parsing dynamic expression "…". <detail>});
 * {@link #getMessage()} appends {@code " at column N."} with the 1-based column, as Meta's condition
 * validator does.
 */
public abstract sealed class ExpressionException extends RuntimeException
    permits ExpressionSyntaxException, ExpressionTypeException, ExpressionEvaluationException {

  private static final long serialVersionUID = 1L;

  private final String detail;
  private final String source;
  private final Span span;

  ExpressionException(String detail, String source, Span span) {
    super(detail + " at column " + span.column() + ".");
    this.detail = detail;
    this.source = source;
    this.span = span;
  }

  /** What was wrong, without the position. */
  public String detail() {
    return detail;
  }

  /** The whole property string (or condition) the error was found in. */
  public String source() {
    return source;
  }

  /** The characters the error is about. */
  public Span span() {
    return span;
  }

  /** The 1-based column of the first character the error is about. */
  public int column() {
    return span.column();
  }
}
