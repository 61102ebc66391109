package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.Waba;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A flow node as {@code GET /{flow-id}} and the flows edge render it (spec/platform.md sections 2.1, 2.5, 2.14):
 * the default fields, or those asked for. {@code endpoint_uri} is known from v19.0; up to v18.0 the field is
 * {@code data_channel_uri} (section 1.1), which v19.0+ still answers (deprecated, not removed). Dates are
 * {@code 2026-05-04T12:30:00+0000}, or Unix seconds with {@code date_format=U}.
 */
final class FlowViews {

  /** The default field set (section 2.1). */
  static final List<String> DEFAULT_FIELDS = List.of("id", "name", "status", "categories", "validation_errors");
  /**
   * The node type named in the unknown-field error; Meta's name for the flow node is not documented (section 1.5,
   * UNCERTAIN), so the mock says what it is.
   */
  static final String NODE_TYPE = "WhatsAppFlow";
  private static final List<String> COMMON_FIELDS = List.of("id", "name", "status", "categories",
      "validation_errors", "json_version", "data_api_version", "data_channel_uri", "preview",
      "whatsapp_business_account", "application", "health_status", "updated_at", "metric");
  private static final DateTimeFormatter DATES =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ssZ").withZone(ZoneOffset.UTC);

  private FlowViews() {}

  /** The fields a flow has in the call's API version. */
  static List<String> knownFields(ApiVersion version) {
    List<String> known = new ArrayList<>(COMMON_FIELDS);
    if (version.atLeast(ApiVersion.V19)) {
      known.add("endpoint_uri");
    }
    return known;
  }

  /**
   * The call's field selection, checked.
   *
   * @throws GraphCallException (100) for a field the node does not have in this version
   */
  static FieldSelection fields(GraphCall call) {
    return call.fields().requireKnown(knownFields(call.version()), NODE_TYPE);
  }

  /** {@code flow} with the selected fields; {@code id} always. */
  static ObjectNode render(GraphCall call, PlatformState state, FlowRecord flow, FieldSelection fields,
      Instant now) {
    ObjectNode node = GraphCall.MAPPER.createObjectNode();
    boolean unix = call.string("date_format").map("U"::equals).orElse(false);
    for (String name : fields.namesOr(DEFAULT_FIELDS)) {
      switch (name) {
        case "name" -> node.put("name", flow.name());
        case "status" -> node.put("status", flow.status());
        case "categories" -> {
          ArrayNode categories = node.putArray("categories");
          flow.categories().forEach(categories::add);
        }
        case "validation_errors" -> node.set("validation_errors", flow.validationErrors().deepCopy());
        case "json_version" -> putIfPresent(node, "json_version", flow.jsonVersion());
        case "data_api_version" -> putIfPresent(node, "data_api_version", flow.dataApiVersion());
        case "endpoint_uri", "data_channel_uri" -> putIfPresent(node, name, flow.endpointUri());
        case "preview" -> {
          if (flow.previewUrl() != null && flow.previewExpiresAt() != null) {
            ObjectNode preview = node.putObject("preview");
            preview.put("preview_url", flow.previewUrl());
            date(preview, "expires_at", flow.previewExpiresAt(), unix);
          }
        }
        case "whatsapp_business_account" -> {
          Waba waba = state.wabas().get(flow.wabaId());
          ObjectNode w = node.putObject("whatsapp_business_account");
          w.put("id", waba.id());
          w.put("name", waba.name());
          w.put("timezone_id", waba.timezoneId());
          w.put("message_template_namespace", waba.messageTemplateNamespace());
        }
        case "application" -> PublishChecks.application(state, flow).ifPresent(app -> {
          ObjectNode a = node.putObject("application");
          a.put("link", "https://www.facebook.com/games/?app_id=" + app.id());
          a.put("name", app.name());
          a.put("id", app.id());
        });
        case "health_status" -> node.set("health_status", health(state, flow,
            fields.field("health_status").flatMap(f -> f.modifier("phone_number"))));
        case "updated_at" -> date(node, "updated_at", flow.updatedAt(), unix);
        case "metric" -> node.set("metric", FlowMetrics.metric(flow, fields.field("metric").orElseThrow(), now));
        default -> node.put("id", flow.id());
      }
    }
    node.put("id", flow.id());
    return node;
  }

