package dev.flowkit.cucumber;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.InvalidFlowTokenException;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import dev.flowkit.webhook.FlowCompletion;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookVerifier;
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
 * A small sign-up/login business endpoint on loopback, built with FlowKit's endpoint library: real encryption and
 * real signature checks, and a webhook receiver that keeps the completions. {@code taken@example.com} is already registered; the one account that logs in is
 * {@code ada@example.com} with {@code secret1}. A sign-up with the flow token {@value #EXPIRED_TOKEN} is answered
 * with 427 and {@value #EXPIRED_MESSAGE}.
 */
final class SignUpEndpoint implements AutoCloseable {

  static final String APP_SECRET = "cucumber-test-app-secret";
  static final String EXPIRED_TOKEN = "expired-token";
  static final String EXPIRED_MESSAGE = "This sign-up link has expired";

  /** The completion webhooks the business received. */
  final List<FlowCompletion> completions = new CopyOnWriteArrayList<>();
  private final KeyPair keys = BusinessKeys.generate();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);

  SignUpEndpoint() {
    FlowEndpoint endpoint = FlowEndpoint.builder()
        .privateKey(keys.getPrivate())
        .appSecret(AppSecret.of(APP_SECRET))
        .handler(FlowRouter.builder()
            .init(request -> FlowResponse.next("SIGN_UP"))
            .dataExchange("SIGN_UP", request -> {
              if (request.flowToken().filter(EXPIRED_TOKEN::equals).isPresent()) {
                throw new InvalidFlowTokenException(EXPIRED_MESSAGE);
              }
              String email = request.dataString("email").orElse("");
              return email.equals("taken@example.com")
                  ? FlowResponse.stay("SIGN_UP", "That email is already registered")
                  : FlowResponse.next("WELCOME", Map.of("name", email));
            })
            .dataExchange("LOGIN", request -> {
              boolean known = request.dataString("email").orElse("").equals("ada@example.com")
                  && request.dataString("password").orElse("").equals("secret1");
              return known
                  ? FlowResponse.next("WELCOME", Map.of("name", "ada@example.com"))
                  : FlowResponse.stay("LOGIN", "Wrong email or password");
            })
            .build())
        .build();
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
    server.createContext("/webhook", WebhookHttpHandler.create(
        WebhookVerifier.create(AppSecret.of(APP_SECRET), "cucumber-verify-token"),
        notification -> completions.addAll(notification.eventsOf(FlowCompletion.class))));
    server.setExecutor(executor);
    server.start();
  }

  URI webhookUrl() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/webhook");
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flow");
  }

  String publicKeyPem() {
    return BusinessKeys.toPem(keys.getPublic());
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
