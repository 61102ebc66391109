package dev.flowkit.benchmarks;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.flowkit.crypto.FlowEndpointCipher;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

/**
 * A baseline's server side on the JDK server: reads the body, runs the bare codec exchange (decrypt the request,
 * encrypt a fixed clear reply with its key and flipped IV) and answers {@code 200} with a fixed length. No
 * signature check, no parsing, no routing: only what every endpoint pays for the cryptography. Thread-safe.
 */
final class BareCodecHandler implements HttpHandler {

  private final FlowEndpointCipher cipher;
  private final String clearReply;

  BareCodecHandler(FlowEndpointCipher cipher, String clearReply) {
    this.cipher = cipher;
    this.clearReply = clearReply;
  }

  @Override
  public void handle(HttpExchange exchange) throws IOException {
    try (exchange) {
      byte[] request;
      try (InputStream requestBody = exchange.getRequestBody()) {
        request = requestBody.readAllBytes();
      }
      byte[] reply = cipher.decrypt(request).encryptResponse(clearReply).getBytes(StandardCharsets.US_ASCII);
      exchange.getResponseHeaders().set("Content-Type", "text/plain");
      exchange.sendResponseHeaders(200, reply.length);
      try (OutputStream responseBody = exchange.getResponseBody()) {
        responseBody.write(reply);
      }
    }
  }
}
