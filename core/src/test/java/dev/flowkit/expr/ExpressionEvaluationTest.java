package dev.flowkit.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionEvaluationTest {

  private static final FlowJsonVersion V6 = FlowJsonVersion.V6_0;

  static Stream<Arguments> expressions() {
    return Stream.of(
        // precedence
        arguments("1 + 2 * 3", "7"),
        arguments("(1 + 2) * 3", "9"),
        arguments("((1 + 2) * (3 - 1)) / 4", "1.5"),
        arguments("10 - 4 - 3", "3"),
        arguments("1 + 2 == 3", "true"),
        arguments("1 < 2 == true", "true"),
        arguments("!${data.t} && ${data.t}", "false"),
        arguments("!${data.f} && ${data.t}", "true"),
        arguments("${data.t} || ${data.f} && ${data.f}", "true"),
        arguments("${data.f} && ${data.t} || ${data.t}", "true"),
        arguments("-2 * -3", "6"),
        arguments("+${data.qty}", "3"),
        arguments("- ${data.qty}", "-3"),
        // rounding: every arithmetic result to 2 decimals
        arguments("10 / 4", "2.5"),
        arguments("10 / 3", "3.33"),
        arguments("2 / 3", "0.67"),
        arguments("1.005 * 1", "1.01"),
        arguments("-7 % 3", "-1"),
        arguments("${data.price} * ${data.qty}", "7.5"),
        // division by zero and empty operands
        arguments("5 / 0", "0"),
        arguments("5 % 0", "0"),
        arguments("5 / ${data.empty}", "0"),
        arguments("5 / ${data.missing}", "0"),
        arguments("${data.missing} + 1", "1"),
        arguments("${data.nil} + 1", "1"),
        arguments("${data.empty} + 2", "2"),
        arguments("-${data.missing}", "0"),
        // comparisons
        arguments("${data.empty} == ${data.missing}", "true"),
        arguments("${data.nil} == ${data.missing}", "true"),
        arguments("${data.qty} == '3'", "true"),
        arguments("${data.missing} == 0", "true"),
        arguments("'a' == 'a'", "true"),
        arguments("'a' != 'b'", "true"),
        arguments("'3' == 3.0", "true"),
        arguments("${data.t} == 'true'", "false"),
        arguments("${data.name} < 5", "false"),
        arguments("${data.missing} < 5", "false"),
        arguments("${data.missing} >= 0", "false"),
        arguments("${form.age} >= 18", "true"),
        // truthiness
        arguments("${data.zero} || ''", "false"),
        arguments("!${data.list}", "false"),
        arguments("!${data.empty}", "true"),
        arguments("${data.numText} && ${data.obj}", "true"),
        // concatenation
        arguments("'Hi ' ${data.name}", "'Hi Ana'"),
        arguments("'Total: ' ${data.price} * ${data.qty} ' EUR'", "'Total: 7.5 EUR'"),
        arguments("${data.qty} ' items'", "'3 items'"),
        arguments("'on: ' ${data.t}", "'on: true'"),
        arguments("'x' 2.50", "'x2.5'"),
        arguments("'v' 4.0", "'v4'"),
        arguments("'a' ${data.missing} 'b'", "'ab'"),
        arguments("'n=' (1 + 1)", "'n=2'"),
        arguments("('a' 'b') 'c'", "'abc'"),
        // string escapes
        arguments("'it\\'s'", "'it's'"),
        arguments("'\\`quoted\\`'", "'`quoted`'"),
        arguments("'line\\nbreak'", "'line\nbreak'"),
        arguments("'back\\\\slash'", "'back\\slash'"),
        // bindings: nested paths and other screens
        arguments("${data.nested.deep.value} * 2", "14"),
        arguments("${screen.OTHER.data.city} ', ' ${data.nested.deep.value}", "'Lisbon, 7'"),
        arguments("${screen.OTHER.form.agree} && ${form.ok}", "true"),
        arguments("${screen.NEVER_SEEN.form.x}", "empty"),
        arguments("${data.t}", "true"));
  }

  @ParameterizedTest(name = "`{0}` = {1}")
  @MethodSource("expressions")
  void evaluates(String expression, String expected) {
    PropertyValue value = FlowExpressions.parseProperty("`" + expression + "`", V6);

    assertThat(TestBindings.render(value.evaluate(TestBindings.VALUES))).isEqualTo(expected);
  }

  @Test
  void a_string_in_arithmetic_is_an_error_naming_the_operand() {
    assertThatExceptionOfType(ExpressionEvaluationException.class)
        .isThrownBy(() -> FlowExpressions.parseProperty("`${data.name} + 1`", V6).evaluate(TestBindings.VALUES))
        .satisfies(e -> {
          assertThat(e.detail())
              .isEqualTo("Operation '+' can only be used with numbers, but '${data.name}' is the string 'Ana'");
          assertThat(e.column()).isEqualTo(2);
          assertThat(e.getMessage()).endsWith(" at column 2.");
        });
  }

  @Test
  void an_array_in_a_concatenation_is_an_error() {
    assertThatExceptionOfType(ExpressionEvaluationException.class)
        .isThrownBy(() -> FlowExpressions.parseProperty("`'x' ${data.list}`", V6).evaluate(TestBindings.VALUES))
        .withMessage("Concatenation can only be used with strings, numbers and booleans, but '${data.list}' is an "
            + "array at column 6.");
  }

  @Test
  void a_whole_binding_keeps_the_bound_json_type() {
    assertThat(FlowExpressions.parseProperty("${data.price}", V6).evaluate(TestBindings.VALUES))
        .isEqualTo(Value.of(new java.math.BigDecimal("2.5")));
    assertThat(FlowExpressions.parseProperty("${data.list}", V6).evaluate(TestBindings.VALUES))
        .isInstanceOf(Value.ArrayValue.class);
    assertThat(FlowExpressions.parseProperty("${data.missing}", V6).evaluate(TestBindings.VALUES))
        .isEqualTo(Value.EMPTY);
  }

  @Test
  void an_interpolated_string_joins_text_and_values() {
    PropertyValue value = FlowExpressions.parseProperty("Hi ${data.name}, ${data.qty} left${data.missing}!",
        FlowJsonVersion.parse("5.1"));

    assertThat(TestBindings.render(value.evaluate(TestBindings.VALUES))).isEqualTo("'Hi Ana, 3 left!'");
  }

  @Test
  void a_literal_evaluates_to_itself() {
    assertThat(FlowExpressions.parseProperty("Price: $5 {not a binding}", V6).evaluate(TestBindings.VALUES))
        .isEqualTo(Value.of("Price: $5 {not a binding}"));
  }
}
