package dev.flowkit.benchmarks;

import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/** The JMH settings the ratio mains share, so that their baselines and paths are measured alike. */
final class RatioRuns {

  private RatioRuns() {}

  /** One fork, one thread, 3 warm-up iterations of 2 s, then {@code iterations} of 2 s. */
  static ChainedOptionsBuilder options(Class<?> benchmark, int iterations) {
    return new OptionsBuilder()
        .include(benchmark.getSimpleName())
        .forks(1)
        .threads(1)
        .warmupIterations(3).warmupTime(TimeValue.seconds(2))
        .measurementIterations(iterations).measurementTime(TimeValue.seconds(2));
  }

  /** {@link #options} for a benchmark that calls an in-process server on loopback, with {@link ThreadCpuProfiler}. */
  static ChainedOptionsBuilder loopbackOptions(Class<?> benchmark, int iterations) {
    return options(benchmark, iterations)
        // Without TCP_NODELAY the JDK server's separate header and body writes meet the client's delayed ACK:
        // about 40 ms per request on Linux loopback. Production users should set it too (see JdkFlowEndpointHandler).
        .jvmArgsAppend("-Dsun.net.httpserver.nodelay=true")
        .addProfiler(ThreadCpuProfiler.class);
  }
}
