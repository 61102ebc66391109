package dev.flowkit.mock.phone;

/**
 * The client error types a phone reports, in an error notification to the endpoint, when a response breaks the
 * flow's rules (platform.md §5.4): the key sent as {@code data.error}.
 */
public enum ScreenClientError {
  /** The response names a screen that is neither the current one, a routing-model destination of it, nor SUCCESS. */
  INVALID_SCREEN_TRANSITION("invalid-screen-transition"),
  /** The response is not shaped as the client expects, or its data does not match the screen's data model. */
  PAYLOAD_SCHEMA_ERROR("payload-schema-error");

  private final String key;

  ScreenClientError(String key) {
    this.key = key;
  }

  /** The key as the phone sends it, e.g. {@code invalid-screen-transition}. */
  public String key() {
    return key;
  }
}
