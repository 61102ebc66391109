package dev.flowkit.validation;

import java.util.List;

/** The public Flow JSON versions (spec/flow-json.md section 1.2). */
final class FlowJsonVersions {

  /**
   * Every public version. 2.1 to 5.0 are frozen (no new publishing) but still valid Flow JSON: being frozen or
   * expired is the platform's concern at publish and send time (INVALID_FLOW_JSON_VERSION_STATE), not a static
   * error, so the validator accepts them. Internal version strings (1.0, 2.99, 5.2, 7.4, ...) are not public.
   */
  static final List<String> PUBLIC = List.of("2.1", "3.0", "3.1", "4.0", "5.0", "5.1", "6.0", "6.1", "6.2", "6.3",
      "7.0", "7.1", "7.2", "7.3");

  private FlowJsonVersions() {}

  private static final java.util.Map<String, Integer> NUMBERS = PUBLIC.stream()
      .collect(java.util.stream.Collectors.toUnmodifiableMap(v -> v, FlowJsonVersions::parse));

  /** MAJOR * 100 + MINOR, as Meta's validator compares them ("6.3" is 603). */
  static int number(String version) {
    Integer known = NUMBERS.get(version);
    return known != null ? known : parse(version);
  }

  private static int parse(String version) {
    int dot = version.indexOf('.');
    return Integer.parseInt(version.substring(0, dot)) * 100 + Integer.parseInt(version.substring(dot + 1));
  }
}
