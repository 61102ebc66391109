package dev.flowkit.graph;

/**
 * Base of every failure of a Graph API call. Messages name the call (method and path, never the query string)
 * and never contain the access token.
 */
public abstract sealed class GraphException extends RuntimeException
    permits GraphApiException, FlowValidationException, GraphTransportException {

  private static final long serialVersionUID = 1L;

  GraphException(String message) {
    super(message);
  }

  GraphException(String message, Throwable cause) {
    super(message, cause);
  }
}
