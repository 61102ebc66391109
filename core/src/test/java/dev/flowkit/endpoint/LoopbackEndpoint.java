package dev.flowkit.endpoint;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.PendingFlowRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.jspecify.annotations.Nullable;

/** A {@link FlowEndpoint} on a JDK server at a random loopback port, and the WhatsApp side talking to it. */
final class LoopbackEndpoint implements AutoCloseable {

  private static final HttpClient CLIENT = HttpClient.newHttpClient();

  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(2);
  private final URI uri;
  private final FlowClientCipher phone;

  LoopbackEndpoint(FlowEndpoint endpoint, PublicKey businessPublicKey) {
    try {
      server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
    server.setExecutor(executor);
    server.start();
    uri = URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/flow");
    phone = FlowClientCipher.create(businessPublicKey);
  }

  /** What came back, with the request kept to open the reply. */
  record Exchange(HttpResponse<String> response, PendingFlowRequest pending) {
    int status() {
      return response.statusCode();
    }

    String clear() {
      return pending.decryptResponse(response.body());
    }
  }

  /** Encrypts a clear request as WhatsApp does, signs it when a secret is given, and POSTs it. */
  Exchange send(String clearJson, @Nullable AppSecret secret) {
    PendingFlowRequest pending = phone.encrypt(clearJson);
    byte[] body = pending.body().toJsonBytes();
    HttpRequest.Builder request = HttpRequest.newBuilder(uri).header("Content-Type", "application/json")
        .POST(HttpRequest.BodyPublishers.ofByteArray(body));
    if (secret != null) {
      request.header(HubSignature.HEADER, HubSignature.sign(body, secret));
    }
    return new Exchange(call(request.build()), pending);
  }

  HttpResponse<String> call(HttpRequest request) {
    try {
      return CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  HttpRequest.Builder request() {
    return HttpRequest.newBuilder(uri);
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }
}
