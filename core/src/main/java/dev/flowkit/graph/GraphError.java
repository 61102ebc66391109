package dev.flowkit.graph;

import java.util.Objects;
import java.util.Optional;

/**
 * Graph's error envelope ({@code {"error": {...}}}, spec/platform.md section 1.4). Branch on {@link #code()}
 * (and {@link #details()}), never on the HTTP status or the texts.
 *
 * @param message {@code message}, e.g. {@code (#131009) Parameter value is not valid}
 * @param type {@code type}, e.g. {@code OAuthException}; empty text when absent
 * @param code {@code code}
 * @param subcode {@code error_subcode}
 * @param userTitle {@code error_user_title}
 * @param userMessage {@code error_user_msg}
 * @param isTransient {@code is_transient}
 * @param details {@code error_data.details} (or {@code error_data} itself when it is text)
 * @param fbtraceId {@code fbtrace_id}, the id Meta's support asks for
 */
public record GraphError(String message, String type, int code, Optional<Integer> subcode,
    Optional<String> userTitle, Optional<String> userMessage, Optional<Boolean> isTransient,
    Optional<String> details, Optional<String> fbtraceId) {

  /** Nothing may be null. */
  public GraphError {
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(subcode, "subcode");
    Objects.requireNonNull(userTitle, "userTitle");
    Objects.requireNonNull(userMessage, "userMessage");
    Objects.requireNonNull(isTransient, "isTransient");
    Objects.requireNonNull(details, "details");
    Objects.requireNonNull(fbtraceId, "fbtraceId");
  }
}
