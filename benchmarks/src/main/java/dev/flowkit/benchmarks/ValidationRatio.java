package dev.flowkit.benchmarks;

import dev.flowkit.validation.FlowJsonValidator;
import dev.flowkit.validation.ValidationResult;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import org.openjdk.jmh.results.Result;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link ValidationBenchmark} and prints, per flow, validation's cost as a ratio against parsing the same
 * text measured alongside it, into the model and into a plain tree (target for the corpus flow: at most 5), and
 * validation time per screen for the synthetic flows, with the ratio of the largest flow's to the smallest's
 * (target: at most 2). Everything twice: from JMH's wall-clock scores, and from the benchmark thread's CPU time
 * ({@link ThreadCpuProfiler}), which a machine shared with other work disturbs much less.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.flowkit.benchmarks.ValidationRatio [iterations] [forks]</pre>
 */
public final class ValidationRatio {

  private static final String[] FLOWS = {"survey", "10", "100", "1000"};
  private static final String[] OPERATIONS = {"validate", "modelParse", "jacksonTreeParse"};

  private ValidationRatio() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    int forks = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(ValidationBenchmark.class.getSimpleName())
        .addProfiler(ThreadCpuProfiler.class)
        .forks(forks).threads(1)
        .warmupIterations(5).warmupTime(TimeValue.seconds(1))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(1))
        .build()).run();
    // microseconds per operation, by flow, in the order of OPERATIONS
    Map<String, double[]> wall = new LinkedHashMap<>();
    Map<String, double[]> cpu = new LinkedHashMap<>();
    for (String flow : FLOWS) {
      wall.put(flow, new double[OPERATIONS.length]);
      cpu.put(flow, new double[OPERATIONS.length]);
    }
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      String flow = result.getParams().getParam("flow");
      int column = Arrays.asList(OPERATIONS).indexOf(method);
      wall.get(flow)[column] = 1e6 / result.getPrimaryResult().getScore();
      Result<?> thread = result.getSecondaryResults().get(ThreadCpuProfiler.LABEL);
      cpu.get(flow)[column] = thread == null ? Double.NaN : thread.getScore();
    }
    System.out.println();
    table("wall clock (JMH score)", wall);
    table("benchmark thread CPU time", cpu);
    for (String flow : FLOWS) {
      ValidationResult result = FlowJsonValidator.validate(ValidationBenchmark.text(flow));
      if (!result.isValid()) {
        System.out.println("note: the " + flow + " flow has " + result.errors().size() + " error(s) (every rule ran): "
            + result.errors().stream().map(e -> e.error()).toList());
      }
    }
  }

  private static void table(String title, Map<String, double[]> micros) {
    System.out.printf("%s%n%-7s %9s %13s %13s %13s %9s %9s %11s%n", title, "flow", "KB", "validate/s", "model/s",
        "tree/s", "vs model", "vs tree", "us/screen");
    for (String flow : FLOWS) {
      double[] us = micros.get(flow);
      String perScreen = flow.equals("survey") ? "" : String.format("%11.2f", us[0] / Integer.parseInt(flow));
      System.out.printf("%-7s %9.1f %13.1f %13.1f %13.1f %8.2fx %8.2fx %s%n", flow, kilobytes(flow), 1e6 / us[0],
          1e6 / us[1], 1e6 / us[2], us[0] / us[1], us[0] / us[2], perScreen);
    }
    double per10 = micros.get("10")[0] / 10;
    System.out.printf("per-screen validation time against 10 screens: 100 screens %.2fx, 1000 screens %.2fx%n%n",
        micros.get("100")[0] / 100 / per10, micros.get("1000")[0] / 1000 / per10);
  }

  private static double kilobytes(String flow) {
    try {
      return ValidationBenchmark.text(flow).length() / 1024.0;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
