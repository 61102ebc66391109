package dev.flowkit.benchmarks;

import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;

/**
 * Runs {@link FlowEndpointBenchmark} with {@link ThreadCpuProfiler} and prints, per action, requests per second of
 * the bare codec exchange, of the endpoint in process, of the endpoint over the JDK server on loopback and of the
 * bare codec behind the same JDK server, then three views of what the endpoint costs against the codec (see
 * {@link FlowEndpointBenchmark} for why the second is the one the target of at most 1.25 applies to):
 *
 * <ul>
 *   <li>in process: {@code codec / endpoint};
 *   <li>same HTTP: {@code codecJdkServer / jdkServer}, both through the same server, connection and client;
 *   <li>whole path: {@code codec / jdkServer}, which also charges the endpoint with the loopback HTTP round trip,
 *       and, beside it, the same in CPU time (client plus server threads per request against the codec's).
 * </ul>
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.flowkit.benchmarks.EndpointRatio [iterations [pool|dispatcher]]</pre>
 */
public final class EndpointRatio {

  private EndpointRatio() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    String executorChoice = args.length > 1 ? args[1] : "pool";
    Options options = RatioRuns.loopbackOptions(FlowEndpointBenchmark.class, iterations)
        .param("executorChoice", executorChoice)
        .build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, Map<String, RunResult>> byAction = new TreeMap<>();
    for (RunResult result : results) {
      String method = result.getParams().getBenchmark().replaceAll(".*\\.", "");
      byAction.computeIfAbsent(result.getParams().getParam("action"), k -> new TreeMap<>()).put(method, result);
    }
    System.out.println();
    System.out.println("executor: " + executorChoice + "; cost = the codec's requests per second / the path's");
    System.out.printf("%-14s %9s %11s %11s %12s %11s %11s %11s %11s%n", "action", "codec/s", "endpoint/s",
        "codec http/s", "endpoint http/s", "in process", "same HTTP", "whole path", "whole CPU");
    for (Map.Entry<String, Map<String, RunResult>> entry : byAction.entrySet()) {
      Map<String, RunResult> byMethod = entry.getValue();
      double codec = score(byMethod, "codec");
      double inProcess = score(byMethod, "endpoint");
      double codecHttp = score(byMethod, "codecJdkServer");
      double http = score(byMethod, "jdkServer");
      double codecCpu = cpu(byMethod, "codec", ThreadCpuProfiler.LABEL);
      double httpCpu = cpu(byMethod, "jdkServer", ThreadCpuProfiler.LABEL)
          + cpu(byMethod, "jdkServer", ThreadCpuProfiler.SERVER_LABEL);
      System.out.printf("%-14s %9.0f %11.0f %12.0f %15.0f %10.3fx %10.3fx %10.3fx %10.3fx%n", entry.getKey(), codec,
          inProcess, codecHttp, http, codec / inProcess, codecHttp / http, codec / http, httpCpu / codecCpu);
    }
  }

  private static double score(Map<String, RunResult> byMethod, String method) {
    return byMethod.get(method).getPrimaryResult().getScore();
  }

  private static double cpu(Map<String, RunResult> byMethod, String method, String label) {
    return byMethod.get(method).getSecondaryResults().get(label).getScore();
  }
}
