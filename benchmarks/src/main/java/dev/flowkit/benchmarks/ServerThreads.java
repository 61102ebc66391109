package dev.flowkit.benchmarks;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/** The executor a benchmark's in-process JDK server runs handlers on, named so {@link ThreadCpuProfiler} counts it. */
final class ServerThreads {

  private ServerThreads() {}

  /** A fixed pool of two threads named {@value ThreadCpuProfiler#SERVER_THREAD_PREFIX}{@code -n}. */
  static ExecutorService pool() {
    AtomicInteger threadCount = new AtomicInteger();
    return Executors.newFixedThreadPool(2,
        task -> new Thread(task, ThreadCpuProfiler.SERVER_THREAD_PREFIX + "-" + threadCount.incrementAndGet()));
  }
}
