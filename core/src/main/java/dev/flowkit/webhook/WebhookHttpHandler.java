package dev.flowkit.webhook;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.HubSignatureException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A webhook receiver for the JDK's built-in {@code com.sun.net.httpserver}: GET answers the handshake, POST
 * verifies the signature, parses, hands the notification to the listener and answers 200. Thread-safe if the
 * listener is.
 *
 * <pre>{@code
 * HttpServer server = HttpServer.create(new InetSocketAddress(8080), 0);
 * server.createContext("/webhook", WebhookHttpHandler.create(verifier, notification -> queue.add(notification)));
 * server.start();
 * }</pre>
 *
 * <h2>Statuses</h2>
 * 200 accepted; 400 not a readable webhook; 401 no {@code X-Hub-Signature-256}; 403 a malformed or wrong
 * signature (pywa's convention; Meta only cares about 200 or not); 405 other methods; 413 bodies over
 * {@value #MAX_BODY_BYTES} bytes (Meta sends at most 3 MB); 500 the listener threw, with no detail in the body.
 * Every non-200 makes Meta retry for up to 7 days, so the listener should be quick (queue, then process) and
 * deduplicate. Failures are logged without secrets or body content.
 */
public final class WebhookHttpHandler implements HttpHandler {

  /** The largest body accepted: Meta's 3 MB with room to spare. */
  public static final int MAX_BODY_BYTES = 4 * 1024 * 1024;

  private static final Logger LOG = LoggerFactory.getLogger(WebhookHttpHandler.class);

  private final WebhookVerifier verifier;
  private final Consumer<WebhookNotification> listener;

  private WebhookHttpHandler(WebhookVerifier verifier, Consumer<WebhookNotification> listener) {
    this.verifier = Objects.requireNonNull(verifier, "verifier");
    this.listener = Objects.requireNonNull(listener, "listener");
  }

  /** A handler checking with {@code verifier} and handing each verified notification to {@code listener}. */
  public static WebhookHttpHandler create(WebhookVerifier verifier, Consumer<WebhookNotification> listener) {
    return new WebhookHttpHandler(verifier, listener);
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      switch (exchange.getRequestMethod()) {
        case "GET" -> {
          HandshakeReply reply = verifier.handshake(exchange.getRequestURI().getRawQuery());
          send(exchange, reply.status(), reply.body());
        }
        case "POST" -> post(exchange);
        default -> {
          exchange.getResponseHeaders().set("Allow", "GET, POST");
          send(exchange, 405, "use GET for the handshake and POST for notifications");
        }
      }
    }
  }

  private void post(HttpExchange exchange) throws IOException {
    byte[] body = readAtMost(exchange.getRequestBody(), MAX_BODY_BYTES);
    if (body == null) {
      send(exchange, 413, "the body is larger than " + MAX_BODY_BYTES + " bytes");
      return;
    }
    WebhookNotification notification;
    try {
      notification = verifier.verifyAndParse(body, exchange.getRequestHeaders().getFirst(HubSignature.HEADER));
    } catch (HubSignatureException e) {
      LOG.warn("webhook refused: {}", e.getMessage());
      send(exchange, e.reason() == HubSignatureException.Reason.MISSING ? 401 : 403, e.getMessage());
      return;
    } catch (WebhookParseException e) {
      LOG.warn("webhook refused: {}", e.getMessage());
      send(exchange, 400, e.getMessage());
      return;
    }
    try {
      listener.accept(notification);
    } catch (RuntimeException e) {
      // The exception's message may quote the payload; only its type is logged.
      LOG.error("webhook listener failed with {}; WhatsApp will retry", e.getClass().getName());
      send(exchange, 500, "the notification could not be processed");
      return;
    }
    send(exchange, 200, "");
  }

  /** The stream's bytes, or {@code null} if there are more than {@code limit}. */
  private static byte @Nullable [] readAtMost(InputStream in, int limit) throws IOException {
    byte[] bytes = in.readNBytes(limit + 1);
    return bytes.length > limit ? null : bytes;
  }

  private static void send(HttpExchange exchange, int status, String text) throws IOException {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    exchange.getResponseHeaders().set("Content-Type", HandshakeReply.CONTENT_TYPE);
    exchange.sendResponseHeaders(status, bytes.length == 0 ? -1 : bytes.length);
    if (bytes.length > 0) {
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(bytes);
      }
    }
  }
}
