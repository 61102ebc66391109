package dev.flowkit.mock.phone;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.webhook.FlowCompletion;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookParser;
import dev.flowkit.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A business's webhook receiver on loopback, built from core's {@link WebhookHttpHandler} (which parses with
 * {@link WebhookParser}): takes only POSTs signed with its app secret and keeps the flow completions.
 */
final class CompletionReceiver implements AutoCloseable {

  static final String VERIFY_TOKEN = "verify-me";

  private final HttpServer server;
  private final BlockingQueue<FlowCompletion> completions = new LinkedBlockingQueue<>();

  CompletionReceiver(String appSecret) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/hook", WebhookHttpHandler.create(WebhookVerifier.create(AppSecret.of(appSecret),
        VERIFY_TOKEN), notification -> completions.addAll(notification.eventsOf(FlowCompletion.class))));
    server.start();
  }

  URI url() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/hook");
  }

  /**
   * The completion of the flow message {@code contextMessageId}, skipping others; fails when none arrives in a
   * generous while (delivery is asynchronous).
   */
  FlowCompletion completionOf(String contextMessageId) throws InterruptedException {
    while (true) {
      FlowCompletion completion = completions.poll(20, TimeUnit.SECONDS);
      if (completion == null) {
        throw new AssertionError("no flow completion webhook arrived for message " + contextMessageId);
      }
      if (completion.contextMessageId().filter(contextMessageId::equals).isPresent()) {
        return completion;
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
