package dev.flowkit.endpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Mounts a {@link FlowEndpoint} on the JDK's built-in {@code com.sun.net.httpserver} (no dependency).
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
 * server.setExecutor(Executors.newFixedThreadPool(8));   // the default executor runs one request at a time
 * server.start();
 * }</pre>
 *
 * <p>Start the JVM with {@code -Dsun.net.httpserver.nodelay=true}: without TCP_NODELAY the JDK server's
 * separate writes of headers and body wait for the client's delayed ACK, about 40 ms per request on Linux
 * (FlowKit's benchmark: 22 requests per second on one connection, 1,800 with it). The executor costs one thread
 * hand-off per request (on one connection, about a fifth of the loopback round trip in FlowKit's benchmark), far
 * less than running every connection's decryption one after another on the dispatcher thread: keep the pool.
 *
 * <p>A body is read up to {@link FlowEndpoint#maxBodyBytes()} plus one byte, so an oversized request costs no more
 * than that; a declared {@code Content-Length} above the limit is refused before reading. Thread-safe.
 */
public final class JdkFlowEndpointHandler implements HttpHandler {

  private final FlowEndpoint endpoint;

  /** A handler for the endpoint. */
  public JdkFlowEndpointHandler(FlowEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      Map<String, String> headers = new HashMap<>();
      for (Map.Entry<String, List<String>> header : exchange.getRequestHeaders().entrySet()) {
        if (!header.getValue().isEmpty()) {
          headers.put(header.getKey(), header.getValue().get(0));
        }
      }
      FlowHttpResponse response;
      try (InputStream in = exchange.getRequestBody()) {
        response = endpoint.handle(exchange.getRequestMethod(), headers, declaredLength(exchange), in);
      }
      byte[] bytes = response.bodyBytes();
      exchange.getResponseHeaders().set("Content-Type", response.contentType());
      response.headers().forEach((name, value) -> exchange.getResponseHeaders().set(name, value));
      exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
      if (bytes.length > 0) {
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(bytes);
        }
      }
    }
  }

  private static long declaredLength(HttpExchange exchange) {
    String value = exchange.getRequestHeaders().getFirst("Content-Length");
    try {
      return value == null ? -1 : Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  @Override
  public String toString() {
    return "JdkFlowEndpointHandler[" + endpoint + "]";
  }
}
