package dev.flowkit.expr;

/**
 * What a string property of a component or action means: a literal, one binding, text with bindings in it,
 * or a backtick expression. Made by {@link FlowExpressions#parseProperty}.
 */
public sealed interface PropertyValue
    permits PropertyValue.Literal, PropertyValue.WholeBinding, PropertyValue.Interpolation,
        PropertyValue.Expression {

  /** The property string as written. */
  String source();

  /**
   * The static type of the value: a string for literals and interpolations, the binding's own type for a
   * whole binding, the computed type of an expression.
   *
   * @throws ExpressionTypeException if an operator gets operands of the wrong type
   */
  default ExprType type(BindingTypes types) {
    if (this instanceof Literal) {
      return ExprType.STRING;
    }
    return new TypeChecker(source(), types, false).check(expr(this));
  }

  /**
   * Checks that the value has the type its property needs, e.g. {@link ExprType#BOOLEAN} for
   * {@code visible}. An integer fits where a number is needed; an unknown type fits anywhere.
   *
   * @return the value's own type
   * @throws ExpressionTypeException if an operator gets operands of the wrong type, or with Meta's
   *     {@code The expression return type is 'T' which does not match the schema for the property.} if the
   *     result does not fit
   */
  default ExprType checkType(BindingTypes types, ExprType expected) {
    if (this instanceof Literal) {
      return new TypeChecker(source(), types, false).checkResult(new Expr.StringLiteral(source(),
          new Span(0, source().length())), expected);
    }
    return new TypeChecker(source(), types, false).checkResult(expr(this), expected);
  }

  /**
   * The value on a phone, given the bindings' current values.
   *
   * @throws ExpressionEvaluationException if an operation meets values it cannot convert
   */
  default Value evaluate(BindingValues values) {
    if (this instanceof Literal) {
      return Value.of(source());
    }
    return new Evaluator(source(), values).evaluate(expr(this));
  }

  /** Every binding the value uses, in the order they are written (none for a literal). */
  default java.util.List<Binding> bindings() {
    if (this instanceof Literal) {
      return java.util.List.of();
    }
    java.util.List<Binding> out = new java.util.ArrayList<>();
    collect(expr(this), out);
    return out;
  }

  private static void collect(Expr expr, java.util.List<Binding> out) {
    if (expr instanceof Expr.BindingRef ref) {
      out.add(ref.binding());
    } else if (expr instanceof Expr.Unary unary) {
      collect(unary.operand(), out);
    } else if (expr instanceof Expr.Binary binary) {
      collect(binary.left(), out);
      collect(binary.right(), out);
    } else if (expr instanceof Expr.Concat concat) {
      concat.parts().forEach(part -> collect(part, out));
    }
  }

  private static Expr expr(PropertyValue value) {
    if (value instanceof WholeBinding whole) {
      return whole.ref();
    } else if (value instanceof Interpolation interpolation) {
      return interpolation.parts();
    }
    return ((Expression) value).expr();
  }

  /**
   * Plain text, no binding.
   *
   * @param source the text
   */
  record Literal(String source) implements PropertyValue {}

  /**
   * Exactly one {@code ${…}}: the property takes the bound value with its JSON type.
   *
   * @param source the property string
   * @param ref the binding
   */
  record WholeBinding(String source, Expr.BindingRef ref) implements PropertyValue {}

  /**
   * Text with bindings in it, e.g. {@code Hi ${data.name}}: the parts joined as strings. Flow JSON §7.1 marks
   * this UNCERTAIN: Meta's validator rejects it explicitly only for RichText, while the docs call mixing static
   * and dynamic text in one property an error. We parse and evaluate it so the validator can decide (and warn);
   * from 6.0 a backtick expression {@code `'Hi ' ${data.name}`} is the portable form.
   *
   * @param source the property string
   * @param parts the text pieces (as string literals) and bindings, in order
   */
  record Interpolation(String source, Expr.Concat parts) implements PropertyValue {}

  /**
   * A backtick expression (Flow JSON 6.0+).
   *
   * @param source the property string, backticks included
   * @param expr the parsed expression; spans count the opening backtick
   */
  record Expression(String source, Expr expr) implements PropertyValue {}
}
