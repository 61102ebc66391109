package dev.flowkit.mock.phone;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowErrorNotification;
import dev.flowkit.endpoint.FlowHandler;
import dev.flowkit.endpoint.FlowRequest;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * The business side of {@code screens/booking.json} on loopback: core's {@link FlowEndpoint} with a
 * {@link FlowRouter} behind {@link JdkFlowEndpointHandler}. A test may swap the handler (to misbehave) or the key
 * pair (a rotation); it records every request the handler saw and every error notification.
 */
final class BookingEndpoint implements AutoCloseable {

  static final String SECRET = "0123456789abcdef0123456789abcdef";
  static final List<Map<String, String>> SLOTS = List.of(Map.of("id", "mon", "title", "Monday"),
      Map.of("id", "tue", "title", "Tuesday"));
  static final List<Map<String, String>> LATER_SLOTS = List.of(Map.of("id", "wed", "title", "Wednesday"));

  final List<FlowRequest> requests = new CopyOnWriteArrayList<>();
  final List<FlowErrorNotification> notifications = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private volatile KeyPair keys = BusinessKeys.generate();
  private volatile FlowHandler handler = router();
  private volatile JdkFlowEndpointHandler http;

  BookingEndpoint() {
    this(0);
  }

  /** On this loopback port (0: a free one). */
  BookingEndpoint(int port) {
    http = mount();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/flow", exchange -> http.handle(exchange));
    server.setExecutor(executor);
    server.start();
  }

  /** The booking journey as a business writes it. */
  static FlowRouter router() {
    return FlowRouter.builder()
        .init(request -> FlowResponse.next("PICK", Map.of("slots", SLOTS)))
        .dataExchange("PICK", request -> FlowResponse.next("DETAILS",
            Map.of("slot", request.dataString("slot").orElse("?"))))
        .dataExchange("DETAILS", request -> request.data().path("pin").asString("").equals("2468") // a number input
            ? FlowResponse.next("DONE", Map.of("ref", "B-" + request.dataString("slot").orElse("?")))
            : FlowResponse.stay("DETAILS", "Wrong PIN", Map.of("slot", request.dataString("slot").orElse("?"))))
        .back("DETAILS", request -> FlowResponse.next("PICK", Map.of("slots", LATER_SLOTS)))
        .build();
  }

  private JdkFlowEndpointHandler mount() {
    return new JdkFlowEndpointHandler(FlowEndpoint.builder().privateKey(keys.getPrivate())
        .appSecret(AppSecret.of(SECRET))
        .handler(request -> {
          requests.add(request);
          return handler.handle(request);
        })
        .onErrorNotification(notifications::add)
        .build());
  }

  /** From now on the endpoint answers with this handler. */
  void answer(FlowHandler next) {
    this.handler = next;
  }

  /** The business makes a new key pair and decrypts with its private key only. */
  KeyPair rotate() {
    keys = BusinessKeys.generate();
    http = mount();
    return keys;
  }

  KeyPair keys() {
    return keys;
  }

  String publicPem() {
    return BusinessKeys.toPem(keys.getPublic());
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flow");
  }

  /** The actions the handler saw, e.g. {@code INIT}, {@code data_exchange}, {@code BACK}. */
  List<String> actions() {
    return requests.stream().map(FlowRequest::rawAction).toList();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
