package dev.flowkit.endpoint;

/** The leak checks on Undertow. */
class UndertowEndpointLeakTest extends EndpointLeakContract {

  @Override
  LoopbackServers.Server serve(FlowEndpoint endpoint) {
    return LoopbackServers.undertow(endpoint);
  }
}
