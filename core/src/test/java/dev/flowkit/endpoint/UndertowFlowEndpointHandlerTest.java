package dev.flowkit.endpoint;

/** The endpoint contract on Undertow. */
class UndertowFlowEndpointHandlerTest extends FlowEndpointContract {

  @Override
  LoopbackServers.Server serve(FlowEndpoint endpoint) {
    return LoopbackServers.undertow(endpoint);
  }
}
