package dev.flowkit.mock.testing;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.webhook.MessageStatus;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookNotification;
import dev.flowkit.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * A business's webhook endpoint on loopback, built from core's {@link WebhookHttpHandler}: answers the
 * verification handshake for its verify token (403 otherwise) and takes only POSTs signed with its app secret.
 */
public final class Callback implements AutoCloseable {

  private final HttpServer server;
  private final List<WebhookNotification> received = new CopyOnWriteArrayList<>();

  public Callback(String appSecret, String verifyToken) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hook", WebhookHttpHandler.create(WebhookVerifier.create(AppSecret.of(appSecret),
        verifyToken), received::add));
    server.start();
  }

  public String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
  }

  /** The message statuses received so far, in arrival order. */
  public List<MessageStatus> statuses() {
    return received.stream().flatMap(n -> n.eventsOf(MessageStatus.class).stream()).toList();
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
