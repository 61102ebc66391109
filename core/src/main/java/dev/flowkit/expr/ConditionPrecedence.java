package dev.flowkit.expr;

/**
 * How the operators of an {@code If.condition} written without backticks group.
 *
 * <p>Meta's docs and validator read conditions like JavaScript; the client's condition parser does not:
 * it evaluates parentheses, then {@code !}, then lets {@code &&} take its two neighbouring operands (tighter
 * than comparisons), then folds what remains from right to left. The two readings agree for conditions whose
 * comparisons and {@code &&} are parenthesised; {@link Condition#precedenceMatters()} tells when they do not.
 */
public enum ConditionPrecedence {
  /** The client's rule, described above: what a phone shows. The default for evaluation. */
  META_CLIENT,
  /** JavaScript precedence: {@code !}, then relational, then equality, then {@code &&}, then {@code ||}. */
  STANDARD
}
