package dev.flowkit.endpoint;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
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
 * A body is read up to {@link FlowEndpoint#maxBodyBytes()} plus one byte, so an oversized request costs no more
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
      FlowHttpResponse response;
      if (declaredLength(exchange) > endpoint.maxBodyBytes()) {
        response = FlowHttpResponse.text(413, "the body is larger than " + endpoint.maxBodyBytes() + " bytes");
      } else {
        byte[] body;
        try (InputStream in = exchange.getRequestBody()) {
          body = in.readNBytes(endpoint.maxBodyBytes() + 1);
        }
        response = endpoint.handle(FlowHttpRequest.ofMultiValued(exchange.getRequestMethod(),
            exchange.getRequestHeaders(), body));
      }
      send(exchange, response);
    }
  }

  private static long declaredLength(HttpExchange exchange) {
    String value = exchange.getRequestHeaders().getFirst("Content-Length");
    if (value == null) {
      return -1;
    }
    try {
      return Long.parseLong(value.strip());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private static void send(HttpExchange exchange, FlowHttpResponse response) throws IOException {
    byte[] bytes = response.bodyBytes();
    exchange.getResponseHeaders().set("Content-Type", response.contentType());
    for (Map.Entry<String, String> header : response.headers().entrySet()) {
      exchange.getResponseHeaders().set(header.getKey(), header.getValue());
    }
    exchange.sendResponseHeaders(response.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public String toString() {
    return "JdkFlowEndpointHandler[" + endpoint + "]";
  }
}
