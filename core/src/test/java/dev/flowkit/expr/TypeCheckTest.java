package dev.flowkit.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Binding types come from {@link TestBindings#TYPES}: n number, i integer, s string, t boolean, list, obj. */
class TypeCheckTest {

  private static final FlowJsonVersion V6 = FlowJsonVersion.V6_0;

  static Stream<Arguments> wellTyped() {
    return Stream.of(
        arguments("${data.i} + 1", ExprType.NUMBER),
        arguments("${data.i} * ${data.i} % 2", ExprType.NUMBER),
        arguments("${data.i} / 2", ExprType.NUMBER),
        arguments("${data.n} - ${data.i}", ExprType.NUMBER),
        arguments("1.5", ExprType.NUMBER),
        arguments("-${data.i}", ExprType.INTEGER),
        arguments("${data.n} > ${data.i}", ExprType.BOOLEAN),
        arguments("${data.n} == ${data.i}", ExprType.BOOLEAN),
        arguments("${data.s} != 'x'", ExprType.BOOLEAN),
        arguments("!${data.t} || ${data.t} && ${data.i} <= 3", ExprType.BOOLEAN),
        arguments("'Hi ' ${data.s} ' you have ' ${data.n} ' ' ${data.t}", ExprType.STRING),
        arguments("${data.unknown} + 1", ExprType.NUMBER),
        arguments("${data.unknown} == 'x'", ExprType.BOOLEAN),
        arguments("${data.unknown}", ExprType.UNKNOWN));
  }

  @ParameterizedTest(name = "`{0}` is {1}")
  @MethodSource("wellTyped")
  void computes_the_result_type(String expression, ExprType expected) {
    assertThat(FlowExpressions.parseProperty("`" + expression + "`", V6).type(TestBindings.TYPES)).isEqualTo(expected);
  }

  static Stream<Arguments> typeErrors() {
    return Stream.of(
        arguments("${data.n} == 'a'", "Operation '==' can only be used to compare values with same type.", 2),
        arguments("${data.t} != 1", "Operation '!=' can only be used to compare values with same type.", 2),
        arguments("${data.list} == ${data.list}", "Operation '==' can only be used to compare values with same "
            + "type.", 2),
        arguments("'a' < 1", "Operation '<' can only be used with numbers.", 2),
        arguments("1 >= ${data.s}", "Operation '>=' can only be used with numbers.", 2),
        arguments("${data.s} + 1", "Operation '+' can only be used with numbers.", 2),
        arguments("2 * ${data.t}", "Operation '*' can only be used with numbers.", 2),
        arguments("-${data.s}", "Operation '-' can only be used with numbers.", 2),
        arguments("!${data.n}", "Operation '!' can only be used with booleans.", 2),
        arguments("${data.t} && ${data.n}", "Operation '&&' can only be used with booleans.", 2),
        arguments("1 + (${data.t} || 'x')", "Operation '||' can only be used with booleans.", 6),
        arguments("'x' ${data.obj}", "Concatenation can only be used with strings, numbers and booleans, found "
            + "'object'.", 6));
  }

  @ParameterizedTest(name = "`{0}`: {1}")
  @MethodSource("typeErrors")
  void reports_operand_types_in_metas_wording(String expression, String detail, int column) {
    PropertyValue value = FlowExpressions.parseProperty("`" + expression + "`", V6);

    assertThatExceptionOfType(ExpressionTypeException.class)
        .isThrownBy(() -> value.type(TestBindings.TYPES))
        .satisfies(e -> {
          assertThat(e.detail()).isEqualTo(detail);
          assertThat(e.column()).isEqualTo(column);
        });
  }

  @Test
  void a_condition_equality_mismatch_names_both_operands() {
    Condition condition = FlowExpressions.parseCondition("${data.t} || ${data.n} == 'abc'", FlowJsonVersion.V4_0);

    assertThatExceptionOfType(ExpressionTypeException.class)
        .isThrownBy(() -> condition.checkTypes(TestBindings.TYPES))
        .withMessage("Type mismatch in an equality operation between '${data.n}' and 'abc' at column 14.");
  }

  @Test
  void a_lone_condition_operand_must_be_a_boolean() {
    assertThatExceptionOfType(ExpressionTypeException.class)
        .isThrownBy(() -> FlowExpressions.parseCondition("${data.n}", FlowJsonVersion.V4_0)
            .checkTypes(TestBindings.TYPES))
        .withMessage("Expected single operand to be a boolean. at column 1.");
    FlowExpressions.parseCondition("${data.t}", FlowJsonVersion.V4_0).checkTypes(TestBindings.TYPES);
  }

  @Test
  void a_backtick_condition_must_return_a_boolean() {
    assertThatExceptionOfType(ExpressionTypeException.class)
        .isThrownBy(() -> FlowExpressions.parseCondition("`${data.n} + 1`", V6).checkTypes(TestBindings.TYPES))
        .withMessage("The expression return type is 'number' which does not match the schema for the property. "
            + "at column 2.");
  }

  @Test
  void conditions_are_type_checked_in_their_standard_reading() {
    // The client's reading, t == (1 && t), would be ill-typed; the validator checks what the author wrote.
    FlowExpressions.parseCondition("${data.i} == 1 && ${data.t}", FlowJsonVersion.V4_0)
        .checkTypes(TestBindings.TYPES);
  }

  @Test
  void a_result_must_fit_the_property() {
    PropertyValue label = FlowExpressions.parseProperty("`'Hi ' ${data.s}`", V6);

    assertThatExceptionOfType(ExpressionTypeException.class)
        .isThrownBy(() -> label.checkType(TestBindings.TYPES, ExprType.BOOLEAN))
        .withMessage("The expression return type is 'string' which does not match the schema for the property. "
            + "at column 2.");
    assertThat(label.checkType(TestBindings.TYPES, ExprType.STRING)).isEqualTo(ExprType.STRING);
    assertThat(FlowExpressions.parseProperty("`${data.i} * 2`", V6).checkType(TestBindings.TYPES, ExprType.NUMBER))
        .isEqualTo(ExprType.NUMBER);
    assertThat(FlowExpressions.parseProperty("${data.t}", V6).checkType(TestBindings.TYPES, ExprType.BOOLEAN))
        .isEqualTo(ExprType.BOOLEAN);
    assertThatExceptionOfType(ExpressionTypeException.class)
        .isThrownBy(() -> FlowExpressions.parseProperty("`${data.n} / 2`", V6)
            .checkType(TestBindings.TYPES, ExprType.INTEGER))
        .withMessage("The expression return type is 'number' which does not match the schema for the property. "
            + "at column 2.");
    assertThatExceptionOfType(ExpressionTypeException.class)
        .isThrownBy(() -> FlowExpressions.parseProperty("`${data.i} + 1`", V6)
            .checkType(TestBindings.TYPES, ExprType.INTEGER))
        .withMessage("The expression return type is 'number' which does not match the schema for the property. "
            + "at column 2.");
  }

  @Test
  void properties_other_than_expressions_have_the_obvious_types() {
    assertThat(FlowExpressions.parseProperty("Hello", V6).type(TestBindings.TYPES)).isEqualTo(ExprType.STRING);
    assertThat(FlowExpressions.parseProperty("${data.list}", V6).type(TestBindings.TYPES)).isEqualTo(ExprType.ARRAY);
    assertThat(FlowExpressions.parseProperty("n = ${data.n}", V6).type(TestBindings.TYPES)).isEqualTo(ExprType.STRING);
    assertThatExceptionOfType(ExpressionTypeException.class)
        .isThrownBy(() -> FlowExpressions.parseProperty("items: ${data.list}", V6).type(TestBindings.TYPES));
  }
}
