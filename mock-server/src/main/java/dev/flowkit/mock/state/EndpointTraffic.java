package dev.flowkit.mock.state;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The endpoint-request counters the platform keeps per flow, one bucket per UTC hour: what the metrics of
 * spec/platform.md section 2.11 are read from. The simulated phone (and the control API) add requests; the Flows
 * API only reads them.
 *
 * @param hours the hourly buckets, oldest first
 */
public record EndpointTraffic(List<Hour> hours) {

  /** The error kinds of {@code ENDPOINT_REQUEST_ERROR} (section 2.11). */
  public static final List<String> ERROR_TYPES =
      List.of("timeout_error", "unexpected_http_status_code", "cannot_be_served", "no_http_response_error");

  /** No traffic. */
  public static final EndpointTraffic NONE = new EndpointTraffic(List.of());

  /** The list is copied. */
  public EndpointTraffic {
    hours = List.copyOf(hours);
  }

  /**
   * The requests of one hour.
   *
   * @param start the hour's start (UTC, whole hour)
   * @param requests endpoint requests answered or not
   * @param errors failed requests per error type of {@link #ERROR_TYPES}
   * @param latencySeconds requests per latency rounded up to whole seconds, index 0 for 1 s to index 9 for 10 s or
   *     more
   * @param availabilitySucceeded health checks the endpoint passed
   * @param availabilityFailed health checks it failed
   */
  public record Hour(Instant start, long requests, Map<String, Long> errors, List<Long> latencySeconds,
      long availabilitySucceeded, long availabilityFailed) {

    /** Copies the collections. */
    public Hour {
      errors = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(errors));
      latencySeconds = List.copyOf(latencySeconds);
    }

    /** All errors of the hour. */
    public long errorCount() {
      return errors.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  /** Requests over the flow's life. */
  public long totalRequests() {
    return hours.stream().mapToLong(Hour::requests).sum();
  }

  /**
   * This traffic with {@code count} more requests at {@code at}, each taking {@code latency}, failed with
   * {@code errorType} when it is not null.
   *
   * @throws IllegalArgumentException for a negative count or an error type not in {@link #ERROR_TYPES}
   */
  public EndpointTraffic withRequests(Instant at, long count, Duration latency, @Nullable String errorType) {
    if (count < 0) {
      throw new IllegalArgumentException("a request count is 0 or more: " + count);
    }
    if (errorType != null && !ERROR_TYPES.contains(errorType)) {
      throw new IllegalArgumentException("error_type must be one of " + ERROR_TYPES + ": " + errorType);
    }
    int bucket = (int) Math.min(10, Math.max(1, (latency.toMillis() + 999) / 1000)) - 1;
    return change(at, h -> {
      Map<String, Long> errors = new LinkedHashMap<>(h.errors());
      if (errorType != null) {
        errors.merge(errorType, count, Long::sum);
      }
      List<Long> latency10 = new ArrayList<>(h.latencySeconds());
      latency10.set(bucket, latency10.get(bucket) + count);
      return new Hour(h.start(), h.requests() + count, errors, latency10, h.availabilitySucceeded(),
          h.availabilityFailed());
    });
  }

  /** This traffic with one more health check at {@code at}, passed or failed. */
  public EndpointTraffic withHealthCheck(Instant at, boolean passed) {
    return change(at, h -> new Hour(h.start(), h.requests(), h.errors(), h.latencySeconds(),
        h.availabilitySucceeded() + (passed ? 1 : 0), h.availabilityFailed() + (passed ? 0 : 1)));
  }

  private EndpointTraffic change(Instant at, java.util.function.UnaryOperator<Hour> change) {
    Instant start = at.truncatedTo(ChronoUnit.HOURS);
    List<Hour> next = new ArrayList<>(hours);
    for (int i = 0; i < next.size(); i++) {
      if (next.get(i).start().equals(start)) {
        next.set(i, change.apply(next.get(i)));
        return new EndpointTraffic(next);
      }
    }
    int at2 = 0;
    while (at2 < next.size() && next.get(at2).start().isBefore(start)) {
      at2++;
    }
    next.add(at2, change.apply(new Hour(start, 0, Map.of(), java.util.Collections.nCopies(10, 0L), 0, 0)));
    return new EndpointTraffic(next);
  }
}
