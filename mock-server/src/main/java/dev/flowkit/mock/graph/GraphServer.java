package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.AccessToken;
import dev.flowkit.mock.state.StateStore;
import io.undertow.Undertow;
import io.undertow.UndertowOptions;
import io.undertow.server.HttpHandler;
import io.undertow.server.HttpServerExchange;
import io.undertow.util.Headers;
import io.undertow.util.HttpString;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.StringNode;

/**
 * The Undertow server of the mock: {@code /_flowkit/...} goes to the control table without Graph auth, every other
 * path to the Graph table behind a version prefix and an access token. Every answer is JSON; every failure a Graph
 * error envelope, including failures nobody planned (code 1, logged without the request's parameters).
 */
public final class GraphServer implements AutoCloseable {

  /** The prefix of the control API. */
  public static final String CONTROL_PREFIX = "/_flowkit";
  private static final System.Logger LOG = System.getLogger(GraphServer.class.getName());
  private static final HttpString JSON_TYPE = Headers.CONTENT_TYPE;

  private final Undertow undertow;
  private final String baseUrl;

  private GraphServer(Undertow undertow, String baseUrl) {
    this.undertow = undertow;
    this.baseUrl = baseUrl;
  }

  /**
   * Starts a server on {@code host:port} (port 0: a free one).
   *
   * @throws RuntimeException from Undertow when the port cannot be bound
   */
  public static GraphServer start(String host, int port, StateStore store, RouteTable graph, RouteTable control,
      FaultInjector faults, GraphBehaviour behaviour) {
    Handler handler = new Handler(store, graph, control, faults, behaviour);
    Undertow undertow = Undertow.builder()
        .addHttpListener(port, host)
        .setIoThreads(2)
        .setWorkerThreads(16)
        .setHandler(handler)
        // Undertow cuts bodies at 10 MiB by default; the limit is the behaviour's, so a route can answer its own
        // size error (a flow JSON asset just over 10 MB still reaches the asset route)
        .setServerOption(UndertowOptions.MAX_ENTITY_SIZE, behaviour.maxBodyBytes())
        .build();
    undertow.start();
    InetSocketAddress address = (InetSocketAddress) undertow.getListenerInfo().get(0).getAddress();
    String hostText = address.getAddress().getHostAddress();
    if (hostText.contains(":")) {
      hostText = "[" + hostText + "]";
    }
    return new GraphServer(undertow, "http://" + hostText + ":" + address.getPort());
  }

  /** {@code http://127.0.0.1:port}. */
  public String baseUrl() {
    return baseUrl;
  }

  /**
   * Stops listening and ends the worker threads. Works on an interrupted thread too (Undertow's stop would fail
   * there): the interrupt is set aside while stopping and restored after.
   */
  @Override
  public void close() {
    boolean interrupted = Thread.interrupted();
    try {
      undertow.stop();
    } finally {
      if (interrupted) {
        Thread.currentThread().interrupt();
      }
    }
  }

  private static final class Handler implements HttpHandler {
    private final StateStore store;
    private final RouteTable graph;
    private final RouteTable control;
    private final FaultInjector faults;
    private final GraphBehaviour behaviour;

    Handler(StateStore store, RouteTable graph, RouteTable control, FaultInjector faults, GraphBehaviour behaviour) {
      this.store = store;
      this.graph = graph;
      this.control = control;
      this.faults = faults;
      this.behaviour = behaviour;
    }

    @Override
    public void handleRequest(HttpServerExchange exchange) throws IOException {
      if (exchange.isInIoThread()) {
        exchange.dispatch(this);
        return;
      }
      exchange.startBlocking();
      GraphReply reply;
      try {
        reply = serve(exchange);
      } catch (GraphCallException e) {
        reply = GraphReply.error(e);
      } catch (RuntimeException e) {
        LOG.log(System.Logger.Level.ERROR, "unexpected failure in " + exchange.getRequestMethod() + " "
            + exchange.getRequestPath() + ": " + e.getClass().getName(), e);
        reply = GraphReply.error(GraphCallException.unknownError());
      }
      byte[] bytes = reply.file() != null ? reply.file() : GraphCall.MAPPER.writeValueAsBytes(reply.body());
      exchange.setStatusCode(reply.status());
      exchange.getResponseHeaders().put(JSON_TYPE, reply.contentType() != null ? reply.contentType()
          : "application/json; charset=UTF-8");
      exchange.setResponseContentLength(bytes.length);
      try (OutputStream out = exchange.getOutputStream()) {
        out.write(bytes);
      }
    }

