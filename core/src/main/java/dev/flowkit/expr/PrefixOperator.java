package dev.flowkit.expr;

/** The unary operators of Flow JSON expressions. */
public enum PrefixOperator {
  /** {@code !}: logical not, by JavaScript truthiness. */
  NOT("!"),
  /** {@code -}: negation of a number. */
  MINUS("-"),
  /** {@code +}: a number unchanged (backtick expressions only). */
  PLUS("+");

  private final String symbol;

  PrefixOperator(String symbol) {
    this.symbol = symbol;
  }

  /** The operator as written, e.g. {@code !}. */
  public String symbol() {
    return symbol;
  }
}
