package dev.flowkit.mock.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.NullMarked;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** JSON for the endpoint conversation: one mapper, lenient parsing, and masking for transcripts. */
@NullMarked
final class EndpointJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** What a masked value prints as. */
  static final String MASK = "***";

  /** Never shown in a transcript, whatever the mask says: it is a credential derived from the app secret. */
  static final String TOKEN_SIGNATURE = "flow_token_signature";

  private EndpointJson() {}

  /** The text as JSON, or empty when it is not JSON (Jackson's message, which quotes the text, is dropped). */
  static Optional<JsonNode> parse(String text) {
    try {
      JsonNode node = MAPPER.readTree(text);
      return node == null || node.isMissingNode() ? Optional.empty() : Optional.of(node);
    } catch (JacksonException e) {
      return Optional.empty();
    }
  }

  static String write(JsonNode node) {
    return MAPPER.writeValueAsString(node);
  }

  /**
   * Compact JSON with the values of the named keys (and of {@code flow_token_signature}) replaced by
   * {@value #MASK} at any depth; text that is not JSON is not shown at all, only its length.
   */
  static String masked(String text, Set<String> fields) {
    Optional<JsonNode> parsed = parse(text);
    if (parsed.isEmpty()) {
      return "(" + text.length() + " chars, not JSON)";
    }
    JsonNode copy = parsed.get().deepCopy();
    mask(copy, fields);
    return write(copy);
  }

  private static void mask(JsonNode node, Set<String> fields) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      List<String> hidden = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        if (fields.contains(entry.getKey()) || entry.getKey().equals(TOKEN_SIGNATURE)) {
          hidden.add(entry.getKey());
        } else {
          mask(entry.getValue(), fields);
        }
      }
      hidden.forEach(name -> object.put(name, MASK));
    } else if (node instanceof ArrayNode) {
      for (JsonNode element : node) {
        mask(element, fields);
      }
    }
  }
}
