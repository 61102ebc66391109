package dev.flowkit.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.node.BooleanNode;
import tools.jackson.databind.node.IntNode;
import tools.jackson.databind.node.StringNode;

class ConditionTest {

  private static final FlowJsonVersion V4 = FlowJsonVersion.V4_0;
  private static final FlowJsonVersion V6 = FlowJsonVersion.V6_0;

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        arguments("", "Expected property 'condition' to contain at least one operand.", 1),
        arguments("   ", "Expected property 'condition' to contain at least one operand.", 1),
        arguments("()", "Found invalid empty parentheses", 1),
        arguments("${data.t} && ( )", "Found invalid empty parentheses", 14),
        arguments("true && false", "An operator cannot not have literals on both sides. Found invalid syntax", 6),
        arguments("${data.a} == 1 && 2 == 3", "An operator cannot not have literals on both sides. Found invalid "
            + "syntax", 21),
        arguments("${data.t})", "Missing opening parenthesis for the closing parenthesis", 10),
        arguments(")", "Missing opening parenthesis for the closing parenthesis", 1),
        arguments("(${data.t}", "Missing closing parenthesis.", 1),
        arguments("${data.t} && (", "Missing closing parenthesis.", 14),
        arguments("${data.s} == 'abc", "Missing closing quote for string.", 14),
        arguments("${data.a} ${data.b}", "Missing operator between '${data.a}' and '${data.b}'", 11),
        arguments("${data.a} == 1 (${data.t})", "Missing operator between '1' and '('", 16),
        arguments("${data.a} = 1", "Invalid operator '='", 11),
        arguments("${data.a} === 1", "Invalid operator '==='", 11),
        arguments("${data.a} == 1.5", "Invalid operand format '1.5'", 14),
        arguments("${data.a} == 2abc", "Invalid operand format '2abc'", 14),
        arguments("${data.a} + 1 == 2", "Unexpected character '+'", 11),
        arguments("${data.a} == == 1", "Wrong positioning of operator '=='. It cannot be used in concatenation with "
            + "'=='", 14),
        arguments("! == ${data.a}", "Wrong positioning of operator '=='. It cannot be used in concatenation with "
            + "'!'", 3),
        arguments("${data.a} < ${data.b} < 3", "Wrong positioning of operator '<'. It cannot be used in "
            + "concatenation with '<'", 23),
        arguments("${data.a} == abc", "Invalid literal 'abc'", 14),
        arguments("${data.a} == null", "Invalid literal 'null'", 14),
        arguments("${data.a} ==", "Missing operand after last operator '=='.", 11),
        arguments("${data.t} && !", "Missing operand after last operator '!'.", 14),
        arguments("(${data.t} ||)", "Missing operand after last operator '||'.", 12),
        arguments("${data.a} == -", "A numerical value is expected to follow the negative sign", 14),
        arguments("${data.a} == - 1", "A numerical value is expected to follow the negative sign", 14),
        arguments("${data.a} == 007", "Number cannot not have leading zeroes", 14),
        arguments("'abc'", "The only operand is a literal value. Expected single operand to be a boolean.", 1),
        arguments("!(true)", "The only operand is a literal value. Expected single operand to be a boolean.", 1),
        arguments("== ${data.a}", "Missing operand before operator '=='", 1),
        arguments("`${data.t}`", "Unexpected character '`'", 1));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("syntaxErrors")
  void rejects_malformed_conditions_with_metas_messages(String condition, String detail, int column) {
    assertThatExceptionOfType(ExpressionSyntaxException.class)
        .isThrownBy(() -> FlowExpressions.parseCondition(condition, V4))
        .satisfies(e -> {
          assertThat(e.detail()).isEqualTo(detail);
          assertThat(e.getMessage()).isEqualTo(detail + " at column " + column + ".");
        });
  }

  @Test
  void accepts_negative_integers_zero_and_escaped_strings() {
    Condition condition = FlowExpressions.parseCondition("${data.a} != -12 && ${data.name} == 'it\\'s' || "
        + "${data.zero} == 0", V4);

    assertThat(condition.evaluate(TestBindings.VALUES, ConditionPrecedence.STANDARD)).isTrue();
    Expr.Binary or = (Expr.Binary) condition.standard();
    Expr.Binary and = (Expr.Binary) or.left();
    assertThat(((Expr.Binary) and.left()).right())
        .isEqualTo(new Expr.NumberLiteral(BigDecimal.valueOf(-12), new Span(13, 16)));
    assertThat(((Expr.Binary) and.right()).right()).isInstanceOfSatisfying(Expr.StringLiteral.class,
        s -> assertThat(s.value()).isEqualTo("it's"));
  }

  @Test
  void meta_client_and_standard_precedence_differ_on_an_unparenthesised_or() {
    // a = 2, b = 2. Standard: (a == 1) || (b == 2) is true. The client folds from the right:
    // a == (1 || (b == 2)) = 2 == true, and true counts as 1, so false.
    Condition condition = FlowExpressions.parseCondition("${data.a} == 1 || ${data.b} == 2", V4);

    assertThat(condition.precedenceMatters()).isTrue();
    assertThat(condition.evaluate(TestBindings.VALUES, ConditionPrecedence.STANDARD)).isTrue();
    assertThat(condition.evaluate(TestBindings.VALUES, ConditionPrecedence.META_CLIENT)).isFalse();
    assertThat(condition.evaluate(TestBindings.VALUES)).isFalse();

    Expr.Binary client = (Expr.Binary) condition.client();
    assertThat(client.operator()).isEqualTo(InfixOperator.EQUAL);
    assertThat(client.span()).isEqualTo(new Span(0, 32));
    assertThat(client.right()).isInstanceOfSatisfying(Expr.Binary.class, right -> {
      assertThat(right.operator()).isEqualTo(InfixOperator.OR);
      assertThat(right.span()).isEqualTo(new Span(13, 32));
    });
    assertThat(((Expr.Binary) condition.standard()).operator()).isEqualTo(InfixOperator.OR);
  }

  @Test
  void meta_client_lets_and_take_its_neighbours_before_a_comparison() {
    // f = false. Standard: (f == f) && f is false. Client: f == (f && f) = false == false, true.
    Condition condition = FlowExpressions.parseCondition("${data.f} == ${data.f} && ${data.f}", V4);

    assertThat(condition.evaluate(TestBindings.VALUES, ConditionPrecedence.STANDARD)).isFalse();
    assertThat(condition.evaluate(TestBindings.VALUES, ConditionPrecedence.META_CLIENT)).isTrue();
  }

  @Test
  void parentheses_make_both_readings_agree() {
    Condition condition = FlowExpressions.parseCondition("(${data.a} == 1) || (${data.b} == 2)", V4);

    assertThat(condition.precedenceMatters()).isFalse();
    assertThat(condition.evaluate(TestBindings.VALUES)).isTrue();
    assertThat(condition.standard().span()).isEqualTo(new Span(0, 36));
    assertThat(((Expr.Binary) condition.standard()).left().span()).isEqualTo(new Span(0, 16));
  }

  @Test
  void not_applies_to_the_operand_after_it_and_spans_it() {
    Condition condition = FlowExpressions.parseCondition("!(${data.t}) || !!${form.ok}", V4);

    Expr.Binary or = (Expr.Binary) condition.standard();
    assertThat(or.left()).isEqualTo(new Expr.Unary(PrefixOperator.NOT,
        new Expr.BindingRef(Binding.data("t"), new Span(1, 12)), new Span(0, 12)));
    assertThat(or.right().span()).isEqualTo(new Span(16, 28));
    assertThat(condition.evaluate(TestBindings.VALUES)).isTrue();
  }

  @Test
  void a_lone_boolean_reference_is_a_condition() {
    assertThat(FlowExpressions.parseCondition("${form.ok}", V4).evaluate(TestBindings.VALUES)).isTrue();
    assertThat(FlowExpressions.parseCondition("${data.missing}", V4).evaluate(TestBindings.VALUES)).isFalse();
  }

  @Test
  void from_6_0_a_condition_may_be_a_backtick_expression_with_arithmetic() {
    Condition condition = FlowExpressions.parseCondition("`${data.price} * ${data.qty} > 7`", V6);

    assertThat(condition.syntax()).isEqualTo(Condition.Syntax.BACKTICK);
    assertThat(condition.precedenceMatters()).isFalse();
    assertThat(condition.evaluate(TestBindings.VALUES)).isTrue();
  }

  @Test
  void from_6_0_a_condition_may_be_a_json_boolean() {
    Condition condition = FlowExpressions.parseCondition(BooleanNode.FALSE, V6);

    assertThat(condition.syntax()).isEqualTo(Condition.Syntax.BOOLEAN);
    assertThat(condition.evaluate(TestBindings.VALUES)).isFalse();
    condition.checkTypes(TestBindings.TYPES);
    assertThat(FlowExpressions.parseCondition(StringNode.valueOf("${form.ok}"), V6).evaluate(TestBindings.VALUES))
        .isTrue();
  }

  @Test
  void before_6_0_a_boolean_condition_is_refused() {
    assertThatExceptionOfType(ExpressionSyntaxException.class)
        .isThrownBy(() -> FlowExpressions.parseCondition(BooleanNode.TRUE, FlowJsonVersion.parse("5.1")))
        .withMessage("A boolean condition needs Flow JSON 6.0 or later, but the flow targets 5.1 at column 1.");
    assertThatExceptionOfType(ExpressionSyntaxException.class)
        .isThrownBy(() -> FlowExpressions.parseCondition(IntNode.valueOf(1), V6))
        .withMessage("Expected property 'condition' to be a string or, from Flow JSON 6.0, a boolean at column 1.");
  }

  @Test
  void string_comparison_is_exact() {
    assertThat(FlowExpressions.parseCondition("${form.note} == 'hi'", V4).evaluate(TestBindings.VALUES)).isTrue();
    assertThat(FlowExpressions.parseCondition("${form.note} == 'Hi'", V4).evaluate(TestBindings.VALUES)).isFalse();
  }
}
