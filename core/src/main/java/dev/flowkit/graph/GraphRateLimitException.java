package dev.flowkit.graph;

import java.util.Arrays;
import java.util.Optional;

/**
 * Graph refused a call because a rate limit was reached (spec/platform.md sections 1.4 and 1.5, the codes Meta
 * answers with HTTP 429). The call may succeed later: back off before retrying. {@link #limit()} names which limit,
 * since they differ in scope (the app, the business account, one phone number, one recipient).
 *
 * <p>A flow sent too often ({@code 132069}) is not one of these: it is a {@link FlowApiException} of kind
 * {@link FlowApiException.Kind#FLOW_THROTTLED}.
 */
public final class GraphRateLimitException extends GraphApiException {

  private static final long serialVersionUID = 1L;

  /** The limit that was reached. */
  public enum Limit {
    /** 4: the app's call rate limit ({@code (#4) Application request limit reached}). */
    APPLICATION(4),
    /** 80007: the WhatsApp Business Account's call rate limit. */
    BUSINESS_ACCOUNT(80007),
    /** 130429: the phone number's message throughput (by default 80 messages per second). */
    MESSAGE_THROUGHPUT(130429),
    /** 131048: messages from this number were limited because too many were marked as spam. */
    SPAM(131048),
    /** 131056: too many messages from the business to the same user in a short time. */
    BUSINESS_CONSUMER_PAIR(131056),
    /** 133016: too many register or deregister attempts for the phone number. */
    REGISTRATION(133016);

    private final int code;

    Limit(int code) {
      this.code = code;
    }

    /** The Graph error code. */
    public int code() {
      return code;
    }

    static Optional<Limit> of(int code) {
      return Arrays.stream(values()).filter(limit -> limit.code == code).findFirst();
    }
  }

  private final Limit limit;

  GraphRateLimitException(String call, int httpStatus, GraphError error, Limit limit) {
    super(call, httpStatus, error);
    this.limit = limit;
  }

  /** Which limit was reached. */
  public Limit limit() {
    return limit;
  }
}
