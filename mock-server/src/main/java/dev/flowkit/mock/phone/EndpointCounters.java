package dev.flowkit.mock.phone;

import java.util.Collections;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicLongArray;
import org.jspecify.annotations.NullMarked;

/**
 * Counters for one flow's endpoint requests, shaped like the platform's metrics (platform facts §2.11): request
 * count, errors by type, latency buckets 1 to 10 seconds. Thread-safe; reads are not a consistent snapshot
 * across counters while requests are being recorded.
 */
@NullMarked
public final class EndpointCounters implements EndpointMetrics {

  private final AtomicLong requests = new AtomicLong();
  private final AtomicLong[] errors = new AtomicLong[EndpointErrorType.values().length];
  private final AtomicLongArray latency = new AtomicLongArray(10);

  /** Counters at zero. */
  public EndpointCounters() {
    for (int i = 0; i < errors.length; i++) {
      errors[i] = new AtomicLong();
    }
  }

  @Override
  public void record(Sample sample) {
    requests.incrementAndGet();
    sample.error().ifPresent(type -> errors[type.ordinal()].incrementAndGet());
    latency.incrementAndGet(sample.latencyBucket() - 1);
  }

  /** {@code ENDPOINT_REQUEST_COUNT}: requests recorded. */
  public long requestCount() {
    return requests.get();
  }

  /** Requests recorded with this error type. */
  public long errorCount(EndpointErrorType type) {
    return errors[type.ordinal()].get();
  }

  /** {@code ENDPOINT_REQUEST_ERROR}: the error types seen, each with its count (types never seen are absent). */
  public Map<EndpointErrorType, Long> errors() {
    Map<EndpointErrorType, Long> seen = new EnumMap<>(EndpointErrorType.class);
    for (EndpointErrorType type : EndpointErrorType.values()) {
      long count = errors[type.ordinal()].get();
      if (count > 0) {
        seen.put(type, count);
      }
    }
    return Collections.unmodifiableMap(seen);
  }

  /** {@code ENDPOINT_REQUEST_ERROR_RATE}: endpoint errors per request, 0 when there were no requests. */
  public double errorRate() {
    long total = requests.get();
    if (total == 0) {
      return 0;
    }
    long failed = 0;
    for (EndpointErrorType type : EndpointErrorType.values()) {
      if (type.isEndpointError()) {
        failed += errors[type.ordinal()].get();
      }
    }
    return (double) failed / total;
  }

  /** {@code ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL}: bucket 1 to 10 to its count, all ten buckets in order. */
  public Map<Integer, Long> latencyBuckets() {
    Map<Integer, Long> buckets = new LinkedHashMap<>();
    for (int i = 0; i < 10; i++) {
      buckets.put(i + 1, latency.get(i));
    }
    return Collections.unmodifiableMap(buckets);
  }

  @Override
  public String toString() {
    return "EndpointCounters[" + requests.get() + " request(s), errors " + errors() + "]";
  }
}