  /**
   * The {@code health_status} of section 2.14: the flow node (BLOCKED with the failing publishing checks while a
   * draft, LIMITED when THROTTLED, BLOCKED when BLOCKED or DEPRECATED), the WABA, the business, the app (LIMITED
   * when not subscribed to {@code messages}) and, with {@code .phone_number(PNID)}, the number (BLOCKED for an
   * endpoint flow without a valid key on it).
   *
   * @throws GraphCallException (100) when the number is not one of the flow's WABA
   */
  static ObjectNode health(PlatformState state, FlowRecord flow, Optional<String> phoneNumberId) {
    List<ObjectNode> entities = new ArrayList<>();
    ObjectNode flowNode = entity("FLOW", flow.id());
    switch (flow.status()) {
      case "DRAFT" -> PublishChecks.problems(state, flow).forEach(p -> error(flowNode, p.health(),
          "Fix it through the Flows API, then publish the flow."));
      case "THROTTLED" -> info(flowNode, "The flow is throttled: at most 10 messages per hour can be sent with it.");
      case "BLOCKED" -> error(flowNode, "flow_status: The flow is blocked because its endpoint is unhealthy.",
          "Fix the endpoint; the flow recovers once monitoring sees it healthy.");
      case "DEPRECATED" -> error(flowNode, "flow_status: The flow is deprecated and can no longer be sent.",
          "Create a new flow.");
      default -> {
        // PUBLISHED: available
      }
    }
    entities.add(flowNode);
    entities.add(entity("WABA", flow.wabaId()));
    entities.add(entity("BUSINESS", state.wabas().get(flow.wabaId()).businessId()));
    Optional<App> app = PublishChecks.application(state, flow);
    app.ifPresent(a -> {
      ObjectNode appNode = entity("APP", a.id());
      if (!a.subscribedFields().contains("messages")) {
        info(appNode, "The app is not subscribed to the messages webhook field.");
      }
      entities.add(appNode);
    });
    if (phoneNumberId.isPresent()) {
      PhoneNumber phone = state.phoneNumbers().get(phoneNumberId.get());
      if (phone == null || !phone.wabaId().equals(flow.wabaId())) {
        throw GraphCallException.invalidParameter("phone_number " + phoneNumberId.get()
            + " is not a phone number of the flow's WhatsApp Business Account");
      }
      ObjectNode phoneNode = entity("PHONE_NUMBER", phone.id());
      if (PublishChecks.isEndpointFlow(flow)
          && (phone.businessPublicKey() == null || !"VALID".equals(phone.keySignatureStatus()))) {
        error(phoneNode, "public_key: The phone number has no business public key with a valid signature.",
            "Upload the business public key for this phone number.");
      }
      entities.add(phoneNode);
    }
    String overall = "AVAILABLE";
    for (ObjectNode e : entities) {
      String v = e.get("can_send_message").asString();
      if (v.equals("BLOCKED") || (v.equals("LIMITED") && overall.equals("AVAILABLE"))) {
        overall = v;
      }
    }
    ObjectNode health = GraphCall.MAPPER.createObjectNode();
    health.put("can_send_message", overall);
    ArrayNode array = health.putArray("entities");
    entities.forEach(array::add);
    return health;
  }

  private static ObjectNode entity(String type, String id) {
    ObjectNode node = GraphCall.MAPPER.createObjectNode();
    node.put("entity_type", type);
    node.put("id", id);
    node.put("can_send_message", "AVAILABLE");
    return node;
  }

  private static void error(ObjectNode entity, String description, String solution) {
    entity.put("can_send_message", "BLOCKED");
    ArrayNode errors = entity.has("errors") ? (ArrayNode) entity.get("errors") : entity.putArray("errors");
    ObjectNode error = errors.addObject();
    error.put("error_code", 131000);
    error.put("error_description", description);
    error.put("possible_solution", solution);
  }

  private static void info(ObjectNode entity, String text) {
    if (!entity.get("can_send_message").asString().equals("BLOCKED")) {
      entity.put("can_send_message", "LIMITED");
    }
    entity.putArray("additional_info").add(text);
  }

  private static void putIfPresent(ObjectNode node, String name, @org.jspecify.annotations.Nullable String value) {
    if (value != null) {
      node.put(name, value);
    }
  }

  /** A Graph date: {@code 2026-05-04T12:30:00+0000}, or Unix seconds. */
  static void date(ObjectNode node, String name, Instant time, boolean unix) {
    if (unix) {
      node.put(name, time.getEpochSecond());
    } else {
      node.put(name, DATES.format(time));
    }
  }
}
