/**
 * The Flow JSON expression language: bindings {@code ${data.x}}, {@code ${form.x}} and
 * {@code ${screen.ID.data.x}}, backtick expressions (Flow JSON 6.0+) and {@code If.condition} strings.
 *
 * <h2>Parsing</h2>
 * {@link dev.flowkit.expr.FlowExpressions} turns a property string into a
 * {@link dev.flowkit.expr.PropertyValue} and a condition into a {@link dev.flowkit.expr.Condition}. Both hold
 * an {@link dev.flowkit.expr.Expr} tree whose nodes carry their {@link dev.flowkit.expr.Span} in the string.
 * Malformed text raises {@link dev.flowkit.expr.ExpressionSyntaxException} with Meta's wording where Meta's
 * validator has one.
 *
 * <h2>Checking and evaluating</h2>
 * The validator supplies {@link dev.flowkit.expr.BindingTypes} and gets an
 * {@link dev.flowkit.expr.ExprType} or an {@link dev.flowkit.expr.ExpressionTypeException}; the simulated
 * phone supplies {@link dev.flowkit.expr.BindingValues} and gets a {@link dev.flowkit.expr.Value}, with the
 * client's runtime rules (empty counts as 0, division by 0 yields 0, results rounded to 2 decimals).
 */
@NullMarked
package dev.flowkit.expr;

import org.jspecify.annotations.NullMarked;
