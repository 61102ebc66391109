package dev.flowkit.junit.assertions;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.InvalidFlowTokenException;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.KeyPair;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small shop's order flow and its business on loopback: core's {@link FlowEndpoint} behind the JDK server at
 * {@code /flow}, and core's webhook handler at {@code /hook}. The endpoint greets the user on CONFIRMED when the
 * PIN is 2468, keeps them on DETAILS with "Wrong PIN" otherwise, and rejects the flow token (427) for the name
 * "expired".
 */
final class Shop implements AutoCloseable {

  static final String SECRET = "shop-secret-0123456789abcdef0123";

  /** Two screens: DETAILS (name, email, a sensitive PIN) and the terminal CONFIRMED. */
  static final String FLOW = """
      {
        "version": "7.3",
        "data_api_version": "3.0",
        "routing_model": {"DETAILS": ["CONFIRMED"], "CONFIRMED": []},
        "screens": [
          {
            "id": "DETAILS",
            "title": "Your details",
            "sensitive": ["pin"],
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                {"type": "TextHeading", "text": "Welcome to the shop"},
                {"type": "TextInput", "name": "name", "label": "Name", "required": true},
                {"type": "TextInput", "name": "email", "label": "Email", "input-type": "email", "required": true},
                {"type": "TextInput", "name": "pin", "label": "PIN", "input-type": "password", "required": true},
                {"type": "Footer", "label": "Continue", "on-click-action": {"name": "data_exchange",
                  "payload": {"name": "${form.name}", "email": "${form.email}", "pin": "${form.pin}"}}}
              ]
            }
          },
          {
            "id": "CONFIRMED",
            "title": "Confirm",
            "terminal": true,
            "success": true,
            "data": {
              "greeting": {"type": "string", "__example__": "Welcome, Ada"},
              "order": {"type": "string", "__example__": "A-1"}
            },
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                {"type": "TextBody", "text": "${data.greeting}"},
                {"type": "Footer", "label": "Place order", "on-click-action": {"name": "complete",
                  "payload": {"order": "${data.order}"}}}
              ]
            }
          }
        ]
      }
      """;

  private static final Object LOCK = new Object();
  private static Shop shared;

  final KeyPair keys = BusinessKeys.generate();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  Shop() {
    FlowEndpoint endpoint = FlowEndpoint.builder().privateKey(keys.getPrivate()).appSecret(AppSecret.of(SECRET))
        .handler(FlowRouter.builder()
            .init(request -> FlowResponse.next("DETAILS"))
            .dataExchange("DETAILS", request -> {
              String name = request.dataString("name").orElse("");
              if (name.equals("expired")) {
                throw new InvalidFlowTokenException("This order has expired");
              }
              return request.dataString("pin").filter("2468"::equals).isPresent()
                  ? FlowResponse.next("CONFIRMED", new TreeMap<>(Map.of("greeting", "Welcome, " + name, "order", "A-1")))
                  : FlowResponse.stay("DETAILS", "Wrong PIN");
            })
            .build())
        .build();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
    server.createContext("/hook", WebhookHttpHandler.create(WebhookVerifier.create(AppSecret.of(SECRET), "verify"),
        notification -> { }));
    server.setExecutor(executor);
    server.start();
  }

  /** One shop for every test class in this JVM, started at the first call and stopped when the JVM exits. */
  static Shop shared() {
    synchronized (LOCK) {
      if (shared == null) {
        Shop shop = new Shop();
        Runtime.getRuntime().addShutdownHook(new Thread(shop::close));
        shared = shop;
      }
      return shared;
    }
  }

  URI endpointUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flow");
  }

  URI webhookUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  /** The order flow opened on a standalone phone in navigate mode, talking to this shop's endpoint. */
  FlowSession open() {
    return SimulatedPhone.standalone().flow(FLOW).endpoint(endpointUrl()).businessPublicKey(keys.getPublic())
        .appSecret(AppSecret.of(SECRET)).flowToken("order-7").open();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
