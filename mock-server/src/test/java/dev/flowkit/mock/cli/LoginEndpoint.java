package dev.flowkit.mock.cli;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;

/**
 * The business side of {@code examples/node-endpoint/login.json} written with core's endpoint library ({@link FlowEndpoint},
 * {@link FlowRouter}, {@link JdkFlowEndpointHandler}) on loopback: the same answers as {@code endpoint.js}.
 */
final class LoginEndpoint implements AutoCloseable {

  static final String SECRET = "login-endpoint-app-secret";

  private final KeyPair keys = BusinessKeys.generate();
  private final HttpServer server;

  LoginEndpoint() throws IOException {
    FlowRouter router = FlowRouter.builder()
        .init(request -> FlowResponse.next("LOGIN", Map.of("shop", "Corner Shop")))
        .dataExchange("LOGIN", request ->
            request.dataString("email").orElse("").equals(NodeEndpoint.EMAIL)
                && request.dataString("password").orElse("").equals(NodeEndpoint.PASSWORD)
                ? FlowResponse.next("WELCOME", Map.of("name", "Ada"))
                : FlowResponse.stay("LOGIN", "Wrong email or password", Map.of("shop", "Corner Shop")))
        .dataExchange("WELCOME", request -> FlowResponse.close(request.flowToken().orElse(""),
            Map.of("user", request.dataString("name").orElse("?"))))
        .build();
    JdkFlowEndpointHandler http = new JdkFlowEndpointHandler(FlowEndpoint.builder().privateKey(keys.getPrivate())
        .appSecret(AppSecret.of(SECRET)).handler(router).build());
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/flow", http);
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flow");
  }

  /** Writes the business public key as a PEM file into the folder. */
  Path publicKeyFile(Path dir) throws IOException {
    return Files.writeString(dir.resolve("public.pem"), BusinessKeys.toPem(keys.getPublic()));
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
