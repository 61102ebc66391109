package dev.flowkit.mock.phone;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.DecryptedFlowRequest;
import dev.flowkit.crypto.EncryptedFlowRequest;
import dev.flowkit.crypto.FlowEndpointCipher;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PrivateKey;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/**
 * A flow endpoint on loopback for the channel's tests: either core's {@link FlowEndpoint} behind
 * {@link JdkFlowEndpointHandler}, or a raw JDK handler answering what a test scripts (statuses and bodies a
 * well-behaved endpoint never sends). Records each request's raw body, Content-Type and signature header.
 */
final class EndpointTestServer implements AutoCloseable {

  /** What a scripted endpoint answers. */
  record Reply(int status, String body) {}

  /** Scripts an answer from the raw request body. */
  @FunctionalInterface
  interface Script {
    Reply answer(byte[] requestBody) throws Exception;
  }

  /** One request as it arrived. */
  record Received(byte[] body, String contentType, String signature) {
    String text() {
      return new String(body, StandardCharsets.UTF_8);
    }
  }

  final List<Received> received = new CopyOnWriteArrayList<>();
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private final CountDownLatch released = new CountDownLatch(1);

  private EndpointTestServer(@Nullable Script script, @Nullable JdkFlowEndpointHandler handler) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/flow", exchange -> {
      byte[] body = exchange.getRequestBody().readAllBytes();
      received.add(new Received(body, exchange.getRequestHeaders().getFirst("Content-Type"),
          exchange.getRequestHeaders().getFirst("X-Hub-Signature-256")));
      if (handler != null) {
        replay(exchange, body, handler);
        return;
      }
      try (exchange) {
        Reply reply;
        try {
          reply = java.util.Objects.requireNonNull(script).answer(body);
        } catch (Exception e) {
          reply = new Reply(599, "the test script failed: " + e);
        }
        send(exchange, reply);
      }
    });
    server.setExecutor(executor);
    server.start();
  }

  /** Core's endpoint, as a business mounts it. */
  static EndpointTestServer serving(FlowEndpoint endpoint) throws IOException {
    return new EndpointTestServer(null, new JdkFlowEndpointHandler(endpoint));
  }

  /** A scripted endpoint. */
  static EndpointTestServer answering(Script script) throws IOException {
    return new EndpointTestServer(script, null);
  }

  /** Decrypts a request as an endpoint holding the private key does, and encrypts a reply to it. */
  static String encryptedReply(PrivateKey key, byte[] requestBody, String clearReply) {
    DecryptedFlowRequest request = FlowEndpointCipher.create(key).decrypt(EncryptedFlowRequest.parse(requestBody));
    return request.encryptResponse(clearReply);
  }

  /** The decrypted request a scripted endpoint got. */
  static String decrypt(PrivateKey key, byte[] requestBody) {
    return FlowEndpointCipher.create(key).decrypt(EncryptedFlowRequest.parse(requestBody)).plaintext();
  }

  /** Blocks the calling handler until the server closes: an endpoint that never answers in time. */
  Reply hang() throws InterruptedException {
    released.await();
    return new Reply(200, "");
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flow");
  }

  private static void replay(HttpExchange exchange, byte[] body, JdkFlowEndpointHandler handler) throws IOException {
    // the body was read for the record; hand the handler a fresh stream over the same bytes
    exchange.setStreams(new java.io.ByteArrayInputStream(body), exchange.getResponseBody());
    handler.handle(exchange);
  }

  private static void send(HttpExchange exchange, Reply reply) throws IOException {
    byte[] bytes = reply.body().getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", "text/plain");
    if (reply.status() >= 300 && reply.status() < 400) {
      exchange.getResponseHeaders().set("Location", "http://127.0.0.1:1/elsewhere");
    }
    exchange.sendResponseHeaders(reply.status(), bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    released.countDown();
    server.stop(0);
    executor.shutdownNow();
  }
}
