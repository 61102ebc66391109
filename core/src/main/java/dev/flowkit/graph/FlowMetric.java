package dev.flowkit.graph;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A flow endpoint metric ({@code fields=metric.name(...)...}, spec/platform.md section 2.11).
 *
 * @param name the metric, e.g. {@code ENDPOINT_REQUEST_COUNT}
 * @param granularity {@code DAY}, {@code HOUR} or {@code LIFETIME}
 * @param dataPoints one per period
 */
public record FlowMetric(String name, String granularity, List<DataPoint> dataPoints) {

  /** The metrics Meta offers. */
  public enum Name {
    /** Endpoint requests. */
    ENDPOINT_REQUEST_COUNT,
    /** Endpoint errors per error type. */
    ENDPOINT_REQUEST_ERROR,
    /** Errors per request, as a fraction. */
    ENDPOINT_REQUEST_ERROR_RATE,
    /** Requests per latency, rounded up to whole seconds. */
    ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL,
    /** Succeeded and failed availability checks. */
    ENDPOINT_AVAILABILITY
  }

  /** The period of one data point. */
  public enum Granularity {
    /** One point per day (default since: 90 days back). */
    DAY,
    /** One point per hour (default since: 30 days back). */
    HOUR,
    /** One point for the flow's life. */
    LIFETIME
  }

  /** Nothing may be null. */
  public FlowMetric {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(granularity, "granularity");
    dataPoints = List.copyOf(dataPoints);
  }

  /**
   * The values of one period.
   *
   * @param timestamp the period's start as sent, e.g. {@code 2026-05-01T07:00:00+0000}
   * @param data key and value pairs; the keys depend on the metric
   */
  public record DataPoint(String timestamp, List<Datum> data) {
    /** Nothing may be null. */
    public DataPoint {
      Objects.requireNonNull(timestamp, "timestamp");
      data = List.copyOf(data);
    }
  }

  /**
   * One value.
   *
   * @param key e.g. {@code value}, {@code timeout_error} or a latency bucket {@code "1"}
   * @param value a count or a fraction
   */
  public record Datum(String key, double value) {
    /** Nothing may be null. */
    public Datum {
      Objects.requireNonNull(key, "key");
    }
  }

  static FlowMetric from(JsonNode node) {
    return new FlowMetric(Nodes.textOrEmpty(node, "name"), Nodes.textOrEmpty(node, "granularity"),
        Nodes.list(node, "data_points", p -> new DataPoint(Nodes.textOrEmpty(p, "timestamp"),
            Nodes.list(p, "data", d -> new Datum(Nodes.textOrEmpty(d, "key"), d.path("value").asDouble(0))))));
  }
}
