package dev.flowkit.benchmarks;

import java.util.Collection;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link FlowJsonBenchmark} (three forks: one fork's JIT decisions swing the result by 20%) and prints the model round trip's cost as a ratio against the plain tree parse
 * measured alongside it (target: at most 2).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.flowkit.benchmarks.FlowJsonRatio [iterations]</pre>
 */
public final class FlowJsonRatio {

  private FlowJsonRatio() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Collection<RunResult> results = new Runner(new OptionsBuilder()
        .include(FlowJsonBenchmark.class.getSimpleName())
        .forks(3).threads(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
        .build()).run();
    double tree = 0;
    double model = 0;
    for (RunResult result : results) {
      double score = result.getPrimaryResult().getScore();
      String name = result.getParams().getBenchmark();
      if (name.endsWith("jacksonTreeParse")) {
        tree = score;
      } else if (name.endsWith("modelRoundTrip")) {
        model = score;
      }
    }
    System.out.printf("%ntree parse %.0f ops/s, model parse+write %.0f ops/s, cost ratio %.3fx%n", tree, model, tree / model);
  }
}
