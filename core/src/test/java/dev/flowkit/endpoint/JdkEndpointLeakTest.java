package dev.flowkit.endpoint;

/** The leak checks on the JDK's com.sun.net.httpserver. */
class JdkEndpointLeakTest extends EndpointLeakContract {

  @Override
  LoopbackServers.Server serve(FlowEndpoint endpoint) {
    return LoopbackServers.jdk(endpoint);
  }
}
