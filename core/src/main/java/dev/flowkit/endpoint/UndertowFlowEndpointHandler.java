package dev.flowkit.endpoint;

import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.HeaderValues;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Mounts a {@link FlowEndpoint} on Undertow. Undertow is an optional dependency of FlowKit core: add
 * {@code io.undertow:undertow-core} yourself to use this class.
 *
 * <pre>{@code
 * Undertow server = Undertow.builder().addHttpListener(8080, "0.0.0.0")
 *     .setHandler(Handlers.path().addExactPath("/flow", new UndertowFlowEndpointHandler(endpoint)))
 *     .build();
 * }</pre>
 *
 * Requests are moved off the I/O thread to Undertow's worker pool (decryption and your handler block). Bodies are
 * limited as by {@link JdkFlowEndpointHandler}. Thread-safe.
 */
public final class UndertowFlowEndpointHandler implements HttpHandler {

  private final FlowEndpoint endpoint;

  /** A handler for the endpoint. */
  public UndertowFlowEndpointHandler(FlowEndpoint endpoint) {
    this.endpoint = Objects.requireNonNull(endpoint, "endpoint");
  }

  @Override
  public void handleRequest(HttpServerExchange exchange) throws Exception {
    if (exchange.isInIoThread()) {
      exchange.dispatch(this);
      return;
    }
    exchange.startBlocking();
    Map<String, String> headers = new HashMap<>();
    for (HeaderValues values : exchange.getRequestHeaders()) {
      if (!values.isEmpty()) {
        headers.put(values.getHeaderName().toString(), values.getFirst());
      }
    }
    FlowHttpResponse response = endpoint.handle(exchange.getRequestMethod().toString(), headers,
        exchange.getRequestContentLength(), exchange.getInputStream());
    byte[] bytes = response.bodyBytes();
    exchange.setStatusCode(response.status());
    exchange.getResponseHeaders().put(Headers.CONTENT_TYPE, response.contentType());
    response.headers().forEach((name, value) -> exchange.getResponseHeaders().put(HttpString.tryFromString(name), value));
    exchange.getResponseHeaders().put(Headers.CONTENT_LENGTH, bytes.length);
    exchange.getOutputStream().write(bytes);
    exchange.endExchange();
  }

  @Override
  public String toString() {
    return "UndertowFlowEndpointHandler[" + endpoint + "]";
  }
}
