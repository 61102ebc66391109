package dev.flowkit.expr;

/** Computes the static type of an expression, reporting operand types Meta's type validator refuses. */
final class TypeChecker {

  private final String source;
  private final BindingTypes types;
  private final boolean conditionGrammar;

  TypeChecker(String source, BindingTypes types, boolean conditionGrammar) {
    this.source = source;
    this.types = types;
    this.conditionGrammar = conditionGrammar;
  }

  ExprType check(Expr expr) {
    if (expr instanceof Expr.BindingRef ref) {
      return types.typeOf(ref.binding());
    } else if (expr instanceof Expr.StringLiteral) {
      return ExprType.STRING;
    } else if (expr instanceof Expr.NumberLiteral number) {
      return number.isInteger() ? ExprType.INTEGER : ExprType.NUMBER;
    } else if (expr instanceof Expr.BooleanLiteral) {
      return ExprType.BOOLEAN;
    } else if (expr instanceof Expr.Unary unary) {
      return unary(unary);
    } else if (expr instanceof Expr.Binary binary) {
      return binary(binary);
    }
    for (Expr part : ((Expr.Concat) expr).parts()) {
      ExprType type = check(part);
      if (type == ExprType.ARRAY || type == ExprType.OBJECT) {
        throw error("Concatenation can only be used with strings, numbers and booleans, found '" + type.jsonName()
            + "'.", part);
      }
    }
    return ExprType.STRING;
  }

  /** Checks that {@code expr} yields {@code expected}; an integer fits a number, unknown fits anything. */
  ExprType checkResult(Expr expr, ExprType expected) {
    ExprType type = check(expr);
    if (!fits(type, expected)) {
      boolean lone = !(expr instanceof Expr.Unary || expr instanceof Expr.Binary || expr instanceof Expr.Concat);
      throw error(conditionGrammar && lone && expected == ExprType.BOOLEAN
          ? "Expected single operand to be a boolean."
          : "The expression return type is '" + type.jsonName() + "' which does not match the schema for the "
              + "property.", expr);
    }
    return type;
  }

  private static boolean fits(ExprType type, ExprType expected) {
    return type == expected || type == ExprType.UNKNOWN || expected == ExprType.UNKNOWN
        || type == ExprType.INTEGER && expected == ExprType.NUMBER;
  }

  private ExprType unary(Expr.Unary unary) {
    ExprType operand = check(unary.operand());
    String symbol = unary.operator().symbol();
    if (unary.operator() == PrefixOperator.NOT) {
      require(bool(operand), "Operation '" + symbol + "' can only be used with booleans.", unary);
      return ExprType.BOOLEAN;
    }
    require(numeric(operand), "Operation '" + symbol + "' can only be used with numbers.", unary);
    return operand == ExprType.UNKNOWN ? ExprType.NUMBER : operand;
  }

  private ExprType binary(Expr.Binary binary) {
    ExprType left = check(binary.left());
    ExprType right = check(binary.right());
    InfixOperator operator = binary.operator();
    String symbol = operator.symbol();
    if (operator.isEquality()) {
      if (left != ExprType.UNKNOWN && right != ExprType.UNKNOWN && !comparable(left, right)) {
        throw error(conditionGrammar
            ? "Type mismatch in an equality operation between '" + display(binary.left()) + "' and '"
                + display(binary.right()) + "'"
            : "Operation '" + symbol + "' can only be used to compare values with same type.", binary);
      }
      return ExprType.BOOLEAN;
    } else if (operator.isRelational()) {
      require(numeric(left) && numeric(right), "Operation '" + symbol + "' can only be used with numbers.",
          binary);
      return ExprType.BOOLEAN;
    } else if (operator.isLogical()) {
      require(bool(left) && bool(right),
          "Operation '" + symbol + "' can only be used with booleans.", binary);
      return ExprType.BOOLEAN;
    }
    require(numeric(left) && numeric(right), "Operation '" + symbol + "' can only be used with numbers.",
        binary);
    // Meta's type validator gives every arithmetic result the type number (spec section 7.4), integers in or not:
    // the runtime rounds results to two decimals, so 7 / 2 is a number, and so is 1 + 1.
    return ExprType.NUMBER;
  }

  /** An operand as Meta's condition messages show it: a string literal without its quotes. */
  private String display(Expr operand) {
    return operand instanceof Expr.StringLiteral string ? string.value() : operand.span().of(source);
  }

  private static boolean comparable(ExprType left, ExprType right) {
    if (left.isNumeric() && right.isNumeric()) {
      return true;
    }
    return left == right && (left == ExprType.STRING || left == ExprType.BOOLEAN);
  }

  private void require(boolean ok, String detail, Expr expr) {
    if (!ok) {
      throw error(detail, expr);
    }
  }

  private static boolean numeric(ExprType type) {
    return type.isNumeric() || type == ExprType.UNKNOWN;
  }

  private static boolean bool(ExprType type) {
    return type == ExprType.BOOLEAN || type == ExprType.UNKNOWN;
  }

  private ExpressionTypeException error(String detail, Expr expr) {
    return new ExpressionTypeException(detail, source, expr.span());
  }
}
