package dev.flowkit.mock.graph;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.FlowCryptoException;
import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.StateStore;
import java.security.PublicKey;
import java.security.interfaces.RSAPublicKey;
import java.util.List;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The business public key of a phone number (spec/platform.md section 3): {@code POST
 * /{pnid}/whatsapp_business_encryption} with {@code business_public_key} (from a form, a JSON body or the query)
 * replaces the number's key and signs it ({@code VALID}); {@code GET} answers {@code {"data": [...]}} with the key
 * and its signature status, honouring {@code fields}, and {@code {"data": []}} when no key was ever set (the shape
 * section 3 recommends; UNCERTAIN). Only an RSA-2048 public key in SPKI PEM ({@code -----BEGIN PUBLIC KEY-----}) is
 * accepted; anything else is 100 with the reason.
 */
final class BusinessEncryption implements RouteGroup {

  static final List<String> FIELDS = List.of("business_public_key", "business_public_key_signature_status");
  private static final String REQUIREMENT =
      "The business public key must be a valid 2048-bit RSA public key in PEM format (-----BEGIN PUBLIC KEY-----)";

  private final StateStore store;

  BusinessEncryption(StateStore store) {
    this.store = store;
  }

  @Override
  public void register(RouteTable table) {
    table.post("/{pnid}/whatsapp_business_encryption", this::set);
    table.get("/{pnid}/whatsapp_business_encryption", this::get);
  }

  private GraphReply set(GraphCall call) {
    String pem = call.requiredString("business_public_key");
    check(pem.trim());
    String id = call.pathId("pnid");
    store.update(s -> s.phoneNumbers().put(id, s.phoneNumbers().get(id).withBusinessPublicKey(pem)));
    return GraphReply.success();
  }

  /** Checks {@code pem} is one SPKI PEM of an RSA-2048 key. */
  private static void check(String pem) {
    if (!pem.startsWith("-----BEGIN PUBLIC KEY-----") || !pem.endsWith("-----END PUBLIC KEY-----")) {
      throw GraphCallException.invalidParameter(REQUIREMENT + "; the text is not one SPKI PEM block");
    }
    PublicKey key;
    try {
      key = BusinessKeys.readPublicKey(pem);
    } catch (FlowCryptoException e) {
      throw GraphCallException.invalidParameter(REQUIREMENT + "; " + e.getMessage());
    }
    int bits = key instanceof RSAPublicKey rsa ? rsa.getModulus().bitLength() : 0;
    if (bits != 2048) {
      throw GraphCallException.invalidParameter(REQUIREMENT + "; this key has " + bits + " bits");
    }
  }

  private GraphReply get(GraphCall call) {
    FieldSelection fields = call.fields().requireKnown(FIELDS, "WhatsAppBusinessEncryption");
    PhoneNumber phone = store.read(s -> s.phoneNumbers().get(call.pathId("pnid")));
    ObjectNode answer = GraphCall.MAPPER.createObjectNode();
    ArrayNode data = answer.putArray("data");
    if (phone.businessPublicKey() != null) {
      ObjectNode key = data.addObject();
      for (String f : fields.namesOr(FIELDS)) {
        if (f.equals("business_public_key")) {
          key.put(f, phone.businessPublicKey());
        } else {
          key.put(f, phone.keySignatureStatus() == null ? "VALID" : phone.keySignatureStatus());
        }
      }
    }
    return GraphReply.ok(answer);
  }
}
