package dev.flowkit.endpoint;

/** A request decrypted but is not shaped like a flow request; the endpoint answers 400. */
final class InvalidFlowRequestException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  InvalidFlowRequestException(String message) {
    super(message);
  }
}
