package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.TemplateRecord;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Message templates (spec/platform.md section 4.3): {@code POST /{waba-id}/message_templates} (with FLOW buttons),
 * {@code GET /{waba-id}/message_templates} (paged; {@code name} keeps the templates whose name contains it;
 * {@code fields}) and
 * {@code DELETE /{waba-id}/message_templates?name=} (every language of the name). A created template is APPROVED at
 * once, or PENDING until the control API approves it when {@link GraphBehaviour#autoApproveTemplates()} is off.
 *
 * <p>A FLOW button: {@code text} at most 25 characters; exactly one of {@code flow_id}, {@code flow_name} and
 * {@code flow_json}; a flow named by id or name must be PUBLISHED in this WABA, and its id is stored (later renames
 * do not matter); {@code flow_json} must be flow JSON with screens; {@code flow_action} navigate (default) or
 * data_exchange; {@code navigate_screen} only with navigate, and a screen of the flow; {@code icon} DOCUMENT,
 * PROMOTION or REVIEW. Every refusal is 100 "Invalid parameter" with the reason in the details (the template
 * codes of the 132xxx range are send-time codes).
 */
final class Templates implements RouteGroup {

  private static final List<String> FIELDS = List.of("name", "components", "language", "status", "category", "id");
  private static final Pattern NAME = Pattern.compile("[a-z0-9_]{1,512}");
  private static final Set<String> CATEGORIES = Set.of("MARKETING", "UTILITY", "AUTHENTICATION");
  private static final Set<String> ICONS = Set.of("DOCUMENT", "PROMOTION", "REVIEW");

  private final StateStore store;
  private final GraphBehaviour behaviour;

  Templates(StateStore store, GraphBehaviour behaviour) {
    this.store = store;
    this.behaviour = behaviour;
  }

  @Override
  public void register(RouteTable table) {
    table.post("/{waba-id}/message_templates", this::create);
    table.get("/{waba-id}/message_templates", this::list);
    table.delete("/{waba-id}/message_templates", this::delete);
  }

  private GraphReply create(GraphCall call) {
    call.requirePermission("whatsapp_business_management");
    String wabaId = call.pathId("waba-id");
    String name = call.requiredString("name");
    if (!NAME.matcher(name).matches()) {
      throw GraphCallException.invalidParameter("name may only use lowercase letters, digits and underscores (at"
          + " most 512)");
    }
    String language = call.requiredString("language");
    String category = call.requiredString("category").toUpperCase(Locale.ROOT);
    if (!CATEGORIES.contains(category)) {
      throw GraphCallException.invalidParameter("category must be one of MARKETING, UTILITY, AUTHENTICATION");
    }
    JsonNode given = call.raw("components").map(v -> v.isString() ? MessageFields.parse(v.asString()) : v)
        .orElseThrow(() -> GraphCallException.missingParameter("components"));
    if (given == null || !given.isArray() || given.isEmpty()) {
      throw GraphCallException.invalidParameter("components must be a non-empty array of components");
    }
    String status = behaviour.autoApproveTemplates() ? "APPROVED" : "PENDING";
    TemplateRecord created = store.write(s -> {
      if (s.templatesOf(wabaId).stream().anyMatch(t -> t.name().equals(name) && t.language().equals(language))) {
        throw GraphCallException.invalidParameter("A template named " + name + " already exists in " + language
            + " in this WhatsApp Business Account");
      }
      ArrayNode components = GraphCall.MAPPER.createArrayNode();
      for (int i = 0; i < given.size(); i++) {
        components.add(component(s.flowsOf(wabaId), given.get(i), "components[" + i + "]"));
      }
      TemplateRecord t = new TemplateRecord(store.ids().objectId(s), wabaId, name, language, category, status,
          components);
      s.templates().put(t.id(), t);
      return t;
    });
    ObjectNode reply = GraphCall.MAPPER.createObjectNode();
    reply.put("id", created.id());
    reply.put("status", created.status());
    reply.put("category", created.category());
    return GraphReply.ok(reply);
  }

  private GraphReply list(GraphCall call) {
    FieldSelection fields = call.fields().requireKnown(FIELDS, "WhatsAppBusinessHSM");
    String name = call.string("name").orElse(null);
    List<ObjectNode> items = store.read(s -> s.templatesOf(call.pathId("waba-id"))).stream()
        .filter(t -> name == null || t.name().contains(name))
        .map(t -> render(t, fields)).toList();
    return GraphReply.ok(Paging.page(call, items));
  }

  private GraphReply delete(GraphCall call) {
    call.requirePermission("whatsapp_business_management");
    String wabaId = call.pathId("waba-id");
    String name = call.requiredString("name");
    String onlyId = call.string("hsm_id").orElse(null);
    store.update(s -> {
      List<TemplateRecord> gone = s.templatesOf(wabaId).stream()
          .filter(t -> t.name().equals(name) && (onlyId == null || t.id().equals(onlyId))).toList();
      if (gone.isEmpty()) {
        throw GraphCallException.invalidParameter("No template named " + name + " exists in this WhatsApp Business"
            + " Account");
      }
      gone.forEach(t -> s.templates().remove(t.id()));
    });
    return GraphReply.success();
  }

  private static ObjectNode render(TemplateRecord t, FieldSelection fields) {
    ObjectNode node = GraphCall.MAPPER.createObjectNode();
    for (String field : fields.namesOr(FIELDS)) {
      switch (field) {
        case "name" -> node.put("name", t.name());
        case "components" -> node.set("components", t.components().deepCopy());
        case "language" -> node.put("language", t.language());
        case "status" -> node.put("status", t.status());
        case "category" -> node.put("category", t.category());
        default -> node.put("id", t.id());
      }
    }
    node.put("id", t.id());
    return node;
  }

  /** A component as stored: its type upper case, FLOW buttons checked and resolved to a flow id. */
  private static JsonNode component(List<FlowRecord> flows, JsonNode given, String path) {
    if (!given.isObject() || !given.path("type").isString()) {
      throw GraphCallException.invalidParameter(path + " must be an object with a type");
    }
    ObjectNode c = (ObjectNode) given.deepCopy();
    String type = c.get("type").asString().toUpperCase(Locale.ROOT);
    c.put("type", type);
    if (type.equals("BUTTONS")) {
      JsonNode buttons = c.get("buttons");
      if (buttons == null || !buttons.isArray() || buttons.isEmpty()) {
        throw GraphCallException.invalidParameter(path + ".buttons must be a non-empty array");
      }
      ArrayNode out = GraphCall.MAPPER.createArrayNode();
      for (int i = 0; i < buttons.size(); i++) {
        JsonNode b = buttons.get(i);
        String bPath = path + ".buttons[" + i + "]";
        if (!b.isObject() || !b.path("type").isString()) {
          throw GraphCallException.invalidParameter(bPath + " must be an object with a type");
        }
        ObjectNode button = (ObjectNode) b.deepCopy();
        button.put("type", b.get("type").asString().toUpperCase(Locale.ROOT));
        out.add(button.get("type").asString().equals("FLOW") ? flowButton(flows, button, bPath) : button);
      }
      c.set("buttons", out);
    }
    return c;
  }

  private static ObjectNode flowButton(List<FlowRecord> flows, ObjectNode button, String path) {
    String text = button.path("text").asString("");
    if (text.isEmpty()) {
      throw GraphCallException.invalidParameter(path + ".text is required");
    }
    if (MessageFields.length(text) > 25) {
      throw GraphCallException.invalidParameter(path + ".text must be at most 25 characters");
    }
    int refs = (button.has("flow_id") ? 1 : 0) + (button.has("flow_name") ? 1 : 0) + (button.has("flow_json") ? 1 : 0);
    if (refs != 1) {
      throw GraphCallException.invalidParameter(path + " needs exactly one of flow_id, flow_name and flow_json");
    }
    String action = button.path("flow_action").asString("navigate").toLowerCase(Locale.ROOT);
    if (!action.equals("navigate") && !action.equals("data_exchange")) {
      throw GraphCallException.invalidParameter(path + ".flow_action must be navigate or data_exchange");
    }
    button.put("flow_action", action);
    String screen = button.path("navigate_screen").asString(null);
    if (screen != null && action.equals("data_exchange")) {
      throw GraphCallException.invalidParameter(path + ".navigate_screen is only for flow_action navigate");
    }
    String icon = button.path("icon").asString(null);
    if (icon != null && !ICONS.contains(icon)) {
      throw GraphCallException.invalidParameter(path + ".icon must be one of DOCUMENT, PROMOTION, REVIEW");
    }
    String json;
    if (button.has("flow_json")) {
      JsonNode v = button.get("flow_json");
      JsonNode parsed = v.isString() ? MessageFields.parse(v.asString()) : v;
      if (parsed == null || !parsed.isObject() || !parsed.path("screens").isArray()
          || parsed.get("screens").isEmpty()) {
        throw GraphCallException.invalidParameter(path + ".flow_json must be flow JSON (a string) with screens");
      }
      json = GraphCall.MAPPER.writeValueAsString(parsed);
      button.put("flow_json", json);
    } else {
      FlowRecord flow = flow(flows, button, path);
      button.remove("flow_name");
      button.put("flow_id", flow.id());
      json = flow.json();
    }
    if (screen != null && !hasScreen(json, screen)) {
      throw GraphCallException.invalidParameter(path + ".navigate_screen '" + screen + "' is not a screen of the"
          + " flow");
    }
    return button;
  }

  private static FlowRecord flow(List<FlowRecord> flows, ObjectNode button, String path) {
    String id = button.path("flow_id").asString(null);
    String name = button.path("flow_name").asString(null);
    FlowRecord flow = flows.stream().filter(f -> id != null ? f.id().equals(id) : f.name().equals(name))
        .findFirst().orElseThrow(() -> GraphCallException.invalidParameter(path + (id != null ? ".flow_id '" + id
            : ".flow_name '" + name) + "' does not name a flow of this WhatsApp Business Account"));
    if (!flow.status().equals("PUBLISHED")) {
      throw GraphCallException.invalidParameter(path + ": flow " + flow.id() + " is " + flow.status()
          + "; a template button needs a PUBLISHED flow");
    }
    return flow;
  }

  private static boolean hasScreen(@Nullable String json, String screen) {
    JsonNode tree = json == null ? null : MessageFields.parse(json);
    if (tree == null) {
      return false;
    }
    for (JsonNode s : tree.path("screens")) {
      if (screen.equals(s.path("id").asString(""))) {
        return true;
      }
    }
    return false;
  }
}
