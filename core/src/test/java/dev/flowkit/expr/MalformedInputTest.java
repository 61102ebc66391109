package dev.flowkit.expr;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Arbitrary text fails with our typed exceptions only: never an index error or a null pointer. */
class MalformedInputTest {

  private static final String[] PIECES = {
    "${data.a}", "${form.ok}", "${screen.S.data.x}", "${data.", "}", "${", "'x'", "'", "\\", "`", "(", ")", "!",
    "-", "+", "*", "/", "%", "==", "!=", "=", "<", "<=", ">", ">=", "&&", "||", "&", "|", "?", ":", "1", "0", "07",
    "2.5", ".", "true", "false", "null", "abc", " ", " ", "#", "\"", "${data.list}", "${data.obj}"
  };

  @Test
  void random_text_fails_only_with_expression_exceptions() {
    Random random = new Random(42);
    List<String> unexpected = new ArrayList<>();
    int parsed = 0;
    for (int i = 0; i < 20_000; i++) {
      StringBuilder text = new StringBuilder();
      for (int n = random.nextInt(8); n >= 0; n--) {
        text.append(PIECES[random.nextInt(PIECES.length)]);
      }
      String source = random.nextInt(3) == 0 ? "`" + text + "`" : text.toString();
      parsed += exercise(source, unexpected);
    }

    assertThat(unexpected).isEmpty();
    assertThat(parsed).as("inputs that parsed and were exercised").isGreaterThan(1_000);
  }

  private static int exercise(String source, List<String> unexpected) {
    int parsed = 0;
    try {
      PropertyValue value = FlowExpressions.parseProperty(source, FlowJsonVersion.V6_0);
      parsed++;
      value.evaluate(TestBindings.VALUES);
      value.type(TestBindings.TYPES);
    } catch (ExpressionException expected) {
      assertThat(expected.span().end()).isLessThanOrEqualTo(source.length());
    } catch (RuntimeException e) {
      unexpected.add(source + " -> " + e);
    }
    try {
      Condition condition = FlowExpressions.parseCondition(source, FlowJsonVersion.V6_0);
      parsed++;
      condition.evaluate(TestBindings.VALUES, ConditionPrecedence.META_CLIENT);
      condition.evaluate(TestBindings.VALUES, ConditionPrecedence.STANDARD);
      condition.checkTypes(TestBindings.TYPES);
    } catch (ExpressionException expected) {
      assertThat(expected.span().end()).isLessThanOrEqualTo(source.length());
    } catch (RuntimeException e) {
      unexpected.add(source + " -> " + e);
    }
    return parsed;
  }
}
