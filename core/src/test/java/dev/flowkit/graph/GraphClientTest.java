package dev.flowkit.graph;

import org.junit.jupiter.api.AfterEach;

/** Each test gets its own loopback server and a client pointed at it; the server stops after the test. */
abstract class GraphClientTest {

  final GraphTestServer graph = new GraphTestServer();
  final GraphApiClient client = graph.client();

  @AfterEach
  void stopServer() {
    graph.close();
  }
}
