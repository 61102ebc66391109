package dev.flowkit.mock.graph;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * What a route answers: an HTTP status and a JSON body.
 *
 * @param status the HTTP status
 * @param body the JSON body
 */
public record GraphReply(int status, JsonNode body) {

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
