package dev.flowkit.mock.webhook;

import dev.flowkit.webhook.WebhookVerifier;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Writes bodies the way WhatsApp does (§6.2): compact, non-ASCII as lowercase <code>&#92;uXXXX</code>, no {@code \/}. */
final class WebhookJson {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private WebhookJson() {}

  static ObjectNode object() {
    return JsonNodeFactory.instance.objectNode();
  }

  /** Compact JSON in the escaped-unicode form WhatsApp signs ({@link WebhookVerifier#escapeNonAscii(String)}). */
  static String ascii(JsonNode node) {
    return WebhookVerifier.escapeNonAscii(MAPPER.writeValueAsString(node));
  }
}
