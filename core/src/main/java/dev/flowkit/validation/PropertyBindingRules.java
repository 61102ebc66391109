package dev.flowkit.validation;

import dev.flowkit.expr.Binding;
import dev.flowkit.expr.Condition;
import dev.flowkit.expr.ExprType;
import dev.flowkit.expr.ExpressionException;
import dev.flowkit.expr.FlowExpressions;
import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.expr.PropertyValue;
import dev.flowkit.validation.DynamicValues.Need;
import dev.flowkit.validation.DynamicValues.Place;
import dev.flowkit.validation.DynamicValues.Site;
import dev.flowkit.validation.ScreenScope.Resolution;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Bindings outside action payloads (spec/flow-json.md section 8.5, step 7): in screen titles, component properties
 * and the strings nested in them, {@code If.condition} and {@code Switch.value}. Each binding must resolve (section
 * 7.1: declared data path, input of the screen, existing other screen for global references, no step into an
 * array), and a property that is one binding, or text with bindings in it, must have the type the property needs
 * (section 7.3). The items of a {@code text} array must be static, and RichText takes no interpolation. Reported
 * as INVALID_SCREEN_DYNAMIC_DATA, INVALID_SCREEN_DATA (global references into another screen), INVALID_TEXT_DYNAMIC_DATA
 * and, up to 3.1, PATTERN_MISMATCH.
 *
 * <p>A value that does not parse, and backtick expressions' operand and result types, are left to
 * {@link ExpressionRules}; payload bindings to {@link BindingRules}. Choices where the spec is UNCERTAIN:
 * <ul>
 *   <li>In "Expected '&lt;pointer&gt;' to be of type 'T'." the pointer is the RFC 6901 JSON Pointer of the property
 *       value in the Flow JSON (e.g. {@code /screens/0/layout/children/1/visible}), as a JSON-Schema validator names
 *       the instance it rejects.
 *   <li>An undeclared first name, after {@code data.} or {@code form.}, gets "Missing dynamic data '${…}' in the
 *       screen data model."; an undeclared later name gets "… is invalid as its schema is missing in the data
 *       model.". In the array-descent message the quoted name is the array field's (section 7.1's example), and a
 *       global reference to the current screen suggests the same path written locally.
 *   <li>For a screen title the component type in messages is "Screen".
 *   <li>Interpolation ("Hi ${data.name}") is accepted except in RichText (section 7.1); type checks apply to it as
 *       a string. Before 6.0 a string in backticks is no expression: the bindings in it are checked as in any text.
 *   <li>A {@code text} array item is static unless it holds a {@code ${…}} outside a backtick expression: real
 *       flows (pywa's 6.0 math example) put backtick expressions in the items, and Meta's "entire value is one
 *       binding" pattern (section 4.2) does not match them; such items are checked as expressions instead.
 *   <li>The tails of Meta's INVALID_TEXT_DYNAMIC_DATA and RichText messages are not known: they end after the known
 *       part; RichText interpolation uses the code INVALID_TEXT_DYNAMIC_DATA.
 *   <li>Up to 3.1 only {@code ${data.…}} may be bound in a component property (section 7.1); other bindings get the
 *       documented PATTERN_MISMATCH message.
 *   <li>Integer and number: an integer binding fits a number property, a number binding does not fit an integer one.
 * </ul>
 */
final class PropertyBindingRules extends DynamicValues.Rule {

  private static final String DYNAMIC = "INVALID_SCREEN_DYNAMIC_DATA";
  private static final String TEXT = "INVALID_TEXT_DYNAMIC_DATA";
  private static final Pattern REFERENCE = Pattern.compile("\\$\\{([^}]*)\\}");

  /** Array properties whose items must be objects declaring these properties (sections 5.7, 5.18, 5.20). */
  private static final Map<String, List<String>> ITEM_KEYS = Map.of(
      "data-source", List.of("id", "title"),
      "list-items", List.of("id", "main-content"),
      "images", List.of("src", "alt-text"));

  private PropertyBindingRules(FlowJsonVersion version) {
    super(version);
  }

  static List<Finding> check(List<DynamicValues.Site> sites, String version) {
    return DynamicValues.check(sites, version, PropertyBindingRules::new);
  }

  @Override
  public void accept(Site site) {
    if (site.place() == Place.PAYLOAD || !site.value().isString()) {
      return;
    }
    String text = site.value().asString();
    if (site.place() == Place.TEXT_ITEM && !isExpression(text)) {
      if (text.contains("${")) {
        findings.add(Finding.atValue(TEXT, "Every item of the array in the 'text' property of " + site.component()
            + " on the screen '" + site.screen().id() + "' should be a static string.", site.pointer()));
      }
      return;
    }
    if (!version.isAtLeast(FlowJsonVersion.V4_0) && !onlyData(text)) {
      // Meta's documented wording (section 8.4, PATTERN_MISMATCH [D]), property name unquoted as written there.
      findings.add(Finding.atValue("PATTERN_MISMATCH", "Property " + site.property() + " should have dynamic data "
          + "format of the form ${data.your_value}.", site.pointer()));
      return;
    }
    if (site.place() == Place.CONDITION) {
      condition(site, text);
      return;
    }
    PropertyValue value;
    try {
      value = FlowExpressions.parseProperty(asText(text), version);
    } catch (ExpressionException e) {
      return;
    }
    if (site.component().equals("RichText") && value instanceof PropertyValue.Interpolation) {
      findings.add(Finding.atValue(TEXT, "String interpolation is not supported by RichText component.",
          site.pointer()));
      return;
    }
    @Nullable List<Resolution> resolutions = resolveAll(site, value.bindings());
    if (resolutions == null || site.place() == Place.NESTED) {
      return;
    }
    if (value instanceof PropertyValue.WholeBinding whole) {
      Resolution resolution = resolutions.get(0);
      if (matches(site, resolution.type())) {
        items(site, whole.ref().binding(), resolution);
      }
    } else if (value instanceof PropertyValue.Interpolation) {
      matches(site, ExprType.STRING);
    }
  }

  private void condition(Site site, String text) {
    Condition condition;
    try {
      condition = FlowExpressions.parseCondition(text, version);
    } catch (ExpressionException e) {
      return;
    }
    resolveAll(site, new PropertyValue.Expression(text, condition.standard()).bindings());
  }

  /** Resolves every binding, reporting those that do not resolve; returns null if any did not. */
  private @Nullable List<Resolution> resolveAll(Site site, List<Binding> bindings) {
    List<Resolution> resolutions = new ArrayList<>();
    boolean ok = true;
    for (Binding binding : bindings) {
      Resolution resolution = site.screen().resolve(binding);
      resolutions.add(resolution);
      if (resolution.problem() != ScreenScope.Problem.NONE) {
        ok = false;
        findings.add(problem(site, binding, resolution));
      }
    }
    return ok ? resolutions : null;
  }

  private static Finding problem(Site site, Binding binding, Resolution resolution) {
    String screen = site.screen().id();
    if (resolution.problem() == ScreenScope.Problem.MISSING_GLOBAL) {
      return Finding.atValue("INVALID_SCREEN_DATA", "Global Dynamic data '" + binding + "' on screen "
          + resolution.detail() + " does not exist, but is used on screen " + screen + ".", site.pointer());
    }
    String where = " for " + site.component() + " property '" + site.property() + "'";
    String message = switch (resolution.problem()) {
      case MISSING_SCHEMA -> binding + " defined for screen '" + screen + "' " + site.component() + " property '"
          + site.property() + "' is invalid as its schema is missing in the data model.";
      case ARRAY_DESCENT -> binding + " on screen '" + screen + "'" + where + " is invalid as '" + resolution.detail()
          + "' is defined in an array schema in the data model.";
      case UNKNOWN_SCREEN -> "Global dynamic data '" + binding + "' used on screen '" + screen + "'" + where
          + " is invalid since screen '" + resolution.detail() + "' is missing in the Flow JSON.";
      case CURRENT_SCREEN -> "Global dynamic data '" + binding + "' used on screen '" + screen + "'" + where
          + " is invalid since screen '" + screen + "' represents current screen. Convert expression to local "
          + "referencing of the form " + new Binding(binding.scope(), Optional.empty(), binding.path()) + ".";
      case NOT_A_VALUE -> "Value of '" + resolution.detail() + "' component cannot be used in form binding.";
      default -> "Missing dynamic data '" + binding + "' in the screen data model.";
    };
    return Finding.atValue(DYNAMIC, message, site.pointer());
  }

  /** Whether a bound type fits the property, reporting it if not; an unknown type fits. */
  private boolean matches(Site site, ExprType type) {
    Need need = site.need();
    boolean fits = switch (need) {
      case ANY -> true;
      case STRING_OR_OBJECT -> type == ExprType.STRING || type == ExprType.OBJECT;
      case NUMBER -> type == ExprType.NUMBER || type == ExprType.INTEGER;
      default -> type == need.exprType();
    };
    if (fits || type == ExprType.UNKNOWN) {
      return true;
    }
    findings.add(Finding.atValue(DYNAMIC, need == Need.STRING_OR_OBJECT
        ? "Expected '" + site.pointer() + "' to be of one of these types: [string, object]."
        : "Expected '" + site.pointer() + "' to be of type '" + need.exprType().jsonName() + "'.", site.pointer()));
    return false;
  }

  /** A bound list of options, carousel images or navigation items must declare its items' properties. */
  private void items(Site site, Binding binding, Resolution resolution) {
    List<String> keys = ITEM_KEYS.get(site.property());
    if (keys == null || resolution.schema() == null) {
      return;
    }
    JsonNode properties = resolution.schema().path("items").path("properties");
    for (String key : keys) {
      if (!properties.has(key)) {
        findings.add(Finding.atValue(DYNAMIC, "Data model schema is invalid for '" + binding + "'. Missing schema for "
            + key + ".", site.pointer()));
      }
    }
  }

  /** Before 6.0 backticks are plain characters: the value is read as text with the bindings in it. */
  private String asText(String text) {
    if (isBacktick(text) && !isExpression(text)) {
      return " " + text.substring(1, text.length() - 1) + " ";
    }
    return text;
  }

  /** Whether every reference in the text is a local data reference (the only kind before 4.0). */
  private static boolean onlyData(String text) {
    if (text.indexOf("${") < 0) {
      return true;
    }
    Matcher matcher = REFERENCE.matcher(text);
    while (matcher.find()) {
      if (!matcher.group(1).startsWith("data.")) {
        return false;
      }
    }
    return true;
  }
}
