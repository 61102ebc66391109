package dev.flowkit.endpoint;

/** The leak checks on a Jakarta Servlet container (Tomcat). */
class ServletEndpointLeakTest extends EndpointLeakContract {

  @Override
  LoopbackServers.Server serve(FlowEndpoint endpoint) {
    return LoopbackServers.servlet(endpoint);
  }
}
