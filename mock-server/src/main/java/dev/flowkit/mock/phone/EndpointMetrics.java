package dev.flowkit.mock.phone;

import dev.flowkit.mock.state.EndpointTraffic;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.NullMarked;

/**
 * Where a flow's endpoint requests are counted for the platform's metrics and alerts (platform facts §2.11, §7):
 * {@link EndpointChannel} records one {@link Sample} per HTTP request it sends (a 421 and its retry are two).
 * One sink per flow; implementations must be thread-safe. {@link EndpointCounters} is a ready one.
 */
@NullMarked
@FunctionalInterface
public interface EndpointMetrics {

  /** Records one endpoint request. Must not throw. */
  void record(Sample sample);

  /** A sink that drops everything. */
  static EndpointMetrics none() {
    return sample -> { };
  }

  /**
   * One endpoint request.
   *
   * @param at when it was sent
   * @param latency from sending to the answer (or to the failure)
   * @param httpStatus the status, when an HTTP answer came
   * @param error the endpoint error it counts as ({@code timeout_error}, {@code unexpected_http_status_code},
   *     {@code no_http_response_error}, or {@code cannot_be_served} recorded by the platform); empty for a success
   */
  record Sample(Instant at, Duration latency, OptionalInt httpStatus, Optional<EndpointErrorType> error) {

    /** Checks for nulls and a negative latency. */
    public Sample {
      Objects.requireNonNull(at, "at");
      Objects.requireNonNull(httpStatus, "httpStatus");
      Objects.requireNonNull(error, "error");
      if (latency.isNegative()) {
        throw new IllegalArgumentException("latency must not be negative, got " + latency);
      }
    }

    /**
     * The {@code ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL} bucket: the latency rounded up to whole seconds, at least
     * 1 and at most 10 (FlowKit's reading of the UNCERTAIN bucket semantics: a 0 ms answer is in "1", anything
     * over 9 s in "10").
     */
    public int latencyBucket() {
      long millis = latency.toMillis();
      long seconds = (millis + 999) / 1000;
      return (int) Math.max(1, Math.min(10, seconds));
    }

    /**
     * The error as the flow's metrics count it ({@link EndpointTraffic#ERROR_TYPES}); empty for a success and for
     * an error type the metrics do not know.
     */
    public Optional<String> metricsErrorType() {
      return error.map(EndpointErrorType::wireName).filter(EndpointTraffic.ERROR_TYPES::contains);
    }
  }
}
