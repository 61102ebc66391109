package dev.flowkit.expr;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Evaluates an expression the way the client's runtime does (Flow JSON §7.4, runtime semantics): empty
 * operands count as 0 in arithmetic, dividing by 0 yields 0, arithmetic rounds to 2 decimals, {@code <} is
 * false unless both sides are numbers, logic follows JavaScript truthiness.
 */
final class Evaluator {

  private static final Pattern NUMERIC = Pattern.compile("\\s*-?(\\d+\\.?\\d*|\\.\\d+)\\s*");

  private final String source;
  private final BindingValues values;

  Evaluator(String source, BindingValues values) {
    this.source = source;
    this.values = values;
  }

  Value evaluate(Expr expr) {
    if (expr instanceof Expr.BindingRef ref) {
      return values.resolve(ref.binding()).map(Value::of).orElse(Value.EMPTY);
    } else if (expr instanceof Expr.StringLiteral string) {
      return Value.of(string.value());
    } else if (expr instanceof Expr.NumberLiteral number) {
      return Value.of(number.value());
    } else if (expr instanceof Expr.BooleanLiteral bool) {
      return Value.of(bool.value());
    } else if (expr instanceof Expr.Unary unary) {
      return unary(unary);
    } else if (expr instanceof Expr.Binary binary) {
      return binary(binary);
    }
    StringBuilder text = new StringBuilder();
    for (Expr part : ((Expr.Concat) expr).parts()) {
      text.append(text(evaluate(part), part));
    }
    return Value.of(text.toString());
  }

  private Value unary(Expr.Unary unary) {
    Value operand = evaluate(unary.operand());
    switch (unary.operator()) {
      case NOT:
        return Value.of(!operand.isTruthy());
      case MINUS:
        return Value.of(round(number(operand, unary.operand(), "-").negate()));
      default:
        return Value.of(round(number(operand, unary.operand(), "+")));
    }
  }

  private Value binary(Expr.Binary binary) {
    InfixOperator operator = binary.operator();
    Value left = evaluate(binary.left());
    if (operator == InfixOperator.AND) {
      return Value.of(left.isTruthy() && evaluate(binary.right()).isTruthy());
    } else if (operator == InfixOperator.OR) {
      return Value.of(left.isTruthy() || evaluate(binary.right()).isTruthy());
    }
    Value right = evaluate(binary.right());
    if (operator.isEquality()) {
      return Value.of(equal(left, right) == (operator == InfixOperator.EQUAL));
    } else if (operator.isRelational()) {
      return Value.of(compare(operator, left, right));
    }
    BigDecimal a = number(left, binary.left(), operator.symbol());
    BigDecimal b = number(right, binary.right(), operator.symbol());
    return Value.of(round(arithmetic(operator, a, b)));
  }

  private static BigDecimal arithmetic(InfixOperator operator, BigDecimal a, BigDecimal b) {
    switch (operator) {
      case MULTIPLY:
        return a.multiply(b);
      case DIVIDE:
        return b.signum() == 0 ? BigDecimal.ZERO : a.divide(b, MathContext.DECIMAL128);
      case REMAINDER:
        return b.signum() == 0 ? BigDecimal.ZERO : a.remainder(b);
      case ADD:
        return a.add(b);
      default:
        return a.subtract(b);
    }
  }

  /**
   * Two empty values are equal; if either side is a number both compare as numbers (as JavaScript's
   * {@code Number()} converts the other: empty is 0, booleans 1 and 0, numeric strings their value, anything
   * else unequal); otherwise equality is strict: same kind, same content (arrays and objects by content).
   */
  private static boolean equal(Value left, Value right) {
    if (left.isEmpty() && right.isEmpty()) {
      return true;
    }
    if (left instanceof Value.NumberValue || right instanceof Value.NumberValue) {
      Optional<BigDecimal> a = asNumber(left);
      Optional<BigDecimal> b = asNumber(right);
      return a.isPresent() && b.isPresent() && a.get().compareTo(b.get()) == 0;
    }
    return left.equals(right);
  }

  private static Optional<BigDecimal> asNumber(Value value) {
    if (value instanceof Value.NumberValue number) {
      return Optional.of(number.value());
    } else if (value.isEmpty()) {
      return Optional.of(BigDecimal.ZERO);
    } else if (value instanceof Value.BooleanValue bool) {
      return Optional.of(bool.value() ? BigDecimal.ONE : BigDecimal.ZERO);
    } else if (value instanceof Value.StringValue string && NUMERIC.matcher(string.value()).matches()) {
      return Optional.of(new BigDecimal(string.value().trim()));
    }
    return Optional.empty();
  }

  private static boolean compare(InfixOperator operator, Value left, Value right) {
    if (!(left instanceof Value.NumberValue a) || !(right instanceof Value.NumberValue b)) {
      return false;
    }
    int order = a.value().compareTo(b.value());
    switch (operator) {
      case LESS:
        return order < 0;
      case LESS_OR_EQUAL:
        return order <= 0;
      case GREATER:
        return order > 0;
      default:
        return order >= 0;
    }
  }

  /** An arithmetic operand: a number, or 0 for an empty value; anything else has no defined conversion. */
  private BigDecimal number(Value value, Expr operand, String symbol) {
    if (value instanceof Value.NumberValue number) {
      return number.value();
    } else if (value.isEmpty()) {
      return BigDecimal.ZERO;
    }
    throw new ExpressionEvaluationException("Operation '" + symbol + "' can only be used with numbers, but '"
        + operand.span().of(source) + "' is " + describe(value), source, operand.span());
  }

  /** The string form of a concatenation part: numbers without trailing zeros, empty as nothing. */
  private String text(Value value, Expr part) {
    if (value instanceof Value.StringValue string) {
      return string.value();
    } else if (value instanceof Value.NumberValue number) {
      return plain(number.value());
    } else if (value instanceof Value.BooleanValue bool) {
      return Boolean.toString(bool.value());
    } else if (value.isEmpty()) {
      return "";
    }
    throw new ExpressionEvaluationException("Concatenation can only be used with strings, numbers and booleans, "
        + "but '" + part.span().of(source) + "' is " + describe(value), source, part.span());
  }

  static String plain(BigDecimal number) {
    return number.signum() == 0 ? "0" : number.stripTrailingZeros().toPlainString();
  }

  /** Every arithmetic result is rounded to 2 decimals (half away from zero) and loses trailing zeros. */
  private static BigDecimal round(BigDecimal number) {
    BigDecimal rounded = number.setScale(2, RoundingMode.HALF_UP).stripTrailingZeros();
    return rounded.scale() < 0 ? rounded.setScale(0) : rounded;
  }

  private static String describe(Value value) {
    if (value instanceof Value.StringValue string) {
      return "the string '" + string.value() + "'";
    } else if (value instanceof Value.BooleanValue bool) {
      return "the boolean " + bool.value();
    } else if (value instanceof Value.ArrayValue) {
      return "an array";
    }
    return "an object";
  }
}
