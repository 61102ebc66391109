package dev.flowkit.webhook;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalLong;
import tools.jackson.databind.JsonNode;

/**
 * A flow health alert crossed its threshold ({@code field: flows}, platform spec §6.7): upwards
 * ({@link State#ACTIVATED}) or back ({@link State#DEACTIVATED}). Which measurements are present depends on the
 * {@link Kind}; all of them are also in {@link #json()}. Deduplicate on flow id, kind and time.
 *
 * @param businessAccountId {@code entry[].id}
 * @param time {@code entry[].time}, when sent
 * @param flowId the flow
 * @param kind what was measured
 * @param state whether the threshold was crossed upwards or back
 * @param threshold the threshold crossed: percent for error rates and availability, milliseconds for latency
 * @param message Meta's human description, when sent
 * @param errorRate the overall error rate in percent (error-rate alerts)
 * @param errors the rate and count per error type (error-rate alerts), e.g. {@code TIMEOUT}
 * @param p50LatencyMillis median latency (latency alerts)
 * @param p90LatencyMillis 90th-percentile latency (latency alerts)
 * @param requestsCount requests in the window, when sent
 * @param availability availability in percent (availability alerts)
 * @param json the change's {@code value} verbatim
 */
public record FlowAlert(String businessAccountId, Optional<Instant> time, String flowId, Kind kind, State state,
    double threshold, Optional<String> message, OptionalDouble errorRate, List<ErrorTypeRate> errors,
    OptionalLong p50LatencyMillis, OptionalLong p90LatencyMillis, OptionalLong requestsCount,
    OptionalDouble availability, JsonNode json) implements WebhookEvent {

  /** Copies the error list. */
  public FlowAlert {
    errors = List.copyOf(errors);
  }

  /** The alert events, named as in the webhook's {@code event}. */
  public enum Kind {
    /** Requests failing on the phone (60-minute window). */
    CLIENT_ERROR_RATE,
    /** Requests to the flow endpoint failing (30-minute window). */
    ENDPOINT_ERROR_RATE,
    /** Flow endpoint p90 latency (30-minute window). */
    ENDPOINT_LATENCY,
    /** Flow endpoint availability (10-minute window). */
    ENDPOINT_AVAILABILITY
  }

  /** The direction of the crossing ({@code alert_state}). */
  public enum State {
    /** The threshold was crossed towards worse. */
    ACTIVATED,
    /** The measurement recovered. */
    DEACTIVATED
  }

  /**
   * One error type's share of an error-rate alert.
   *
   * @param errorType as Meta spells it, e.g. {@code INVALID_SCREEN_TRANSITION}, {@code TIMEOUT}; kept as text
   *     because the full set of spellings is not documented
   * @param errorRate its share in percent
   * @param errorCount how many requests failed so
   */
  public record ErrorTypeRate(String errorType, double errorRate, long errorCount) {}
}
