package dev.flowkit.crypto;

import tools.jackson.databind.json.JsonMapper;

/** The one JSON mapper of this package: thread-safe once built. */
final class Json {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private Json() {}
}
