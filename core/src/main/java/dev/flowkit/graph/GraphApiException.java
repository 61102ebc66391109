package dev.flowkit.graph;

/**
 * The Graph API answered a call with its error envelope. {@link #error()} carries code, subcode, type,
 * messages and fbtrace id. Four kinds of failure come as subclasses: the Flows API's own codes as
 * {@link FlowApiException}, a refused access token as {@link GraphAuthException}, a reached rate limit as
 * {@link GraphRateLimitException} and a webhook callback that failed its verification handshake as
 * {@link CallbackVerificationException}; every other code as this class.
 */
public sealed class GraphApiException extends GraphException
    permits FlowApiException, GraphAuthException, GraphRateLimitException, CallbackVerificationException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;
  private final transient GraphError error;

  GraphApiException(String call, int httpStatus, GraphError error) {
    super(describe(call, httpStatus, error));
    this.httpStatus = httpStatus;
    this.error = error;
  }

  private static String describe(String call, int httpStatus, GraphError error) {
    StringBuilder out = new StringBuilder(call).append(" failed with code ").append(error.code());
    error.subcode().ifPresent(s -> out.append('/').append(s));
    out.append(": ").append(error.message());
    error.userTitle().ifPresent(t -> out.append(" (").append(t));
    error.userMessage().ifPresent(m -> out.append(error.userTitle().isPresent() ? ": " : " (").append(m));
    if (error.userTitle().isPresent() || error.userMessage().isPresent()) {
      out.append(')');
    }
    error.details().ifPresent(d -> out.append("; details: ").append(d));
    out.append(" [HTTP ").append(httpStatus);
    error.fbtraceId().ifPresent(f -> out.append(", fbtrace_id ").append(f));
    return out.append(']').toString();
  }

  /** The parsed error envelope. */
  public GraphError error() {
    return error;
  }

  /** {@link GraphError#code()}, the value to branch on. */
  public int code() {
    return error.code();
  }

  /** The HTTP status of the answer; informative only, Graph's code is what counts. */
  public int httpStatus() {
    return httpStatus;
  }
}
