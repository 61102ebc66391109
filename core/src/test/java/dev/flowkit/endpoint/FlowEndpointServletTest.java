package dev.flowkit.endpoint;

/** The endpoint contract on a Jakarta Servlet in embedded Tomcat. */
class FlowEndpointServletTest extends FlowEndpointContract {

  @Override
  LoopbackServers.Server serve(FlowEndpoint endpoint) {
    return LoopbackServers.servlet(endpoint);
  }
}
