package dev.flowkit.expr;

/**
 * A parsed {@code If.condition}: a string in the condition grammar, or from Flow JSON 6.0 a backtick
 * expression or a JSON boolean.
 *
 * <p>A condition in the condition grammar has two readings when {@code &&} meets a comparison or
 * {@code ||} without parentheses (see {@link ConditionPrecedence}): {@link #standard()} is what Meta's
 * validator checks, {@link #client()} what a phone evaluates. A backtick condition has one reading; both
 * components are the same tree.
 *
 * <p>Evaluation defaults to {@link ConditionPrecedence#META_CLIENT} because the simulated phone should show
 * what a real phone shows, surprising or not; a flow whose author meant the standard reading is then caught
 * by its tests, and {@link #precedenceMatters()} lets the validator warn about it beforehand.
 *
 * @param source the condition as written
 * @param syntax which grammar it was parsed with
 * @param standard the tree with JavaScript precedence
 * @param client the tree with the client's rule
 */
public record Condition(String source, Syntax syntax, Expr standard, Expr client) {

  /** The grammar a condition was written in. */
  public enum Syntax {
    /** The condition grammar of Flow JSON §7.5 (all versions since 4.0). */
    CONDITION,
    /** A backtick expression, Flow JSON §7.4 (6.0+). */
    BACKTICK,
    /** A JSON boolean {@code true} or {@code false} (6.0+). */
    BOOLEAN
  }

  /**
   * Checks that a backtick or boolean condition has a single reading.
   *
   * @throws IllegalArgumentException if {@code syntax} is not {@link Syntax#CONDITION} and the trees differ
   */
  public Condition {
    if (syntax != Syntax.CONDITION && !standard.equals(client)) {
      throw new IllegalArgumentException("a " + syntax.name().toLowerCase(java.util.Locale.ROOT) + " condition has one reading, got two trees for " + source);
    }
  }

  /** The tree under the given precedence rule. */
  public Expr expr(ConditionPrecedence precedence) {
    return precedence == ConditionPrecedence.STANDARD ? standard : client;
  }

  /** Whether the standard and the client's reading group the operators differently. */
  public boolean precedenceMatters() {
    return !standard.equals(client);
  }

  /**
   * Checks the operand types of the {@link #standard()} reading and that it yields a boolean.
   *
   * @throws ExpressionTypeException with Meta's message, e.g. {@code Type mismatch in an equality operation
   *     between '${data.age}' and 'abc'} or {@code Expected single operand to be a boolean.}
   */
  public void checkTypes(BindingTypes types) {
    new TypeChecker(source, types, syntax == Syntax.CONDITION).checkResult(standard, ExprType.BOOLEAN);
  }

  /**
   * Evaluates the condition as a phone does ({@link ConditionPrecedence#META_CLIENT}).
   *
   * @return the truthiness of the result
   * @throws ExpressionEvaluationException if an operation meets values it cannot convert
   */
  public boolean evaluate(BindingValues values) {
    return evaluate(values, ConditionPrecedence.META_CLIENT);
  }

  /**
   * Evaluates the condition under the given precedence rule.
   *
   * @return the truthiness of the result
   * @throws ExpressionEvaluationException if an operation meets values it cannot convert
   */
  public boolean evaluate(BindingValues values, ConditionPrecedence precedence) {
    return new Evaluator(source, values).evaluate(expr(precedence)).isTruthy();
  }
}
