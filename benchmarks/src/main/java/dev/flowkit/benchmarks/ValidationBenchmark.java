package dev.flowkit.benchmarks;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.validation.FlowJsonValidator;
import dev.flowkit.validation.ValidationError;
import dev.flowkit.validation.ValidationResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.infra.BenchmarkParams;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * What validating Flow JSON costs against only parsing the same text: {@link #validate()} runs
 * {@link FlowJsonValidator#validate(String)}, {@link #modelParse()} reads the text into the typed model with
 * {@link FlowJsonMapper}, {@link #jacksonTreeParse()} into a plain Jackson {@link JsonNode}. The inputs are the
 * largest corpus flow ({@code survey}) and synthetic flows of 10, 100 and 1000 screens ({@link SyntheticFlows}).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
public class ValidationBenchmark {

  /** The corpus flow's name, or a number of synthetic screens. */
  @Param({"survey", "10", "100", "1000"})
  public String flow;

  private static final long PRE_WARM_NANOS = TimeUnit.SECONDS.toNanos(3);

  private final JsonMapper plain = JsonMapper.builder().build();
  private String text;

  @Setup
  public void load(BenchmarkParams params) throws IOException {
    text = text(flow);
    preWarm(params.getBenchmark());
    ValidationResult result = FlowJsonValidator.validate(text);
    List<ValidationError> unexpected = unexpectedErrors(flow, result);
    if (!unexpected.isEmpty()) {
      throw new IllegalStateException("the " + flow + " flow must validate without errors, but: " + unexpected);
    }
    if (!result.warnings().isEmpty()) {
      // A warning makes the validator map the text's positions, which a clean flow never needs.
      throw new IllegalStateException("the " + flow + " flow must have no warnings, but: " + result.warnings());
    }
    FlowJsonMapper.read(text); // the model baseline must read it too
  }

  /**
   * Before JMH's own warm-up: the measured operation on the 10-screen flow for {@link #PRE_WARM_NANOS}. A large flow
   * alone takes about 15 s (on a quiet machine) until the JIT has compiled the per-call code, since its calls are
   * few; seeded by a small flow, every input's JMH warm-up starts from the same compiled code.
   */
  private void preWarm(String benchmark) {
    String small = SyntheticFlows.flow(10);
    Function<String, Object> operation = switch (benchmark.substring(benchmark.lastIndexOf('.') + 1)) {
      case "validate" -> FlowJsonValidator::validate;
      case "modelParse" -> FlowJsonMapper::read;
      default -> plain::readTree;
    };
    for (long end = System.nanoTime() + PRE_WARM_NANOS; System.nanoTime() < end; ) {
      operation.apply(small); // a call the JIT cannot drop: each parses text into new objects
    }
  }

  /** The text of a flow named as in {@link #flow}. */
  static String text(String flow) throws IOException {
    if (flow.equals("survey")) {
      try (InputStream in = ValidationBenchmark.class.getResourceAsStream("/flowjson/survey.json")) {
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    }
    return SyntheticFlows.flow(Integer.parseInt(flow));
  }

  /**
   * The errors a flow should not have: none, except that above 100 screens Meta reports MAX_SCREENS_NUMBER. FlowKit
   * checks that cap after the schema stage, so every other rule still runs on the 1000-screen flow.
   */
  static List<ValidationError> unexpectedErrors(String flow, ValidationResult result) {
    boolean overCap = !flow.equals("survey") && Integer.parseInt(flow) > 100;
    return result.errors().stream().filter(e -> !(overCap && e.error().equals("MAX_SCREENS_NUMBER"))).toList();
  }

  @Benchmark
  public ValidationResult validate() {
    return FlowJsonValidator.validate(text);
  }

  @Benchmark
  public FlowJson modelParse() {
    return FlowJsonMapper.read(text);
  }

  @Benchmark
  public JsonNode jacksonTreeParse() {
    return plain.readTree(text);
  }
}
