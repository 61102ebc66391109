package dev.flowkit.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;

/**
 * Runs {@link EndpointExchangeBenchmark} for every backend in one run and prints the codec's cost as a ratio
 * against the bare RSA operation measured alongside it (target: at most 1.10).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.flowkit.benchmarks.CodecRatio [iterations]</pre>
 */
public final class CodecRatio {

  private CodecRatio() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Options options = RatioRuns.options(EndpointExchangeBenchmark.class, iterations).build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, double[]> byBackend = new TreeMap<>();
    for (RunResult result : results) {
      String backend = result.getParams().getParam("backend");
      String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      double score = result.getPrimaryResult().getScore();
      byBackend.computeIfAbsent(backend, k -> new double[2])[method.equals("bareRsaOaep") ? 0 : 1] = score;
    }
    System.out.println();
    System.out.printf("%-6s %16s %16s %12s%n", "backend", "bare RSA ops/s", "exchanges/s", "cost ratio");
    for (Map.Entry<String, double[]> entry : byBackend.entrySet()) {
      double bare = entry.getValue()[0];
      double exchange = entry.getValue()[1];
      System.out.printf("%-7s %16.0f %16.0f %11.3fx%n", entry.getKey(), bare, exchange, bare / exchange);
    }
  }
}
