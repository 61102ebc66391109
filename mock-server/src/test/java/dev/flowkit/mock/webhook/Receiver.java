package dev.flowkit.mock.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookNotification;
import dev.flowkit.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/**
 * A business's webhook receiver on loopback: {@code /verified} checks signatures with core's
 * {@link WebhookHttpHandler} as a business would; {@code /scripted} records what arrives and answers the scripted
 * statuses in turn (200 once the script is used up), after an optional pause.
 */
final class Receiver implements AutoCloseable {

  /** One POST as it arrived. */
  record Received(String body, String signature, String contentType) {}

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(8);
  final List<WebhookNotification> verified = new CopyOnWriteArrayList<>();
  final List<Received> scripted = new CopyOnWriteArrayList<>();
  private final Deque<Integer> statuses = new ConcurrentLinkedDeque<>();
  private volatile int defaultStatus = 200;
  private volatile long pauseMillis;

  Receiver(AppSecret secret) throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/verified", WebhookHttpHandler.create(WebhookVerifier.create(secret, "verify-me"), verified::add));
    server.createContext("/scripted", this::scripted);
    server.setExecutor(executor);
    server.start();
  }

  URI url(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  Receiver answer(Integer... script) {
    statuses.addAll(List.of(script));
    return this;
  }

  Receiver answerAlways(int status) {
    defaultStatus = status;
    return this;
  }

  Receiver pause(long millis) {
    pauseMillis = millis;
    return this;
  }

  List<String> bodies() {
    List<String> bodies = new ArrayList<>();
    scripted.forEach(r -> bodies.add(r.body()));
    return bodies;
  }

  private void scripted(HttpExchange exchange) throws IOException {
    try (exchange) {
      String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
      scripted.add(new Received(body, exchange.getRequestHeaders().getFirst("X-Hub-Signature-256"),
          exchange.getRequestHeaders().getFirst("Content-Type")));
      if (pauseMillis > 0) {
        try {
          Thread.sleep(pauseMillis);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
      }
      Integer next = statuses.poll();
      exchange.sendResponseHeaders(next == null ? defaultStatus : next, -1);
    }
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
