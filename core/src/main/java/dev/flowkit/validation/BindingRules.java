package dev.flowkit.validation;

import dev.flowkit.expr.Binding;
import dev.flowkit.expr.ExpressionException;
import dev.flowkit.expr.FlowExpressions;
import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.expr.PropertyValue;
import dev.flowkit.validation.DynamicValues.Place;
import dev.flowkit.validation.DynamicValues.Site;
import dev.flowkit.validation.ScreenScope.Resolution;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Bindings in action payloads (spec/flow-json.md section 6.6), reported as INVALID_ON_CLICK_ACTION_PAYLOAD: a
 * global reference names an existing screen, {@code ${data.x}} is declared in the screen's data model, and
 * {@code ${form.x}} names an input component of the screen. Data bindings inside a backtick expression are
 * checked from 7.2, as INVALID_ACTION_PAYLOAD_PROPERTY (section 6.5). A payload value that does not parse is left to
 * {@link ExpressionRules}; bindings everywhere else are {@link PropertyBindingRules}'.
 *
 * <p>Not yet here: in payloads, the paths below the first name, global references to the current screen or to
 * undeclared fields of another screen, and the picker rules of section 5.19.
 */
final class BindingRules {

  private static final String CODE = "INVALID_ON_CLICK_ACTION_PAYLOAD";

  private BindingRules() {}

  static List<Finding> check(List<DynamicValues.Site> sites, String version) {
    return DynamicValues.check(sites, version, Payloads::new);
  }

  private static final class Payloads extends DynamicValues.Rule {

    Payloads(FlowJsonVersion version) {
      super(version);
    }

    @Override
    public void accept(Site site) {
      if (site.place() != Place.PAYLOAD) {
        return;
      }
      String text = site.value().asString();
      PropertyValue value;
      try {
        value = FlowExpressions.parseProperty(text, version);
      } catch (ExpressionException e) {
        if (!version.isAtLeast(FlowJsonVersion.V4_0) && text.contains("${screen.")) {
          // Global references came with 4.0 (section 7.1); Meta's payload message for a value it cannot take.
          findings.add(Finding.atValue(CODE, "Invalid value found for the property '" + site.property() + "'.",
              site.pointer()));
        }
        return; // anything else that does not parse is the expression rules' to report
      }
      boolean nested = value instanceof PropertyValue.Expression;
      if (nested && !version.isAtLeast(new FlowJsonVersion(7, 2))) {
        return; // Meta checks the variables of nested expressions in payloads from 7.2 on (section 6.5)
      }
      for (Binding binding : value.bindings()) {
        Resolution resolution = site.screen().resolve(binding);
        if (nested && resolution.problem() == ScreenScope.Problem.MISSING_DATA) {
          // Which name Meta quotes is not documented; FlowKit names the undeclared field.
          findings.add(Finding.atValue("INVALID_ACTION_PAYLOAD_PROPERTY", "The following property '"
              + binding.path().get(0) + "' does not exist in the screen data model.", site.pointer()));
          continue;
        }
        String message = problem(binding, resolution, text, site);
        if (message != null) {
          findings.add(Finding.atValue(CODE, message, site.pointer()));
        }
      }
    }
  }

  private static @Nullable String problem(Binding binding, Resolution resolution, String source, Site site) {
    String screen = site.screen().id();
    return switch (resolution.problem()) {
      case UNKNOWN_SCREEN -> "The screen id '" + resolution.detail() + "' referenced in the dynamic binding "
          + "expression '" + source + "' does not exist.";
      case MISSING_DATA -> "Missing dynamic data '" + binding + "' in the data model for screen " + screen + ".";
      case MISSING_COMPONENT -> "Missing Form component " + binding + " for screen '" + screen + "'.";
      case NOT_A_VALUE -> "Value of '" + resolution.detail() + "' component cannot be used in form binding.";
      default -> null;
    };
  }
}
