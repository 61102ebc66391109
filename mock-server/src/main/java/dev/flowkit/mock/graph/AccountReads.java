package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.Waba;
import java.util.List;
import tools.jackson.databind.node.ObjectNode;

/**
 * The WABA and phone-number reads people bootstrap with: {@code GET /{waba-id}}, {@code GET /{waba-id}/phone_numbers}
 * and {@code GET /{pnid}}, each honouring {@code fields}. The shapes follow Graph's WhatsApp Business Account and
 * phone number nodes; the mock's numbers are always verified, green and on the Cloud API.
 */
final class AccountReads implements RouteGroup {

  private static final List<String> WABA_FIELDS =
      List.of("id", "name", "timezone_id", "message_template_namespace");
  private static final List<String> PHONE_DEFAULT_FIELDS = List.of("verified_name", "code_verification_status",
      "display_phone_number", "quality_rating", "platform_type", "id");
  private static final List<String> PHONE_FIELDS = List.of("id", "verified_name", "code_verification_status",
      "display_phone_number", "quality_rating", "platform_type", "name_status", "status");

  private final StateStore store;

  AccountReads(StateStore store) {
    this.store = store;
  }

  @Override
  public void register(RouteTable table) {
    table.get("/{waba-id}", this::waba);
    table.get("/{waba-id}/phone_numbers", this::phoneNumbers);
    table.get("/{pnid}", this::phoneNumber);
  }

  private GraphReply waba(GraphCall call) {
    FieldSelection fields = call.fields().requireKnown(WABA_FIELDS, "WhatsAppBusinessAccount");
    Waba waba = store.read(s -> s.wabas().get(call.pathId("waba-id")));
    ObjectNode node = GraphCall.MAPPER.createObjectNode();
    for (String field : fields.namesOr(WABA_FIELDS)) {
      switch (field) {
        case "name" -> node.put("name", waba.name());
        case "timezone_id" -> node.put("timezone_id", waba.timezoneId());
        case "message_template_namespace" -> node.put("message_template_namespace", waba.messageTemplateNamespace());
        default -> node.put("id", waba.id());
      }
    }
    node.put("id", waba.id());
    return GraphReply.ok(node);
  }

  private GraphReply phoneNumbers(GraphCall call) {
    FieldSelection fields = call.fields().requireKnown(PHONE_FIELDS, "WhatsAppBusinessPhoneNumber");
    List<PhoneNumber> numbers = store.read(s -> s.phoneNumbersOf(call.pathId("waba-id")));
    return GraphReply.ok(Paging.page(call, numbers.stream().map(p -> render(p, fields)).toList()));
  }

  private GraphReply phoneNumber(GraphCall call) {
    FieldSelection fields = call.fields().requireKnown(PHONE_FIELDS, "WhatsAppBusinessPhoneNumber");
    return GraphReply.ok(render(store.read(s -> s.phoneNumbers().get(call.pathId("pnid"))), fields));
  }

  private static ObjectNode render(PhoneNumber phone, FieldSelection fields) {
    ObjectNode node = GraphCall.MAPPER.createObjectNode();
    for (String field : fields.namesOr(PHONE_DEFAULT_FIELDS)) {
      switch (field) {
        case "verified_name" -> node.put("verified_name", phone.verifiedName());
        case "code_verification_status" -> node.put("code_verification_status", "VERIFIED");
        case "display_phone_number" -> node.put("display_phone_number", phone.displayPhoneNumber());
        case "quality_rating" -> node.put("quality_rating", "GREEN");
        case "platform_type" -> node.put("platform_type", "CLOUD_API");
        case "name_status" -> node.put("name_status", "APPROVED");
        case "status" -> node.put("status", "CONNECTED");
        default -> node.put("id", phone.id());
      }
    }
    node.put("id", phone.id());
    return node;
  }
}
