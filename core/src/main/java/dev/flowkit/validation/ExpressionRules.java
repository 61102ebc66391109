package dev.flowkit.validation;

import dev.flowkit.expr.BindingTypes;
import dev.flowkit.expr.Condition;
import dev.flowkit.expr.ExpressionException;
import dev.flowkit.expr.FlowExpressions;
import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.expr.PropertyValue;
import dev.flowkit.validation.DynamicValues.Place;
import dev.flowkit.validation.DynamicValues.Site;
import java.util.List;
import tools.jackson.databind.JsonNode;

/**
 * Expressions (spec/flow-json.md section 8.5, step 8), reported as INVALID_PROPERTY_VALUE:
 * <ul>
 *   <li>backtick expressions (6.0+) in titles, component properties (text-array items and nested strings
 *       included), {@code Switch.value} and payloads must parse,
 *       give their operators operands of the right types, and (outside payloads) yield the type the property needs
 *       (section 7.4), as "Error while parsing dynamic expression \"&lt;expr&gt;\". &lt;detail&gt;";
 *   <li>{@code If.condition} follows the condition grammar and its typing (section 7.5), with Meta's condition
 *       messages ending " at column N."; from 6.0 a backtick condition is an expression as above.
 * </ul>
 *
 * <p>Bindings that do not resolve are reported by {@link PropertyBindingRules} and {@link BindingRules}; here they
 * count as of unknown type, so one mistake is not reported twice. Choices where the spec is UNCERTAIN: the quoted
 * expression is the property value as written, backticks included; a detail without a final period gets one; the
 * result-type mismatch is wrapped like every other expression error (section 7.4 "All expression errors are
 * wrapped"); before 6.0 a string in backticks is plain text, not an expression (nothing to report here).
 */
final class ExpressionRules extends DynamicValues.Rule {

  private static final String CODE = "INVALID_PROPERTY_VALUE";

  private ExpressionRules(FlowJsonVersion version) {
    super(version);
  }

  static List<Finding> check(List<DynamicValues.Site> sites, String version) {
    return DynamicValues.check(sites, version, ExpressionRules::new);
  }

  @Override
  public void accept(Site site) {
    JsonNode value = site.value();
    BindingTypes types = binding -> site.screen().resolve(binding).type();
    if (site.place() == Place.CONDITION) {
      if (value.isString() || value.isBoolean()) {
        condition(site, types);
      }
      return;
    }
    if (!value.isString() || !isExpression(value.asString())) {
      return;
    }
    String text = value.asString();
    try {
      PropertyValue expression = FlowExpressions.parseProperty(text, version);
      expression.checkType(types, site.need().exprType());
    } catch (ExpressionException e) {
      findings.add(Finding.atValue(CODE, wrapped(text, e), site.pointer()));
    }
  }

  private void condition(Site site, BindingTypes types) {
    JsonNode value = site.value();
    boolean backtick = value.isString() && isExpression(value.asString());
    try {
      Condition condition = FlowExpressions.parseCondition(value, version);
      condition.checkTypes(types);
    } catch (ExpressionException e) {
      findings.add(Finding.atValue(CODE, backtick ? wrapped(value.asString(), e) : e.getMessage(), site.pointer()));
    }
  }

  private static String wrapped(String text, ExpressionException e) {
    String detail = e.detail().endsWith(".") ? e.detail() : e.detail() + ".";
    return "Error while parsing dynamic expression \"" + text + "\". " + detail;
  }
}
