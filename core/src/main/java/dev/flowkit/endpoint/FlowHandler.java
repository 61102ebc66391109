package dev.flowkit.endpoint;

/**
 * Your code: answers one decrypted flow request. {@link FlowEndpoint} calls it for INIT, data_exchange, BACK,
 * navigate and unknown actions, never for pings or error notifications. {@link FlowRouter} builds one that
 * routes by action and screen.
 *
 * <p>Throw {@link InvalidFlowTokenException} for an unknown or expired token (427); any other exception becomes
 * a 500 whose body says nothing about it (it is logged). Called concurrently: be thread-safe.
 */
@FunctionalInterface
public interface FlowHandler {

  /** The reply to a request. */
  FlowResponse handle(FlowRequest request) throws Exception;
}
