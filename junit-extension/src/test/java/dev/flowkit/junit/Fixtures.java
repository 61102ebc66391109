package dev.flowkit.junit;

import static org.junit.platform.engine.discovery.DiscoverySelectors.selectClass;

import java.util.Arrays;
import java.util.Map;
import org.junit.platform.engine.DiscoverySelector;
import org.junit.platform.testkit.engine.EngineExecutionResults;
import org.junit.platform.testkit.engine.EngineTestKit;

/**
 * Runs fixture classes through the Jupiter engine. Fixtures are static nested classes of the tests marked
 * {@link Fixture}, so they run only here.
 */
final class Fixtures {

  private Fixtures() {}

  static EngineExecutionResults run(Class<?> fixture) {
    return run(Map.of(), fixture);
  }

  static EngineExecutionResults run(Map<String, String> parameters, Class<?>... fixtures) {
    return EngineTestKit.engine("junit-jupiter")
        .selectors(Arrays.stream(fixtures).map(c -> selectClass(c))
            .toArray(DiscoverySelector[]::new))
        .configurationParameter(Fixture.PARAMETER, "true")
        .configurationParameters(parameters)
        .execute();
  }
}