    private GraphReply serve(HttpServerExchange exchange) {
      String method = exchange.getRequestMethod().toString().toUpperCase(Locale.ROOT);
      String fullPath = exchange.getRequestPath();
      String baseUrl = exchange.getRequestScheme() + "://" + exchange.getHostAndPort();
      boolean isControl = fullPath.equals(CONTROL_PREFIX) || fullPath.startsWith(CONTROL_PREFIX + "/");
      ApiVersion version = ApiVersion.OLDEST;
      boolean versioned = false;
      String path = fullPath;
      if (!isControl) {
        String first = firstSegment(fullPath);
        Optional<ApiVersion> parsed = ApiVersion.parse(first);
        if (parsed.isPresent()) {
          version = parsed.get();
          versioned = true;
          path = fullPath.substring(1 + first.length());
          path = path.isEmpty() ? "/" : path;
        } else if (!behaviour.serveUnversionedPaths()) {
          throw GraphCallException.unknownPath(fullPath.isEmpty() ? "/" : fullPath);
        }
      }
      List<Bodies.Pair> query = Bodies.urlEncoded(exchange.getQueryString());
      Map<String, JsonNode> params = new LinkedHashMap<>();
      for (Bodies.Pair p : query) {
        params.put(p.name(), StringNode.valueOf(p.value()));
      }
      Map<String, Part> parts = new LinkedHashMap<>();
      readBody(exchange, params, parts);
      Caller caller = isControl ? null : authenticate(exchange, params);
      params.remove("access_token");
      RouteTable table = isControl ? control : graph;
      RouteTable.Match match;
      try {
        match = table.match(method, path, caller);
      } catch (GraphCallException e) {
        if (!isControl) {
          faults.before(method, fullPath, null).ifPresent(f -> {
            throw f;
          });
        }
        throw e;
      }
      if (!isControl) {
        faults.before(method, fullPath, match.template()).ifPresent(f -> {
          throw f;
        });
      }
      GraphCall call = new GraphCall(method, path, version, versioned, baseUrl, match.template(), match.ids(),
          caller, query, params, parts);
      return match.route().handle(call);
    }

    private Caller authenticate(HttpServerExchange exchange, Map<String, JsonNode> params) {
      String token = null;
      String header = exchange.getRequestHeaders().getFirst(Headers.AUTHORIZATION);
      if (header != null) {
        String h = header.trim();
        int space = h.indexOf(' ');
        if (space > 0 && (h.substring(0, space).equalsIgnoreCase("Bearer")
            || h.substring(0, space).equalsIgnoreCase("OAuth"))) {
          token = h.substring(space + 1).trim();
        } else {
          throw GraphCallException.invalidToken();
        }
      }
      JsonNode param = params.get("access_token");
      if (token == null && param != null && param.isString()) {
        token = param.asString();
      }
      if (token == null || token.isEmpty()) {
        throw GraphCallException.missingToken();
      }
      String text = token;
      AccessToken found = store.read(s -> s.tokens().get(text));
      if (found == null) {
        throw GraphCallException.invalidToken();
      }
      java.time.Instant now = store.clock().instant();
      if (found.expiredAt(now)) {
        throw GraphCallException.expiredToken(found.expiresAt(), now);
      }
      Optional<String> business = store.read(s -> s.businessOfApp(found.appId()));
      if (business.isEmpty()) {
        throw GraphCallException.invalidToken();
      }
      return new Caller(found, found.appId(), business.get());
    }

    private void readBody(HttpServerExchange exchange, Map<String, JsonNode> params, Map<String, Part> parts) {
      long declared = exchange.getRequestContentLength();
      if (declared > behaviour.maxBodyBytes()) {
        throw GraphCallException.bodyTooLarge(behaviour.maxBodyBytes());
      }
      byte[] body = readLimited(exchange.getInputStream(), behaviour.maxBodyBytes());
      if (body.length == 0) {
        return;
      }
      String contentType = exchange.getRequestHeaders().getFirst(Headers.CONTENT_TYPE);
      String media = Bodies.mediaType(contentType);
      switch (media) {
        case "application/json":
          JsonNode json;
          try {
            json = GraphCall.MAPPER.readTree(body);
          } catch (JacksonException e) {
            throw GraphCallException.malformedBody("The request body is not valid JSON");
          }
          if (json == null || json.isMissingNode()) {
            return;
          }
          if (!json.isObject()) {
            throw GraphCallException.malformedBody("The JSON request body must be an object");
          }
          for (Map.Entry<String, JsonNode> e : json.properties()) {
            params.put(e.getKey(), e.getValue());
          }
          break;
        case "application/x-www-form-urlencoded":
          for (Bodies.Pair p : Bodies.urlEncoded(new String(body, java.nio.charset.StandardCharsets.UTF_8))) {
            params.put(p.name(), StringNode.valueOf(p.value()));
          }
          break;
        case "multipart/form-data":
          for (Part part : Bodies.multipart(contentType == null ? "" : contentType, body)) {
            if (part.filename() == null) {
              params.put(part.name(), StringNode.valueOf(part.text()));
            }
            parts.put(part.name(), part);
          }
          break;
        default:
          // Graph ignores bodies of other types; so does the mock.
          break;
      }
    }

    private static byte[] readLimited(InputStream in, long limit) {
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buffer = new byte[16 * 1024];
      long total = 0;
      try {
        int n;
        while ((n = in.read(buffer)) > 0) {
          total += n;
          if (total > limit) {
            throw GraphCallException.bodyTooLarge(limit);
          }
          out.write(buffer, 0, n);
        }
      } catch (IOException e) {
        throw GraphCallException.malformedBody("The request body could not be read");
      }
      return out.toByteArray();
    }

    private static String firstSegment(String path) {
      int start = path.startsWith("/") ? 1 : 0;
      int slash = path.indexOf('/', start);
      return slash < 0 ? path.substring(start) : path.substring(start, slash);
    }
  }
}
