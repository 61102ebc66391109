package dev.flowkit.graph;

import java.util.Optional;

/**
 * The Graph API refused a Flows call, or a flow message, with one of the flow error codes of spec/platform.md
 * section 1.6. {@link #kind()} names the situation.
 */
public final class FlowApiException extends GraphApiException {

  private static final long serialVersionUID = 1L;

  /** The flow error codes. */
  public enum Kind {
    /** 139000: an account integrity issue blocks creating or publishing. */
    BLOCKED_BY_INTEGRITY(139000),
    /** 139001: the flow can't be updated (not a draft, or its JSON could not be processed). */
    UPDATE_REFUSED(139001),
    /** 139002: the flow can't be published (state, validation errors, endpoint, key, webhooks...). */
    PUBLISH_REFUSED(139002),
    /** 139003: only a published flow can be deprecated. */
    DEPRECATE_REFUSED(139003),
    /** 139004: only a draft can be deleted. */
    DELETE_REFUSED(139004),
    /** 139006: metrics need at least 250 endpoint requests. */
    METRICS_THRESHOLD_NOT_REACHED(139006),
    /** 132068: the flow is blocked and can't be sent. */
    FLOW_BLOCKED(132068),
    /** 132069: the flow is throttled and was sent too often in the last hour. */
    FLOW_THROTTLED(132069);

    private final int code;

    Kind(int code) {
      this.code = code;
    }

    /** The Graph error code. */
    public int code() {
      return code;
    }

    static Optional<Kind> of(int code) {
      for (Kind kind : values()) {
        if (kind.code == code) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  private final Kind kind;

  FlowApiException(String call, int httpStatus, GraphError error, Kind kind) {
    super(call, httpStatus, error);
    this.kind = kind;
  }

  /** Which flow error this is. */
  public Kind kind() {
    return kind;
  }

  /** Whether the text of the error says publishing failed because of Flow JSON validation errors. */
  boolean mentionsValidationErrors() {
    String text = error().message() + " " + error().userTitle().orElse("") + " " + error().userMessage().orElse("");
    return text.toLowerCase(java.util.Locale.ROOT).contains("validation error");
  }
}
