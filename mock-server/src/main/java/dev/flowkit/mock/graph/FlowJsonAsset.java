package dev.flowkit.mock.graph;

import dev.flowkit.validation.FlowJsonValidator;
import dev.flowkit.validation.ValidationError;
import java.security.SecureRandom;
import java.util.Base64;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * A flow JSON text as the Flows API takes it in (spec/platform.md sections 2.3 and 2.8): core's
 * {@link FlowJsonValidator} runs on it, its errors become {@code validation_errors} (invalid JSON is such an error,
 * not an HTTP error), and {@code version} / {@code data_api_version} are read from it when it parses.
 *
 * @param text the JSON as uploaded
 * @param jsonVersion its {@code version} when it is text, or null
 * @param dataApiVersion its {@code data_api_version} when it is text, or null
 * @param validationErrors the section 2.12 items
 */
record FlowJsonAsset(String text, @Nullable String jsonVersion, @Nullable String dataApiVersion,
    ArrayNode validationErrors) {

  /** The largest asset: 10 MB (section 2.2). */
  static final int MAX_BYTES = 10 * 1024 * 1024;
  private static final SecureRandom TOKENS = new SecureRandom();

  static FlowJsonAsset of(String text) {
    ArrayNode errors = GraphCall.MAPPER.createArrayNode();
    for (ValidationError error : FlowJsonValidator.validate(text).errors()) {
      errors.add(error.toJson());
    }
    String version = null;
    String dataApi = null;
    try {
      JsonNode root = GraphCall.MAPPER.readTree(text);
      if (root != null && root.isObject()) {
        version = root.path("version").isString() ? root.path("version").asString() : null;
        dataApi = root.path("data_api_version").isString() ? root.path("data_api_version").asString() : null;
      }
    } catch (JacksonException e) {
      // the validator has reported it as INVALID_FLOW_JSON
    }
    return new FlowJsonAsset(text, version, dataApi, errors);
  }

  /** An unguessable token for the asset's download URL: 32 random bytes, base64url. */
  static String newToken() {
    byte[] bytes = new byte[32];
    TOKENS.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }
}
