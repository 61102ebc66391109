package dev.flowkit.expr;

import java.util.Optional;

/**
 * The binary operators of Flow JSON expressions, from the tightest binding to the loosest (JavaScript's
 * order, which Meta's expression parser follows).
 */
public enum InfixOperator {
  /** {@code *}: accepted by Meta's parser and type validator though the docs list only {@code + - / %}. */
  MULTIPLY("*", 5),
  /** {@code /}: division; dividing by 0 or an empty value yields 0. */
  DIVIDE("/", 5),
  /** {@code %}: remainder, with the dividend's sign; by 0 or an empty value yields 0. */
  REMAINDER("%", 5),
  /** {@code +}: addition of numbers (concatenation is written by juxtaposition). */
  ADD("+", 4),
  /** {@code -}: subtraction. */
  SUBTRACT("-", 4),
  /** {@code <}. */
  LESS("<", 3),
  /** {@code <=}. */
  LESS_OR_EQUAL("<=", 3),
  /** {@code >}. */
  GREATER(">", 3),
  /** {@code >=}. */
  GREATER_OR_EQUAL(">=", 3),
  /** {@code ==}. */
  EQUAL("==", 2),
  /** {@code !=}. */
  NOT_EQUAL("!=", 2),
  /** {@code &&}. */
  AND("&&", 1),
  /** {@code ||}. */
  OR("||", 0);

  private final String symbol;
  private final int precedence;

  InfixOperator(String symbol, int precedence) {
    this.symbol = symbol;
    this.precedence = precedence;
  }

  /** The operator as written, e.g. {@code >=}. */
  public String symbol() {
    return symbol;
  }

  /** Higher binds tighter. */
  int precedence() {
    return precedence;
  }

  boolean isArithmetic() {
    return precedence >= 4;
  }

  boolean isRelational() {
    return precedence == 3;
  }

  boolean isEquality() {
    return precedence == 2;
  }

  boolean isComparison() {
    return isRelational() || isEquality();
  }

  boolean isLogical() {
    return precedence <= 1;
  }

  static Optional<InfixOperator> bySymbol(String symbol) {
    for (InfixOperator operator : values()) {
      if (operator.symbol.equals(symbol)) {
        return Optional.of(operator);
      }
    }
    return Optional.empty();
  }
}
