package dev.flowkit.crypto;

import java.nio.charset.StandardCharsets;
import java.util.Objects;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The body WhatsApp POSTs to a flow endpoint: three standard-base64 strings. This value only carries them;
 * whether they decode and decrypt is checked by {@link FlowEndpointCipher}. Its {@code toString()} shows sizes,
 * never the ciphertext.
 *
 * @param encryptedFlowData {@code encrypted_flow_data}: AES-128-GCM ciphertext ‖ 16-byte tag
 * @param encryptedAesKey {@code encrypted_aes_key}: the AES key under RSA-OAEP for the business public key
 * @param initialVector {@code initial_vector}: the 16-byte IV
 */
public record EncryptedFlowRequest(String encryptedFlowData, String encryptedAesKey, String initialVector) {

  /** The three fields, all required. */
  public EncryptedFlowRequest {
    Objects.requireNonNull(encryptedFlowData, "encryptedFlowData");
    Objects.requireNonNull(encryptedAesKey, "encryptedAesKey");
    Objects.requireNonNull(initialVector, "initialVector");
  }

  /**
   * Reads a request body.
   *
   * @throws FlowDecryptionException with {@link FlowDecryptionException.Reason#MALFORMED_BODY} if the body is not
   *     a JSON object holding the three fields as strings
   */
  public static EncryptedFlowRequest parse(byte[] body) {
    JsonNode tree;
    try {
      tree = Json.MAPPER.readTree(body);
    } catch (JacksonException e) {
      throw new FlowDecryptionException(FlowDecryptionException.Reason.MALFORMED_BODY,
          "the request body is not JSON (" + body.length + " bytes): a flow endpoint expects "
              + "{\"encrypted_flow_data\", \"encrypted_aes_key\", \"initial_vector\"}");
    }
    if (tree == null || !tree.isObject()) {
      throw new FlowDecryptionException(FlowDecryptionException.Reason.MALFORMED_BODY,
          "the request body is JSON but not an object: a flow endpoint expects "
              + "{\"encrypted_flow_data\", \"encrypted_aes_key\", \"initial_vector\"}");
    }
    return new EncryptedFlowRequest(field(tree, "encrypted_flow_data"), field(tree, "encrypted_aes_key"),
        field(tree, "initial_vector"));
  }

  /** Reads a request body given as text. */
  public static EncryptedFlowRequest parse(String body) {
    return parse(body.getBytes(StandardCharsets.UTF_8));
  }

  private static String field(JsonNode tree, String name) {
    JsonNode value = tree.get(name);
    if (value == null || value.isNull()) {
      throw new FlowDecryptionException(FlowDecryptionException.Reason.MALFORMED_BODY,
          "the request body has no \"" + name + "\": a flow endpoint expects "
              + "{\"encrypted_flow_data\", \"encrypted_aes_key\", \"initial_vector\"}");
    }
    if (!value.isString()) {
      throw new FlowDecryptionException(FlowDecryptionException.Reason.MALFORMED_BODY,
          "\"" + name + "\" must be a base64 string, not " + value.getNodeType().name().toLowerCase());
    }
    return value.asString();
  }

  /** The compact JSON WhatsApp sends, fields in the order encrypted_flow_data, encrypted_aes_key, initial_vector. */
  public String toJson() {
    ObjectNode node = Json.MAPPER.createObjectNode();
    node.put("encrypted_flow_data", encryptedFlowData);
    node.put("encrypted_aes_key", encryptedAesKey);
    node.put("initial_vector", initialVector);
    return Json.MAPPER.writeValueAsString(node);
  }

  /** {@link #toJson()} as UTF-8 bytes: what is signed with {@code X-Hub-Signature-256} and sent. */
  public byte[] toJsonBytes() {
    return toJson().getBytes(StandardCharsets.UTF_8);
  }

  /** Sizes only. */
  @Override
  public String toString() {
    return "EncryptedFlowRequest[encrypted_flow_data: " + encryptedFlowData.length() + " chars, encrypted_aes_key: "
        + encryptedAesKey.length() + " chars, initial_vector: " + initialVector.length() + " chars]";
  }
}
