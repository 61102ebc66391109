package dev.flowkit.mock.graph;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.PendingFlowRequest;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Duration;
import tools.jackson.databind.JsonNode;

/**
 * The publish-time health check of spec/platform.md sections 2.9 and 5.3: an encrypted {@code ping} for the number's
 * business public key, signed with the flow app's secret ({@code X-Hub-Signature-256}), POSTed to the endpoint; it
 * passes when the endpoint answers 200 with a body that decrypts (flipped IV) to {@code {"data":{"status":
 * "active"}}}. Thread-safe. Nothing of the request or reply is logged.
 */
final class EndpointPing {

  /** Meta gives endpoints 10 s (section 5.1). */
  static final Duration TIMEOUT = Duration.ofSeconds(10);
  private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private EndpointPing() {}

  /** Whether the endpoint at {@code uri} passed the check. */
  static boolean passes(String uri, String dataApiVersion, PublicKey businessKey, AppSecret appSecret) {
    try {
      PendingFlowRequest pending = FlowClientCipher.create(businessKey)
          .encrypt("{\"version\":\"" + dataApiVersion + "\",\"action\":\"ping\"}");
      byte[] body = pending.body().toJsonBytes();
      HttpRequest request = HttpRequest.newBuilder(URI.create(uri)).timeout(TIMEOUT)
          .header("Content-Type", "application/json")
          .header(HubSignature.HEADER, HubSignature.sign(body, appSecret))
          .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
      HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      if (response.statusCode() != 200) {
        return false;
      }
      JsonNode reply = GraphCall.MAPPER.readTree(pending.decryptResponse(response.body()));
      return reply != null && "active".equals(reply.path("data").path("status").asString(""));
    } catch (IOException | RuntimeException e) {
      // RuntimeException: a bad URI, a reply that does not decrypt or parse (FlowCryptoException, JacksonException)
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }
}
