package dev.flowkit.endpoint;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.PendingFlowRequest;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.security.PublicKey;
import org.jspecify.annotations.Nullable;

/** A {@link FlowEndpoint} on a real server at a random loopback port, and the WhatsApp side talking to it. */
final class LoopbackEndpoint implements AutoCloseable {

  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  private final LoopbackServers.Server server;
  private final URI uri;
  private final FlowClientCipher phone;

  LoopbackEndpoint(LoopbackServers.Server server, PublicKey businessPublicKey) {
    this.server = server;
    this.uri = server.uri();
    this.phone = FlowClientCipher.create(businessPublicKey);
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
    server.close();
  }
}
