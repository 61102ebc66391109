package dev.flowkit.graph;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The business public key set on a phone number ({@code GET /{PNID}/whatsapp_business_encryption},
 * spec/platform.md section 3).
 *
 * @param pem {@code business_public_key}, SPKI PEM
 * @param signatureStatus {@code business_public_key_signature_status}: {@code VALID}, or {@code MISMATCH} when
 *     the key must be uploaded again
 */
public record BusinessPublicKey(String pem, Optional<String> signatureStatus) {

  /** Nothing may be null. */
  public BusinessPublicKey {
    Objects.requireNonNull(pem, "pem");
    Objects.requireNonNull(signatureStatus, "signatureStatus");
  }

  /** Whether Meta reports the key's signature as {@code VALID}. */
  public boolean isSignatureValid() {
    return signatureStatus.filter("VALID"::equals).isPresent();
  }

  static Optional<BusinessPublicKey> from(JsonNode node) {
    JsonNode data = node.path("data");
    JsonNode item = data.isArray() ? data.path(0) : node;
    return Nodes.text(item, "business_public_key")
        .map(pem -> new BusinessPublicKey(pem, Nodes.text(item, "business_public_key_signature_status")));
  }
}
