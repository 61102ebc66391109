package dev.flowkit.endpoint;

import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * What a transport writes back for a {@link FlowHttpRequest}: status, content type, extra headers and body.
 * On 200 (and 427) the body is the encrypted reply, a bare base64 string; on every other status a short
 * plain-text reason that names no key, secret or request content.
 *
 * @param status the HTTP status
 * @param contentType the {@code Content-Type} to send
 * @param headers further headers to send (e.g. {@code Allow} with a 405); often empty
 * @param body the body text, sent as UTF-8
 */
public record FlowHttpResponse(int status, String contentType, Map<String, String> headers, String body) {

  static final String TEXT = "text/plain; charset=utf-8";

  /** Copies the headers. */
  public FlowHttpResponse {
    headers = Map.copyOf(headers);
  }

  static FlowHttpResponse encrypted(int status, String base64) {
    return new FlowHttpResponse(status, "text/plain", Map.of(), base64);
  }

  static FlowHttpResponse text(int status, String reason) {
    return new FlowHttpResponse(status, TEXT, Map.of(), reason);
  }

  /** The body as UTF-8 bytes. */
  public byte[] bodyBytes() {
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
