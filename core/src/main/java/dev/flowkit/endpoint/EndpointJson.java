package dev.flowkit.endpoint;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of this package: thread-safe once built. */
final class EndpointJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private EndpointJson() {}
}
