package dev.flowkit.expr;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * Parses the dynamic parts of Flow JSON: string property values ({@link #parseProperty}) and
 * {@code If.condition} strings ({@link #parseCondition}). Thread-safe; each thread keeps its last few hundred
 * parsed properties, which are immutable, to answer repeated strings at once.
 *
 * <pre>{@code
 * PropertyValue label = FlowExpressions.parseProperty("`'Total: ' ${data.price} * ${form.qty}`", version);
 * label.type(bindingTypes);                  // ExprType.STRING, or ExpressionTypeException
 * label.evaluate(screenValues);              // Value.StringValue[value=Total: 7.5]
 * }</pre>
 */
public final class FlowExpressions {

  private FlowExpressions() {}

  /**
   * Reads a string property value as Flow JSON {@code version} defines it.
   *
   * <ul>
   *   <li>wrapped in backticks (6.0+): an {@link PropertyValue.Expression};
   *   <li>exactly one {@code ${…}}: a {@link PropertyValue.WholeBinding}, which keeps the bound JSON type;
   *   <li>text containing {@code ${…}}: an {@link PropertyValue.Interpolation};
   *   <li>anything else: a {@link PropertyValue.Literal}.
   * </ul>
   *
   * @param raw the property string after JSON unescaping
   * @param version the flow's {@code version}
   * @return what the property means
   * @throws ExpressionSyntaxException if a backtick expression or a binding is malformed, or uses syntax
   *     newer than {@code version}
   */
  public static PropertyValue parseProperty(String raw, FlowJsonVersion version) {
    int open = raw.indexOf("${");
    if (open < 0 && !isBacktickExpression(raw)) {
      return new PropertyValue.Literal(raw);
    }
    Map<String, PropertyValue> recent = RECENT.get();
    String key = version + " " + raw;
    PropertyValue known = recent.get(key);
    if (known == null) {
      known = parseUncached(raw, version);
      recent.put(key, known); // only values that parse: a failure parses again and throws again
    }
    return known;
  }

  /**
   * The properties this thread parsed last, most recent last. A validation parses the same strings in several
   * rules; the values are immutable, so they are shared. Bounded, so a long-lived thread keeps little.
   */
  private static final ThreadLocal<Map<String, PropertyValue>> RECENT = ThreadLocal.withInitial(() ->
      new LinkedHashMap<>(64, 0.75f, true) {
        private static final long serialVersionUID = 1L;

        @Override
        protected boolean removeEldestEntry(Map.Entry<String, PropertyValue> eldest) {
          return size() > 256;
        }
      });

  private static PropertyValue parseUncached(String raw, FlowJsonVersion version) {
    if (isBacktickExpression(raw)) {
      return new PropertyValue.Expression(raw, BacktickParser.parse(raw, version));
    }
    int open = raw.indexOf("${");
    if (open < 0) {
      return new PropertyValue.Literal(raw);
    }
    if (open == 0 && raw.indexOf('}') == raw.length() - 1 && raw.indexOf("${", 1) < 0) {
      return new PropertyValue.WholeBinding(raw, SourceReader.bindingRef(raw, 0, raw.length(), version));
    }
    return new PropertyValue.Interpolation(raw, interpolation(raw, version));
  }

  /**
   * Reads an {@code If.condition} string: from Flow JSON 6.0 a backtick expression, otherwise the condition
   * grammar of §7.5 (integers only, no arithmetic, at least one binding).
   *
   * @param raw the condition after JSON unescaping
   * @param version the flow's {@code version}
   * @return the condition with both precedence readings
   * @throws ExpressionSyntaxException with Meta's message, e.g. {@code Missing closing parenthesis.}; its
   *     {@link ExpressionException#getMessage()} appends {@code " at column N."}
   */
  public static Condition parseCondition(String raw, FlowJsonVersion version) {
    if (isBacktickExpression(raw) && version.isAtLeast(FlowJsonVersion.V6_0)) {
      Expr expr = BacktickParser.parse(raw, version);
      return new Condition(raw, Condition.Syntax.BACKTICK, expr, expr);
    }
    return ConditionParser.parse(raw, version);
  }

  /**
   * Reads an {@code If.condition} as it stands in the Flow JSON: a string (see
   * {@link #parseCondition(String, FlowJsonVersion)}) or, from Flow JSON 6.0, a boolean.
   *
   * @param condition the JSON value of the {@code condition} property
   * @param version the flow's {@code version}
   * @return the condition
   * @throws ExpressionSyntaxException if the value is neither a string nor (6.0+) a boolean, or the string is
   *     malformed
   */
  public static Condition parseCondition(JsonNode condition, FlowJsonVersion version) {
    if (condition.isString()) {
      return parseCondition(condition.stringValue(), version);
    }
    String text = condition.toString();
    Span whole = new Span(0, text.length());
    if (condition.isBoolean() && version.isAtLeast(FlowJsonVersion.V6_0)) {
      Expr literal = new Expr.BooleanLiteral(condition.booleanValue(), whole);
      return new Condition(text, Condition.Syntax.BOOLEAN, literal, literal);
    }
    throw new ExpressionSyntaxException(condition.isBoolean()
        ? "A boolean condition needs Flow JSON 6.0 or later, but the flow targets " + version
        : "Expected property 'condition' to be a string or, from Flow JSON 6.0, a boolean", text, whole);
  }

  private static boolean isBacktickExpression(String raw) {
    return raw.length() >= 2 && raw.startsWith("`") && raw.endsWith("`");
  }

  // Interpolation ("Hi ${data.name}") is UNCERTAIN per Flow JSON §7.1: parsed here, judged by the validator.
  private static Expr.Concat interpolation(String raw, FlowJsonVersion version) {
    List<Expr> parts = new ArrayList<>();
    int text = 0;
    int open = raw.indexOf("${");
    while (open >= 0) {
      int close = raw.indexOf('}', open);
      if (close < 0) {
        throw new ExpressionSyntaxException("Missing closing brace '}' of the reference '" + raw.substring(open) + "'",
            raw, new Span(open, raw.length()));
      }
      if (open > text) {
        parts.add(new Expr.StringLiteral(raw.substring(text, open), new Span(text, open)));
      }
      parts.add(SourceReader.bindingRef(raw, open, close + 1, version));
      text = close + 1;
      open = raw.indexOf("${", text);
    }
    if (text < raw.length()) {
      parts.add(new Expr.StringLiteral(raw.substring(text), new Span(text, raw.length())));
    }
    return new Expr.Concat(parts, new Span(0, raw.length()));
  }
}
