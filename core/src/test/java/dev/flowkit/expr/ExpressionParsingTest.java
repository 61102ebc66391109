package dev.flowkit.expr;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.math.BigDecimal;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ExpressionParsingTest {

  private static final FlowJsonVersion V6 = FlowJsonVersion.V6_0;

  @Test
  void a_property_is_classified_as_literal_binding_interpolation_or_expression() {
    assertThat(FlowExpressions.parseProperty("Hello", V6)).isEqualTo(new PropertyValue.Literal("Hello"));
    assertThat(FlowExpressions.parseProperty("${data.a.b}", V6)).isEqualTo(new PropertyValue.WholeBinding(
        "${data.a.b}", new Expr.BindingRef(Binding.data("a", "b"), new Span(0, 11))));
    assertThat(FlowExpressions.parseProperty("Hi ${form.name}!", V6)).isEqualTo(new PropertyValue.Interpolation(
        "Hi ${form.name}!", new Expr.Concat(List.of(
            new Expr.StringLiteral("Hi ", new Span(0, 3)),
            new Expr.BindingRef(Binding.form("name"), new Span(3, 15)),
            new Expr.StringLiteral("!", new Span(15, 16))), new Span(0, 16))));
    assertThat(FlowExpressions.parseProperty("`${data.a}`", V6)).isEqualTo(new PropertyValue.Expression(
        "`${data.a}`", new Expr.BindingRef(Binding.data("a"), new Span(1, 10))));
    assertThat(FlowExpressions.parseProperty("`", V6)).isEqualTo(new PropertyValue.Literal("`"));
  }

  @Test
  void bindings_know_scope_screen_and_path_and_print_back() {
    Expr.BindingRef global = (Expr.BindingRef) ((PropertyValue.WholeBinding)
        FlowExpressions.parseProperty("${screen.OTHER.form.agree}", V6)).ref();

    assertThat(global.binding()).isEqualTo(
        new Binding(Binding.Scope.FORM, Optional.of("OTHER"), List.of("agree")));
    assertThat(global.binding().isGlobal()).isTrue();
    assertThat(global.binding()).hasToString("${screen.OTHER.form.agree}");
    assertThat(Binding.data("nested", "deep", "value")).hasToString("${data.nested.deep.value}");
  }

  @Test
  void spans_cover_each_node_and_count_the_opening_backtick() {
    String source = "`'Total: ' ${data.price} * ${data.qty}`";
    Expr.Concat concat = (Expr.Concat) ((PropertyValue.Expression) FlowExpressions.parseProperty(source, V6)).expr();
    Expr.Binary product = (Expr.Binary) concat.parts().get(1);

    assertThat(concat.span()).isEqualTo(new Span(1, 38));
    assertThat(concat.parts().get(0)).isEqualTo(new Expr.StringLiteral("Total: ", new Span(1, 10)));
    assertThat(product.span()).isEqualTo(new Span(11, 38));
    assertThat(product.span().column()).isEqualTo(12);
    assertThat(product.left().span()).isEqualTo(new Span(11, 24));
    assertThat(product.right().span()).isEqualTo(new Span(27, 38));
  }

  @Test
  void a_parenthesised_operand_spans_its_parentheses() {
    Expr.Binary product = (Expr.Binary) ((PropertyValue.Expression)
        FlowExpressions.parseProperty("`(1 + 2) * 3`", V6)).expr();

    assertThat(product.operator()).isEqualTo(InfixOperator.MULTIPLY);
    assertThat(product.span()).isEqualTo(new Span(1, 12));
    assertThat(product.left()).isEqualTo(new Expr.Binary(InfixOperator.ADD,
        new Expr.NumberLiteral(BigDecimal.ONE, new Span(2, 3)),
        new Expr.NumberLiteral(BigDecimal.valueOf(2), new Span(6, 7)), new Span(1, 8)));
    assertThat(product.right().span()).isEqualTo(new Span(11, 12));
  }

  @Test
  void logical_and_binds_tighter_than_or_in_backtick_expressions() {
    Expr expr = ((PropertyValue.Expression) FlowExpressions.parseProperty("`${data.a} || ${data.b} && ${data.c}`", V6))
        .expr();

    assertThat(expr).isInstanceOfSatisfying(Expr.Binary.class, or -> {
      assertThat(or.operator()).isEqualTo(InfixOperator.OR);
      assertThat(or.right()).isInstanceOfSatisfying(Expr.Binary.class,
          and -> assertThat(and.operator()).isEqualTo(InfixOperator.AND));
    });
  }

  static Stream<Arguments> syntaxErrors() {
    return Stream.of(
        arguments("`1 +`", "Missing operand after last operator '+'.", 4),
        arguments("`${data.a} ? 1 : 2`", "Operation ConditionalExpression is not supported", 12),
        arguments("`(1 + 2`", "Missing closing parenthesis.", 2),
        arguments("`1 + 2)`", "Missing opening parenthesis for the closing parenthesis", 7),
        arguments("`()`", "Found invalid empty parentheses", 2),
        arguments("`1 + (`", "Missing closing parenthesis.", 6),
        arguments("``", "Expected the expression to contain at least one operand.", 1),
        arguments("`'abc`", "Missing closing quote for string.", 2),
        arguments("`'a`b'`", "Unescaped backtick in a string: write \\` (\\\\` in the JSON source)", 4),
        arguments("`null == 1`", "'null' is a reserved keyword and cannot be used as a value", 2),
        arguments("`1 + abc`", "Unknown identifier 'abc': values come from ${data.…} or ${form.…}, and strings are "
            + "written in single quotes", 6),
        arguments("`1 === 1`", "Operator '===' is not supported; use one of * / % + - < <= > >= == != && ||", 4),
        arguments("`1 = 1`", "Operator '=' is not supported; use one of * / % + - < <= > >= == != && ||", 4),
        arguments("`* 2`", "Missing operand before '*'", 2),
        arguments("`1 # 2`", "Unexpected character '#'", 4),
        arguments("`\"a\"`", "Strings are written in single quotes, found '\"'", 2),
        arguments("`1.2.3`", "Invalid number '1.2.3'", 2),
        arguments("`${data.a`", "Missing closing brace '}' of the reference '${data.a'", 2),
        arguments("`${data.} + 1`", "Invalid operand format '${data.}'", 2),
        arguments("`${items.a}`", "Invalid operand format '${items.a}'", 2));
  }

  @ParameterizedTest(name = "{0}: {1}")
  @MethodSource("syntaxErrors")
  void rejects_malformed_backtick_expressions(String source, String detail, int column) {
    assertThatExceptionOfType(ExpressionSyntaxException.class)
        .isThrownBy(() -> FlowExpressions.parseProperty(source, V6))
        .satisfies(e -> {
          assertThat(e.detail()).isEqualTo(detail);
          assertThat(e.column()).isEqualTo(column);
          assertThat(e.getMessage()).isEqualTo(detail + " at column " + column + ".");
          assertThat(e.source()).isEqualTo(source);
        });
  }

  @Test
  void an_interpolation_with_an_unclosed_binding_is_an_error() {
    assertThatExceptionOfType(ExpressionSyntaxException.class)
        .isThrownBy(() -> FlowExpressions.parseProperty("Hi ${data.name", V6))
        .withMessage("Missing closing brace '}' of the reference '${data.name' at column 4.");
  }

  @Test
  void backtick_expressions_need_version_6() {
    assertThatExceptionOfType(ExpressionSyntaxException.class)
        .isThrownBy(() -> FlowExpressions.parseProperty("`1 + 1`", FlowJsonVersion.parse("5.1")))
        .withMessage("Backtick expressions need Flow JSON 6.0 or later, but the flow targets 5.1 at column 1.");
  }

  @Test
  void global_references_need_version_4() {
    assertThatExceptionOfType(ExpressionSyntaxException.class)
        .isThrownBy(() -> FlowExpressions.parseProperty("Hi ${screen.S.data.name}", FlowJsonVersion.parse("3.1")))
        .withMessage("Global reference '${screen.S.data.name}' needs Flow JSON 4.0 or later, but the flow targets "
            + "3.1 at column 4.");
    assertThat(FlowExpressions.parseProperty("${screen.S.data.name}", FlowJsonVersion.V4_0))
        .isInstanceOf(PropertyValue.WholeBinding.class);
  }

  @Test
  void versions_parse_and_order_by_major_then_minor() {
    assertThat(FlowJsonVersion.parse("7.3")).isEqualTo(new FlowJsonVersion(7, 3));
    assertThat(FlowJsonVersion.parse("1.10")).isGreaterThan(FlowJsonVersion.parse("1.2"));
    assertThat(FlowJsonVersion.parse("6.0").isAtLeast(FlowJsonVersion.V6_0)).isTrue();
    assertThat(FlowJsonVersion.parse("5.1").isAtLeast(FlowJsonVersion.V6_0)).isFalse();
    assertThat(FlowJsonVersion.V6_0).hasToString("6.0");
    assertThatExceptionOfType(IllegalArgumentException.class).isThrownBy(() -> FlowJsonVersion.parse("6"))
        .withMessage("a Flow JSON version is written \"MAJOR.MINOR\" (e.g. \"7.3\"), got \"6\"");
  }
}
