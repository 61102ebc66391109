package dev.flowkit.mock.webhook;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes bodies the way WhatsApp does (§6.2): compact, non-ASCII as lowercase <code>&#92;uXXXX</code>, no {@code \/}. */
final class WebhookJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();
  private static final char[] HEX = "0123456789abcdef".toCharArray();

  private WebhookJson() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Compact JSON with every character above U+007F escaped; surrogate pairs become two escapes, as in JSON. */
  static String ascii(JsonNode node) {
    // Jackson writes non-ASCII raw and leaves '/' alone; a non-ASCII char can only sit inside a string literal,
    // so escaping it in the finished text is the same as escaping it in the writer.
    String text = MAPPER.writeValueAsString(node);
    StringBuilder out = new StringBuilder(text.length() + 16);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        out.append(c);
      } else {
        out.append("\\u").append(HEX[c >> 12 & 0xf]).append(HEX[c >> 8 & 0xf]).append(HEX[c >> 4 & 0xf])
            .append(HEX[c & 0xf]);
      }
    }
    return out.toString();
  }
}
