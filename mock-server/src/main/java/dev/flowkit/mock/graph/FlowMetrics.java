package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.EndpointTraffic;
import dev.flowkit.mock.state.FlowRecord;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code metric} field of spec/platform.md section 2.11, read from the endpoint-request counters the platform
 * keeps per flow ({@link EndpointTraffic}): {@code metric.name(N).granularity(DAY|HOUR|LIFETIME)} with optional
 * {@code .since(YYYY-MM-DD)} and {@code .until(YYYY-MM-DD)} (defaults: 90 days back for DAY and LIFETIME, 30 for
 * HOUR; until today). Fewer than 250 requests in the flow's life answer 139006. Unlike Meta's, the counters are
 * real time. Data points are UTC days or hours with traffic, oldest first.
 */
final class FlowMetrics {

  /** The metrics threshold (section 2.11). */
  static final long THRESHOLD = 250;
  private static final List<String> NAMES = List.of("ENDPOINT_REQUEST_COUNT", "ENDPOINT_REQUEST_ERROR",
      "ENDPOINT_REQUEST_ERROR_RATE", "ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL", "ENDPOINT_AVAILABILITY");
  private static final List<String> GRANULARITIES = List.of("DAY", "HOUR", "LIFETIME");

  private FlowMetrics() {}

  /**
   * The metric the field asks for.
   *
   * @throws GraphCallException (100) for a missing or unknown name or granularity or a bad date; 139006 below the
   *     threshold
   */
  static ObjectNode metric(FlowRecord flow, FieldSelection.Field field, Instant now) {
    String name = field.modifier("name").orElseThrow(() -> GraphCallException.invalidParameter(
        "metric needs a name(...) modifier, one of " + NAMES));
    if (!NAMES.contains(name)) {
      throw GraphCallException.invalidParameter("Unknown metric name " + name + "; expected one of " + NAMES);
    }
    String granularity = field.modifier("granularity").orElseThrow(() -> GraphCallException.invalidParameter(
        "metric needs a granularity(...) modifier, one of " + GRANULARITIES));
    if (!GRANULARITIES.contains(granularity)) {
      throw GraphCallException.invalidParameter("Unknown metric granularity " + granularity + "; expected one of "
          + GRANULARITIES);
    }
    LocalDate today = LocalDate.ofInstant(now, ZoneOffset.UTC);
    LocalDate since = field.modifier("since").map(FlowMetrics::date)
        .orElse(today.minusDays(granularity.equals("HOUR") ? 30 : 90));
    LocalDate until = field.modifier("until").map(FlowMetrics::date).orElse(today);
    if (until.isBefore(since)) {
      throw GraphCallException.invalidParameter("metric since must not be after until");
    }
    EndpointTraffic traffic = flow.trafficOrNone();
    if (traffic.totalRequests() < THRESHOLD) {
      throw FlowErrors.flowError(139006, "Metrics threshold is not reached", "The flow has "
          + traffic.totalRequests() + " endpoint requests; metrics need at least " + THRESHOLD + ".");
    }
    Instant from = since.atStartOfDay(ZoneOffset.UTC).toInstant();
    Instant to = until.plusDays(1).atStartOfDay(ZoneOffset.UTC).toInstant();
    Map<Instant, List<EndpointTraffic.Hour>> points = new LinkedHashMap<>();
    for (EndpointTraffic.Hour hour : traffic.hours()) {
      if (hour.start().isBefore(from) || !hour.start().isBefore(to)) {
        continue;
      }
      Instant key = switch (granularity) {
        case "HOUR" -> hour.start();
        case "DAY" -> hour.start().truncatedTo(ChronoUnit.DAYS);
        default -> from;
      };
      points.computeIfAbsent(key, k -> new ArrayList<>()).add(hour);
    }
    ObjectNode metric = GraphCall.MAPPER.createObjectNode();
    metric.put("name", name);
    metric.put("granularity", granularity);
    ArrayNode dataPoints = metric.putArray("data_points");
    points.forEach((start, hours) -> {
      ObjectNode point = dataPoints.addObject();
      FlowViews.date(point, "timestamp", start, false);
      data(point.putArray("data"), name, hours);
    });
    return metric;
  }

  private static void data(ArrayNode data, String name, List<EndpointTraffic.Hour> hours) {
    long requests = hours.stream().mapToLong(EndpointTraffic.Hour::requests).sum();
    long errors = hours.stream().mapToLong(EndpointTraffic.Hour::errorCount).sum();
    switch (name) {
      case "ENDPOINT_REQUEST_COUNT" -> datum(data, "value", requests);
      case "ENDPOINT_REQUEST_ERROR" -> {
        for (String type : EndpointTraffic.ERROR_TYPES) {
          long n = hours.stream().mapToLong(h -> h.errors().getOrDefault(type, 0L)).sum();
          if (n > 0) {
            datum(data, type, n);
          }
        }
      }
      case "ENDPOINT_REQUEST_ERROR_RATE" -> {
        ObjectNode d = data.addObject();
        d.put("key", "value");
        d.put("value", requests == 0 ? 0.0 : (double) errors / requests);
      }
      case "ENDPOINT_REQUEST_LATENCY_SECONDS_CEIL" -> {
        for (int i = 0; i < 10; i++) {
          int bucket = i;
          long n = hours.stream().mapToLong(h -> h.latencySeconds().get(bucket)).sum();
          if (n > 0) {
            datum(data, Integer.toString(i + 1), n);
          }
        }
      }
      default -> {
        datum(data, "succeeded", hours.stream().mapToLong(EndpointTraffic.Hour::availabilitySucceeded).sum());
        datum(data, "failed", hours.stream().mapToLong(EndpointTraffic.Hour::availabilityFailed).sum());
      }
    }
  }

  private static void datum(ArrayNode data, String key, long value) {
    ObjectNode d = data.addObject();
    d.put("key", key);
    d.put("value", value);
  }

  private static LocalDate date(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      throw GraphCallException.invalidParameter("metric dates are YYYY-MM-DD: " + text);
    }
  }
}
