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
 * microseconds. Unlike the score (wall-clock time), it does not count the time the thread waited for a core, so
 * it stays put when other processes load the machine; it also leaves out the GC's and the JIT's threads. A thread
 * started during an iteration counts from its start, so the first warm-up iteration includes the trial's setup.
 */
public final class ThreadCpuProfiler implements InternalProfiler {

  /** The secondary result's label. */
  public static final String LABEL = "cpu.us/op";

  private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();
  private Map<Long, Long> before = Map.of();

  /** For JMH, which makes profilers by reflection. */
  public ThreadCpuProfiler() {}

  @Override
  public String getDescription() {
    return "CPU time of the benchmark threads per operation";
  }

  @Override
  public void beforeIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams) {
    before = workerCpuTimes();
  }

  @Override
  public List<ScalarResult> afterIteration(BenchmarkParams benchmarkParams, IterationParams iterationParams,
      IterationResult result) {
    long nanos = 0;
    for (Map.Entry<Long, Long> entry : workerCpuTimes().entrySet()) {
      nanos += entry.getValue() - before.getOrDefault(entry.getKey(), 0L);
    }
    long ops = Math.max(1, result.getMetadata().getAllOps());
    return List.of(new ScalarResult(LABEL, nanos / 1000.0 / ops, "us/op", AggregationPolicy.AVG));
  }

  /** CPU nanoseconds by thread id, of JMH's worker threads. */
  private Map<Long, Long> workerCpuTimes() {
    Map<Long, Long> times = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info != null && info.getThreadName().contains("jmh-worker")) {
        long cpu = threads.getThreadCpuTime(info.getThreadId());
        if (cpu >= 0) {
          times.put(info.getThreadId(), cpu);
        }
      }
    }
    return times;
  }
}
