package dev.flowkit.examples.readme;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowRequest;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.security.PrivateKey;
import java.util.Map;

/**
 * "Your endpoint" in the README samples: the business logic of {@code readme/login.json} (the same as the Node
 * endpoint's) on the JDK's HTTP server. The one account is ada@example.com / open-sesame.
 */
final class LoginEndpoint {

  private LoginEndpoint() {
  }

  static HttpServer serve(int port, PrivateKey privateKey, String appSecret) throws IOException {
    FlowEndpoint endpoint = FlowEndpoint.builder()
        .privateKey(privateKey)
        .appSecret(AppSecret.of(appSecret))
        .handler(FlowRouter.builder()
            .init(request -> FlowResponse.next("LOGIN", Map.of("shop", "Corner Shop")))
            .dataExchange("LOGIN", request -> knows(request)
                ? FlowResponse.next("WELCOME", Map.of("name", "Ada"))
                : FlowResponse.stay("LOGIN", "Wrong email or password", Map.of("shop", "Corner Shop")))
            .dataExchange("WELCOME", request -> FlowResponse.close(request.requireFlowToken(), Map.of("user", "Ada")))
            .build())
        .build();
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
    server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
    server.start();
    return server;
  }

  private static boolean knows(FlowRequest request) {
    return request.dataString("email").filter("ada@example.com"::equals).isPresent()
        && request.dataString("password").filter("open-sesame"::equals).isPresent();
  }
}
