package dev.flowkit.benchmarks;

import dev.flowkit.crypto.CryptoBackend;
import java.util.Collection;
import java.util.Map;
import java.util.TreeMap;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.options.Options;

/**
 * Runs {@link PhoneJourneyBenchmark} with {@link ThreadCpuProfiler} and prints journeys per second, the
 * baselines per second (three bare codec round trips in process, the same through the journey's JDK server, the
 * same requests to the journey's endpoint), then what the journey costs against them (see
 * {@link PhoneJourneyBenchmark} for why the first is the one the target of at most 1.5 applies to):
 *
 * <ul>
 *   <li>same HTTP: {@code codecJdkServer / journey}, the same three round trips through the same server, once
 *       as bare cryptography and once as the phone's journey; <b>the target</b>;
 *   <li>endpoint's share: {@code codecJdkServer / endpointJdkServer}, what FlowKit's endpoint library adds;
 *   <li>phone alone: {@code endpointJdkServer / journey}, the journey against the same endpoint called by a minimal
 *       client;
 *   <li>OkHttp's share: {@code codecJdkServer / codecOkHttp}, the bare round trips sent with an OkHttp client set
 *       up as the phone's, instead of the minimal client;
 *   <li>phone beyond its HTTP client: {@code codecOkHttp / journey};
 *   <li>whole path: {@code codec / journey}, which also charges the phone with loopback HTTP;
 *   <li>in process: {@code codec / journeyInProcess}, the journey answered by the endpoint in process (an OkHttp
 *       interceptor, no network), against the bare round trips in process;
 *   <li>the same HTTP and whole-path ratios in CPU time per operation (client and server threads), which a
 *       machine loaded by other work moves least.
 * </ul>
 *
 * A ratio of 1.5 means the path takes one and a half times as long as its baseline.
 *
 * <pre>java -cp benchmarks/target/benchmarks.jar dev.flowkit.benchmarks.PhoneRatio [iterations]</pre>
 */
public final class PhoneRatio {

  /** The most the phone may cost over the cryptography (issue 7), on the same-HTTP ratio. */
  static final double TARGET = 1.5;

  private PhoneRatio() {}

  public static void main(String[] args) throws Exception {
    int iterations = args.length > 0 ? Integer.parseInt(args[0]) : 5;
    Options options = RatioRuns.loopbackOptions(PhoneJourneyBenchmark.class, iterations).build();
    Collection<RunResult> results = new Runner(options).run();
    Map<String, RunResult> byMethod = new TreeMap<>();
    for (RunResult result : results) {
      byMethod.put(result.getParams().getBenchmark().replaceAll(".*\\.", ""), result);
    }
    double journey = score(byMethod, "journey");
    double codec = score(byMethod, "codec");
    double codecHttp = score(byMethod, "codecJdkServer");
    double endpointHttp = score(byMethod, "endpointJdkServer");
    double codecOkHttp = score(byMethod, "codecOkHttp");
    double journeyInProcess = score(byMethod, "journeyInProcess");
    double sameHttp = codecHttp / journey;
    System.out.println();
    System.out.println("crypto backend: " + CryptoBackend.automatic().name() + "; one operation = one journey or "
        + PhoneJourneyBenchmark.EXCHANGES + " round trips; cost = the baseline's operations per second / the path's");
    System.out.printf("%-50s %9.1f%n", "journeys/s (loopback HTTP)", journey);
    System.out.printf("%-50s %9.1f%n", "baseline/s: codec round trips in process", codec);
    System.out.printf("%-50s %9.1f%n", "baseline/s: codec round trips over the same server", codecHttp);
    System.out.printf("%-50s %9.1f%n", "baseline/s: the endpoint with a minimal client", endpointHttp);
    System.out.printf("%-50s %9.1f%n", "baseline/s: codec round trips with OkHttp", codecOkHttp);
    System.out.printf("%-50s %9.1f%n", "journeys/s in process (no network)", journeyInProcess);
    System.out.printf("%-50s %8.3fx  target at most %.2fx: %s%n", "same HTTP (codec over HTTP / journey)", sameHttp,
        TARGET, sameHttp <= TARGET ? "holds" : "DOES NOT HOLD");
    System.out.printf("%-50s %8.3fx%n", "endpoint's share (codec over HTTP / endpoint)", codecHttp / endpointHttp);
    System.out.printf("%-50s %8.3fx%n", "phone alone (endpoint / journey)", endpointHttp / journey);
    System.out.printf("%-50s %8.3fx%n", "OkHttp's share (codec: minimal / OkHttp)", codecHttp / codecOkHttp);
    System.out.printf("%-50s %8.3fx%n", "phone beyond its HTTP client (codec OkHttp / journey)", codecOkHttp / journey);
    System.out.printf("%-50s %8.3fx%n", "whole path (codec in process / journey)", codec / journey);
    System.out.printf("%-50s %8.3fx%n", "in process (codec / journey in process)", codec / journeyInProcess);
    double journeyCpu = cpu(byMethod, "journey");
    System.out.printf("%-50s %8.3fx  (%.0f us against %.0f us per operation)%n", "same HTTP in CPU time",
        journeyCpu / cpu(byMethod, "codecJdkServer"), journeyCpu, cpu(byMethod, "codecJdkServer"));
    System.out.printf("%-50s %8.3fx  (%.0f us against %.0f us per operation)%n", "whole path in CPU time",
        journeyCpu / cpu(byMethod, "codec"), journeyCpu, cpu(byMethod, "codec"));
  }

  private static double score(Map<String, RunResult> byMethod, String method) {
    return byMethod.get(method).getPrimaryResult().getScore();
  }

  /** Client and server threads' CPU microseconds per operation. */
  private static double cpu(Map<String, RunResult> byMethod, String method) {
    RunResult result = byMethod.get(method);
    return result.getSecondaryResults().get(ThreadCpuProfiler.LABEL).getScore()
        + result.getSecondaryResults().get(ThreadCpuProfiler.SERVER_LABEL).getScore();
  }
}
