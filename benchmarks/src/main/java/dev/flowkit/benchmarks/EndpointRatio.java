package dev.flowkit.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs {@link FlowEndpointBenchmark} and prints, per action, requests per second of the bare codec exchange, of the
 * endpoint in process and over the JDK server on loopback, and each path's cost as a ratio against the codec
 * (target for the JDK server path: at most 1.25).
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.flowkit.benchmarks.EndpointRatio [iterations]</pre>
 */
public final class EndpointRatio {

  private EndpointRatio() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Options options = new OptionsBuilder()
        .include(FlowEndpointBenchmark.class.getSimpleName())
        .forks(1)
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // about 40 ms per request on Linux loopback. Production users should set it too (see JdkFlowEndpointHandler).
        .jvmArgsAppend("-Dsun.net.httpserver.nodelay=true")
        .threads(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(2))
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Map<String, Double>> byAction = new TreeMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      byAction.computeIfAbsent(result.getParams().getParam("action"), k -> new TreeMap<>())
          .put(method, result.getPrimaryResult().getScore());
    }
    System.out.println();
    System.out.printf("%-14s %12s %12s %12s %14s %14s%n", "action", "codec/s", "endpoint/s", "jdk http/s",
        "endpoint cost", "jdk http cost");
    for (Map.Entry<String, Map<String, Double>> entry : byAction.entrySet()) {
      double codec = entry.getValue().get("codec");
      double inProcess = entry.getValue().get("endpoint");
      double http = entry.getValue().get("jdkServer");
      System.out.printf("%-14s %12.0f %12.0f %12.0f %13.3fx %13.3fx%n", entry.getKey(), codec, inProcess, http,
          codec / inProcess, codec / http);
    }
  }
}
