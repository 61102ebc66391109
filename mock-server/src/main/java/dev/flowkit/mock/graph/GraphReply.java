package dev.flowkit.mock.graph;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a route answers: an HTTP status and a JSON body, or (for the few links the mock serves as files, such as a
 * flow asset's {@code download_url}) bytes sent exactly as given.
 *
 * @param status the HTTP status
 * @param body the JSON body (for a file reply: an empty object, not sent)
 * @param contentType the file's content type, or null for a JSON reply
 * @param file the file's bytes, sent as they are, or null for a JSON reply
 */
public record GraphReply(int status, JsonNode body, @Nullable String contentType, byte @Nullable [] file) {

  /** A JSON reply. */
  public GraphReply(int status, JsonNode body) {
    this(status, body, null, null);
  }

  /** HTTP 200 with {@code bytes} as they are, of {@code contentType}. */
  public static GraphReply file(String contentType, byte[] bytes) {
    return new GraphReply(200, JsonNodeFactory.instance.objectNode(), contentType, bytes.clone());
  }

  /** HTTP 200 with {@code body}. */
  public static GraphReply ok(JsonNode body) {
    return new GraphReply(200, body);
  }

  /** HTTP 200 with {@code {"success": true}}, Graph's answer to mutations with nothing else to say. */
  public static GraphReply success() {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("success", true);
    return ok(body);
  }

  /** The reply for a Graph error: its status and envelope. */
  public static GraphReply error(GraphCallException error) {
    return new GraphReply(error.httpStatus(), error.toEnvelope());
  }
}
