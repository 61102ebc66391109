package dev.flowkit.benchmarks;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.openjdk.jmh.infra.BenchmarkParams;
import org.openjdk.jmh.infra.IterationParams;
import org.openjdk.jmh.profile.InternalProfiler;
import org.openjdk.jmh.results.AggregationPolicy;
import org.openjdk.jmh.results.IterationResult;
import org.openjdk.jmh.results.ScalarResult;

/**
 * A JMH profiler reporting {@value #LABEL}: the CPU time the benchmark's worker threads spent per operation, in
 * microseconds, with the threads of the JDK's HTTP clients (named {@code HttpClient-...}) and OkHttp's (named
 * {@code OkHttp ...}: its synchronous calls run on the caller's thread, its connection pool's clean-up on a
 * {@code OkHttp TaskRunner} thread), which only work for the worker threads that send through them. Unlike the score (wall-clock time), it does not count the time a thread
 * waited for a core, so it stays put when other processes load the machine; it also leaves out the GC's and the
 * JIT's threads. A thread started during an iteration counts from its start, so the first warm-up iteration
 * includes the trial's setup. A second result, {@value #SERVER_LABEL}, counts the in-process HTTP server's threads
 * the same way (the JDK server's {@code HTTP-Dispatcher} and threads whose name starts with
 * {@value #SERVER_THREAD_PREFIX}), so a benchmark that calls a server on loopback can tell the client's CPU time
 * from the server's.
 */
public final class ThreadCpuProfiler implements InternalProfiler {

  /** The secondary result's label. */
  public static final String LABEL = "cpu.us/op";

  /** The label of the server threads' CPU time per operation. */
  public static final String SERVER_LABEL = "server.cpu.us/op";

  /** Name prefix of the threads a benchmark's in-process server runs handlers on. */
  public static final String SERVER_THREAD_PREFIX = "flowkit-server";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, Long> before = Map.of();
  private Map<Long, Long> serverBefore = Map.of();

  /** For JMH, which makes profilers by reflection. */
  public ThreadCpuProfiler() {}

  @Override
  public String getDescription() {
    return "CPU time of the benchmark threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = cpuTimes(false);
    serverBefore = cpuTimes(true);
  }

  @Override
  public List<ScalarResult> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long ops = Math.max(1, result.getMetadata().getAllOps());
    return List.of(
        new ScalarResult(LABEL, spent(before, cpuTimes(false)) / 1000.0 / ops, "us/op", AggregationPolicy.AVG),
        new ScalarResult(SERVER_LABEL, spent(serverBefore, cpuTimes(true)) / 1000.0 / ops, "us/op",
            AggregationPolicy.AVG));
  }

  private static long spent(Map<Long, Long> before, Map<Long, Long> after) {
    long nanos = 0;
    for (Map.Entry<Long, Long> entry : after.entrySet()) {
      nanos += entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
    }
    return nanos;
  }

  /** CPU nanoseconds by thread id, of JMH's worker threads and HTTP clients, or of the in-process server's threads. */
  private Map<Long, Long> cpuTimes(boolean server) {
    Map<Long, Long> times = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && (server ? isServerThread(info.getThreadName()) : isClientThread(info.getThreadName()))) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu >= 0) {
          times.put(info.getThreadId(), cpu);
        }
      }
    }
    return times;
  }

  private static boolean isClientThread(String name) {
    return name.contains("jmh-worker") || name.startsWith("HttpClient-") || name.startsWith("OkHttp");
  }

  private static boolean isServerThread(String name) {
    return name.startsWith("HTTP-Dispatcher") || name.startsWith(SERVER_THREAD_PREFIX);
  }
}
