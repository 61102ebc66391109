package dev.flowkit.expr;

/**
 * The static type of each binding, as the validator knows it from the screens' data models and form
 * components (Flow JSON §7.2).
 */
@FunctionalInterface
public interface BindingTypes {

  /**
   * The type {@code binding} has.
   *
   * @return its type; {@link ExprType#UNKNOWN} to skip checks involving it
   */
  ExprType typeOf(Binding binding);
}
