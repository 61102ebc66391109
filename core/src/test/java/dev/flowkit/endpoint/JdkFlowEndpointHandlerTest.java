package dev.flowkit.endpoint;

/** The endpoint contract on the JDK's com.sun.net.httpserver. */
class JdkFlowEndpointHandlerTest extends FlowEndpointContract {

  @Override
  LoopbackServers.Server serve(FlowEndpoint endpoint) {
    return LoopbackServers.jdk(endpoint);
  }
}
