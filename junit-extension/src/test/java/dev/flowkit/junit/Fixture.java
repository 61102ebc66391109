package dev.flowkit.junit;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Marks a fixture class: it runs only through {@link Fixtures} (which sets {@link #PARAMETER}), and is skipped when
 * Surefire or an IDE selects it directly, e.g. with {@code -Dtest='WhatsAppFlowTest*'}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ExtendWith(Fixture.OnlyThroughTheKit.class)
@interface Fixture {

  String PARAMETER = "flowkit.test.run-fixtures";

  /** Enables the class only when the kit runs it. */
  final class OnlyThroughTheKit implements ExecutionCondition {
    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
      return context.getConfigurationParameter(PARAMETER).filter("true"::equals).isPresent()
          ? ConditionEvaluationResult.enabled("run through EngineTestKit")
          : ConditionEvaluationResult.disabled("a fixture: runs only through EngineTestKit (see Fixtures)");
    }
  }
}
