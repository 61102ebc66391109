package dev.flowkit.validation;

import static dev.flowkit.validation.BindingFlows.AT;
import static dev.flowkit.validation.BindingFlows.errors;
import static dev.flowkit.validation.BindingFlows.flow;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Backtick expressions (section 7.4) and If conditions (section 7.5). */
class ExpressionRulesTest {

  private static final String INVALID = "INVALID_PROPERTY_VALUE: ";

  private static String parsing(String expression) {
    return INVALID + "Error while parsing dynamic expression \"" + expression + "\". ";
  }

  private static String condition(String version, String condition) {
    return flow(version, "\"First\"", "{\"type\": \"If\", \"condition\": " + condition + ", \"then\": "
        + "[{\"type\": \"TextBody\", \"text\": \"x\"}]}");
  }

  @Test
  void well_typed_expressions_are_fine() {
    assertThat(errors(flow("""
        {"type": "TextHeading", "text": "`'Total: ' (${data.price} * ${data.count})`",
         "visible": "`${data.count} >= 2 && !${data.flag}`"},
        {"type": "If", "condition": "`${data.name} == 'Ada'`", "then": [{"type": "TextBody", "text": "x"}]},
        {"type": "If", "condition": true, "then": [{"type": "TextBody", "text": "x"}]}
        """))).isEmpty();
  }

  @Test
  void an_expression_that_does_not_parse() {
    assertThat(errors(flow("{\"type\": \"TextHeading\", \"text\": \"`${data.count} +`\"}"))).containsExactly(
        parsing("`${data.count} +`") + "Missing operand after last operator '+'." + AT + "text");
    assertThat(errors(flow("{\"type\": \"TextHeading\", \"text\": \"`${data.flag} ? 'a' : 'b'`\"}"))).containsExactly(
        parsing("`${data.flag} ? 'a' : 'b'`") + "Operation ConditionalExpression is not supported." + AT + "text");
  }

  @Test
  void operators_need_operands_of_their_types() {
    assertThat(errors(flow("{\"type\": \"TextHeading\", \"text\": \"x\", \"visible\": \"`${data.name} > 1`\"}")))
        .containsExactly(parsing("`${data.name} > 1`") + "Operation '>' can only be used with numbers." + AT
            + "visible");
    assertThat(errors(flow("{\"type\": \"TextHeading\", \"text\": \"x\", \"visible\": \"`${data.name} == 1`\"}")))
        .containsExactly(parsing("`${data.name} == 1`") + "Operation '==' can only be used to compare values with "
            + "same type." + AT + "visible");
    assertThat(errors(flow("{\"type\": \"TextHeading\", \"text\": \"x\", \"visible\": \"`!${data.count}`\"}")))
        .containsExactly(parsing("`!${data.count}`") + "Operation '!' can only be used with booleans." + AT
            + "visible");
  }

  @Test
  void the_result_must_fit_the_property() {
    assertThat(errors(flow("{\"type\": \"TextHeading\", \"text\": \"x\", \"visible\": \"`'a' ${data.name}`\"}")))
        .containsExactly(parsing("`'a' ${data.name}`") + "The expression return type is 'string' which does not "
            + "match the schema for the property." + AT + "visible");
    assertThat(errors(flow("{\"type\": \"TextBody\", \"text\": [\"`${data.flag} && true`\"]}"))).containsExactly(
        parsing("`${data.flag} && true`") + "The expression return type is 'boolean' which does not match the "
            + "schema for the property." + AT + "text[0]");
  }

  @Test
  void backticks_are_expressions_from_6_0_only() {
    String text = "{\"type\": \"TextHeading\", \"text\": \"`${data.flag} && true`\"}";
    assertThat(errors(flow("6.0", "\"First\"", text))).containsExactly(parsing("`${data.flag} && true`")
        + "The expression return type is 'boolean' which does not match the schema for the property." + AT + "text");
    assertThat(errors(flow("5.1", "\"First\"", text))).isEmpty();
    assertThat(errors(flow("5.1", "\"First\"", "{\"type\": \"TextHeading\", \"text\": \"`${data.nope}`\"}")))
        .containsExactly("INVALID_SCREEN_DYNAMIC_DATA: Missing dynamic data '${data.nope}' in the screen data model."
            + AT + "text");
  }

  @Test
  void expressions_in_titles_nested_values_and_payloads_are_checked() {
    String flow = flow("7.3", "\"`${data.count} -`\"", "{\"type\": \"Dropdown\", \"name\": \"pick\", \"label\": "
        + "\"Pick\", \"data-source\": [{\"id\": \"a\", \"title\": \"`(${data.name}`\"}]}")
        .replace("\"payload\": {\"note\": \"x\"}", "\"payload\": {\"note\": \"`${data.name} * 2`\"}");
    assertThat(errors(flow)).containsExactly(
        parsing("`${data.count} -`") + "Missing operand after last operator '-'. @ screens[0].title",
        parsing("`(${data.name}`") + "Missing closing parenthesis." + AT + "data-source[0].title",
        parsing("`${data.name} * 2`") + "Operation '*' can only be used with numbers."
            + " @ screens[0].layout.children[1].on-click-action.payload.note");
  }

  @Test
  void a_missing_binding_is_reported_once_not_as_a_type_error_too() {
    assertThat(errors(flow("{\"type\": \"TextHeading\", \"text\": \"x\", \"visible\": \"`${data.nope} > 1`\"}")))
        .containsExactly("INVALID_SCREEN_DYNAMIC_DATA: Missing dynamic data '${data.nope}' in the screen data model."
            + AT + "visible");
  }

  @Test
  void a_condition_follows_the_condition_grammar_with_columns() {
    assertThat(errors(condition("7.3", "\"(${data.flag} && ${data.count} > 1\""))).containsExactly(
        INVALID + "Missing closing parenthesis. at column 1." + AT + "condition");
    assertThat(errors(condition("7.3", "\"${data.count} == 01\""))).containsExactly(
        INVALID + "Number cannot not have leading zeroes at column 18." + AT + "condition");
    assertThat(errors(condition("4.0", "\"'a' == 'b'\""))).containsExactly(
        INVALID + "An operator cannot not have literals on both sides. Found invalid syntax at column 5." + AT
            + "condition");
  }

  @Test
  void a_condition_is_typed() {
    assertThat(errors(condition("7.3", "\"${data.count} == 'two'\""))).containsExactly(
        INVALID + "Type mismatch in an equality operation between '${data.count}' and 'two' at column 1." + AT
            + "condition");
    assertThat(errors(condition("7.3", "\"${data.name}\""))).containsExactly(
        INVALID + "Expected single operand to be a boolean. at column 1." + AT + "condition");
  }

  @Test
  void backtick_conditions_from_6_0_only() {
    String backtick = "\"`${data.count} > 1`\"";
    assertThat(errors(condition("6.0", backtick))).isEmpty();
    assertThat(errors(condition("5.1", backtick))).containsExactly(
        INVALID + "Unexpected character '`' at column 1." + AT + "condition");
    assertThat(errors(condition("6.0", "\"`'a' ${data.name}`\""))).containsExactly(parsing("`'a' ${data.name}`")
        + "The expression return type is 'string' which does not match the schema for the property." + AT
        + "condition");
  }
}
