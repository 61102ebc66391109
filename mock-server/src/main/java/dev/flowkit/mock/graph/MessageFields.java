package dev.flowkit.mock.graph;

import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads the nested parts of a message body with the Cloud API's errors: a missing required part is 131008, a part
 * of the wrong type or over its limit 131009, each naming the part by its dotted path
 * ({@code interactive.action.parameters.flow_cta}). Lengths count characters (code points), as WhatsApp does.
 */
final class MessageFields {

  private MessageFields() {}

  /** The object at {@code parent.name}, or empty when absent or null. */
  static Optional<ObjectNode> object(JsonNode parent, String name, String path) {
    JsonNode v = parent.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isObject()) {
      throw MessagingErrors.notValid(path + " must be a JSON object");
    }
    return Optional.of((ObjectNode) v);
  }

  /** The required object at {@code parent.name}. */
  static ObjectNode requiredObject(JsonNode parent, String name, String path) {
    return object(parent, name, path).orElseThrow(() -> MessagingErrors.missing(path));
  }

  /** The text at {@code parent.name} of at most {@code max} characters (0: no limit), or empty when absent. */
  static Optional<String> text(JsonNode parent, String name, String path, int max) {
    JsonNode v = parent.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (!v.isString()) {
      throw MessagingErrors.notValid(path + " must be a string");
    }
    String text = v.asString();
    if (max > 0 && length(text) > max) {
      throw MessagingErrors.notValid(path + " must be at most " + max + " characters");
    }
    return Optional.of(text);
  }

  /** The required, non-empty text at {@code parent.name} of at most {@code max} characters. */
  static String requiredText(JsonNode parent, String name, String path, int max) {
    return text(parent, name, path, max).filter(t -> !t.isEmpty()).orElseThrow(() -> MessagingErrors.missing(path));
  }

  /** The text at {@code parent.name}, which must be one of {@code allowed}; {@code fallback} when absent. */
  static String oneOf(JsonNode parent, String name, String path, String fallback, String... allowed) {
    String value = text(parent, name, path, 0).orElse(fallback);
    for (String a : allowed) {
      if (a.equals(value)) {
        return value;
      }
    }
    throw MessagingErrors.notValid(path + " must be one of " + String.join(", ", allowed) + "; got '" + value + "'");
  }

  /** The number of characters (code points) of {@code text}. */
  static int length(String text) {
    return text.codePointCount(0, text.length());
  }

  /** Whether {@code text} holds an emoji or another pictographic symbol. */
  static boolean hasEmoji(String text) {
    return text.codePoints().anyMatch(cp -> Character.getType(cp) == Character.OTHER_SYMBOL
        || Character.isSupplementaryCodePoint(cp) && !Character.isLetterOrDigit(cp));
  }

  /** {@code text} parsed as JSON, or null when it is not JSON. */
  static @Nullable JsonNode parse(String text) {
    try {
      return GraphCall.MAPPER.readTree(text);
    } catch (JacksonException e) {
      return null;
    }
  }
}
