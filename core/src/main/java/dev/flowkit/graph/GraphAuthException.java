package dev.flowkit.graph;

import java.util.Optional;

/**
 * Graph refused the access token (spec/platform.md section 1.5): code 190 with or without a subcode, 104 (no
 * token) or 0 (the app user could not be authenticated). Retrying with the same token will not help; get a new
 * one. {@link #reason()} names the situation from the subcode. Like every exception of this package, its message
 * never contains the token.
 */
public final class GraphAuthException extends GraphApiException {

  private static final long serialVersionUID = 1L;

  /** Why the token was refused. */
  public enum Reason {
    /** 190 without a subcode, or 190/467: the token is invalid or cannot be parsed. */
    INVALID_TOKEN,
    /** 190/463: the token has expired. */
    EXPIRED,
    /** 190/460: the session was invalidated, e.g. the user changed their password. */
    SESSION_INVALIDATED,
    /** 190/458: the user has not installed (or has removed) the app. */
    APP_NOT_INSTALLED,
    /** 190/459: the user is checkpointed and must log in to Facebook first. */
    USER_CHECKPOINTED,
    /** 190/464: the user is unconfirmed. */
    UNCONFIRMED_USER,
    /** 104: the call carried no access token. */
    TOKEN_MISSING,
    /** 0, or 190 with a subcode the spec does not list. */
    OTHER;

    static Optional<Reason> of(int code, Optional<Integer> subcode) {
      switch (code) {
        case 0:
          return Optional.of(OTHER);
        case 104:
          return Optional.of(TOKEN_MISSING);
        case 190:
          return Optional.of(subcode.map(Reason::ofSubcode).orElse(INVALID_TOKEN));
        default:
          return Optional.empty();
      }
    }

    private static Reason ofSubcode(int subcode) {
      switch (subcode) {
        case 458: return APP_NOT_INSTALLED;
        case 459: return USER_CHECKPOINTED;
        case 460: return SESSION_INVALIDATED;
        case 463: return EXPIRED;
        case 464: return UNCONFIRMED_USER;
        case 467: return INVALID_TOKEN;
        default: return OTHER;
      }
    }
  }

  private final Reason reason;

  GraphAuthException(String call, int httpStatus, GraphError error, Reason reason) {
    super(call, httpStatus, error);
    this.reason = reason;
  }

  /** Why the token was refused. */
  public Reason reason() {
    return reason;
  }
}
