package dev.flowkit.graph;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.InetAddress;
import java.util.concurrent.TimeUnit;
import mockwebserver3.MockResponse;
import mockwebserver3.MockWebServer;
import mockwebserver3.RecordedRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A MockWebServer on loopback (random port) with a client pointed at it; answers are scripted per test. */
final class GraphTestServer implements AutoCloseable {

  static final String TOKEN = "EAAtest-token-0123456789";

  private final MockWebServer server = new MockWebServer();
  private final GraphApiClient client;

  GraphTestServer() {
    try {
      server.start(InetAddress.getLoopbackAddress(), 0);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
    client = GraphApiClient.builder().baseUrl(baseUrl()).apiVersion("v21.0").accessToken(TOKEN).build();
  }

  String baseUrl() {
    return "http://" + server.getHostName() + ":" + server.getPort();
  }

  GraphApiClient client() {
    return client;
  }

  GraphTestServer reply(int status, String json) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", "application/json")
        .body(json).build());
    return this;
  }

  GraphTestServer enqueue(MockResponse response) {
    server.enqueue(response);
    return this;
  }

  GraphTestServer replyRaw(int status, String contentType, String body) {
    server.enqueue(new MockResponse.Builder().code(status).setHeader("Content-Type", contentType).body(body).build());
    return this;
  }

  /** The next request, checked to carry the bearer token and FlowKit's user agent. */
  RecordedRequest take() {
    try {
      RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
      assertThat(request).as("a request reached the server").isNotNull();
      assertThat(request.getHeaders().get("Authorization")).isEqualTo("Bearer " + TOKEN);
      assertThat(request.getHeaders().get("User-Agent")).isEqualTo("FlowKit");
      return request;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  int requestCount() {
    return server.getRequestCount();
  }

  static String body(RecordedRequest request) {
    return request.getBody() == null ? "" : request.getBody().utf8();
  }

  static JsonNode jsonBody(RecordedRequest request) {
    assertThat(request.getHeaders().get("Content-Type")).startsWith("application/json");
    return JsonMapper.shared().readTree(body(request));
  }

  static JsonNode json(String text) {
    return JsonMapper.shared().readTree(text);
  }

  @Override
  public void close() {
    server.close();
  }
}
