package dev.flowkit.graph;

/**
 * A Graph API call did not produce a Graph answer: the connection failed, or the response was neither a
 * success body nor Graph's error envelope. Retrying may help for the former.
 */
public final class GraphTransportException extends GraphException {

  private static final long serialVersionUID = 1L;

  private final int httpStatus;

  GraphTransportException(String message, int httpStatus, Throwable cause) {
    super(message, cause);
    this.httpStatus = httpStatus;
  }

  GraphTransportException(String message, int httpStatus) {
    super(message);
    this.httpStatus = httpStatus;
  }

  /** The HTTP status received, or 0 when no response arrived. */
  public int httpStatus() {
    return httpStatus;
  }
}
