package dev.flowkit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.core.JsonGenerator;

/** Turns JSON trees into the model and back. Stateless. */
final class FlowJsonCodec {

  /**
   * Duplicate keys are refused: a tree keeps only one of them, so reading them could not be lossless. They are
   * caught while the tree is built (where the map insert already reports a previous value) rather than by the
   * parser's strict mode, which would hash every name a second time. Trailing text is checked by
   * {@link FlowJsonMapper} itself, to report it in plain words.
   */
  static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .build();

  private FlowJsonCodec() {}

  // ---------------------------------------------------------------- reading

  static FlowJson readFlow(JsonNode root, Locator locator) {
    Props p = new Props(root, JsonPath.ROOT, locator);
    if (!root.isObject()) {
      throw p.error("a Flow JSON document is a JSON object, not " + kind(root));
    }
    String version = p.string("version").orElseThrow(() -> p.has("version")
        ? p.error("'version' must be a string such as \"7.3\"", p.path("version"))
        : p.error("'version' is missing"));
    Optional<String> dataApiVersion = p.string("data_api_version");
    Optional<Map<String, List<String>>> routingModel = routingModel(root.get("routing_model"));
    routingModel.ifPresent(ignored -> p.markTaken("routing_model"));
    Optional<String> dataChannelUri = p.string("data_channel_uri");
    JsonNode screensNode = p.array("screens").orElseThrow(() -> p.has("screens")
        ? p.error("'screens' must be an array of screens", p.path("screens"))
        : p.error("'screens' is missing"));
    List<Screen> screens = new ArrayList<>();
    for (int i = 0; i < screensNode.size(); i++) {
      screens.add(readScreen(screensNode.get(i), p.path("screens").index(i), locator));
    }
    return new FlowJson(version, dataApiVersion, routingModel, dataChannelUri, screens, p.extras());
  }

  private static Optional<Map<String, List<String>>> routingModel(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    Map<String, List<String>> routes = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      if (!entry.getValue().isArray()) {
        return Optional.empty();
      }
      List<String> targets = new ArrayList<>();
      for (JsonNode target : entry.getValue()) {
        if (!target.isString()) {
          return Optional.empty();
        }
        targets.add(target.asString());
      }
      routes.put(entry.getKey(), targets);
    }
    return Optional.of(routes);
  }

  private static Screen readScreen(JsonNode node, JsonPath path, Locator locator) {
    Props p = new Props(node, path, locator);
    if (!node.isObject()) {
      throw p.error("a screen is a JSON object, not " + kind(node));
    }
    String id = p.string("id").orElseThrow(() -> p.has("id")
        ? p.error("a screen's 'id' must be a string", p.path("id")) : p.error("the screen has no 'id'"));
    JsonNode layoutNode = p.object("layout").orElseThrow(() -> p.has("layout")
        ? p.error("a screen's 'layout' must be an object", p.path("layout"))
        : p.error("screen '" + id + "' has no 'layout'"));
    Layout layout = readLayout(layoutNode, p.path("layout"), locator);
    Optional<DataModel> data = p.object("data").map(FlowJsonCodec::dataModel);
    return new Screen(id, p.text("title"), p.bool("terminal"), p.bool("success"), p.bool("refresh_on_back"),
        p.strings("sensitive"), data, layout, p.extras());
  }

  private static DataModel dataModel(JsonNode node) {
    Map<String, JsonNode> fields = new LinkedHashMap<>();
    node.properties().forEach(entry -> fields.put(entry.getKey(), entry.getValue()));
    return new DataModel(fields);
  }

  private static Layout readLayout(JsonNode node, JsonPath path, Locator locator) {
    Props p = new Props(node, path, locator);
    String type = p.string("type").orElseThrow(() -> p.error("the layout has no 'type' string (\"SingleColumnLayout\")"));
    JsonNode children = p.array("children").orElseThrow(() -> p.has("children")
        ? p.error("the layout's 'children' must be an array", p.path("children"))
        : p.error("the layout has no 'children'"));
    return new Layout(type, readChildren(children), p.extras());
  }

  /** Components never fail to read: what does not fit its type is kept whole as an UnknownComponent. */
  static List<Component> readChildren(JsonNode array) {
    List<Component> children = new ArrayList<>(array.size());
    for (JsonNode child : array) {
      children.add(ComponentCodec.read(child));
    }
    return children;
  }

  /** An action never fails to read (it is kept whole by its component instead), so it needs no position. */
  static Optional<Action> readAction(JsonNode node) {
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    Props p = new Props(node, JsonPath.ROOT, Locator.NONE);
    Optional<String> name = p.string("name");
    if (name.isEmpty()) {
      return Optional.empty();
    }
    // Peek rather than take: a "next" that is not {type, name} strings stays verbatim in extras.
    JsonNode nextNode = node.get("next");
    Optional<Action.Next> next = nextNode != null && nextNode.isObject()
        ? readNext(nextNode) : Optional.empty();
    next.ifPresent(ignored -> p.markTaken("next"));
    Optional<Map<String, JsonNode>> payload = p.object("payload").map(FlowJsonCodec::toMap);
    return Optional.of(new Action(name.get(), next, payload, p.string("url"), p.extras()));
  }

  private static Optional<Action.Next> readNext(JsonNode node) {
    Props p = new Props(node, JsonPath.ROOT, Locator.NONE);
    Optional<String> type = p.string("type");
    Optional<String> name = p.string("name");
    if (type.isEmpty() || name.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Action.Next(type.get(), name.get(), p.extras()));
  }

  static Map<String, JsonNode> toMap(JsonNode object) {
    Map<String, JsonNode> map = new LinkedHashMap<>();
    object.properties().forEach(entry -> map.put(entry.getKey(), entry.getValue()));
    return map;
  }

  static String kind(JsonNode node) {
    return node.isNull() ? "null" : "a " + node.getNodeType().name().toLowerCase(java.util.Locale.ROOT);
  }

  // ---------------------------------------------------------------- writing

  static void writeFlow(JsonGenerator g, FlowJson flow) {
    Out out = new Out(g).string("version", flow.version()).string("data_api_version", flow.dataApiVersion());
    out.value("routing_model", flow.routingModel(), FlowJsonCodec::writeRoutes);
    out.string("data_channel_uri", flow.dataChannelUri());
    out.value("screens", gen -> {
      gen.writeStartArray();
      flow.screens().forEach(screen -> writeScreen(gen, screen));
      gen.writeEndArray();
    });
    out.end(flow.extras());
  }

  private static void writeRoutes(JsonGenerator g, Map<String, List<String>> routes) {
    g.writeStartObject();
    routes.forEach((from, to) -> {
      g.writeName(from);
      g.writeStartArray();
      to.forEach(g::writeString);
      g.writeEndArray();
    });
    g.writeEndObject();
  }

  private static void writeScreen(JsonGenerator g, Screen screen) {
    Out out = new Out(g).string("id", screen.id()).bindable("title", screen.title())
        .bool("terminal", screen.terminal()).bool("success", screen.success())
        .bool("refresh_on_back", screen.refreshOnBack()).strings("sensitive", screen.sensitive());
    screen.data().ifPresent(data -> out.object("data", data.fields()));
    out.value("layout", gen -> writeLayout(gen, screen.layout()));
    out.end(screen.extras());
  }

  private static void writeLayout(JsonGenerator g, Layout layout) {
    new Out(g).string("type", layout.type()).value("children", gen -> writeChildren(gen, layout.children()))
        .end(layout.extras());
  }

  static void writeChildren(JsonGenerator g, List<Component> children) {
    g.writeStartArray();
    children.forEach(child -> ComponentCodec.write(g, child));
    g.writeEndArray();
  }

  static void writeAction(JsonGenerator g, Action action) {
    Out out = new Out(g).string("name", action.name());
    action.next().ifPresent(next -> out.value("next", gen ->
        new Out(gen).string("type", next.type()).string("name", next.name()).end(next.extras())));
    action.payload().ifPresent(payload -> out.object("payload", payload));
    out.string("url", action.url());
    out.end(action.extras());
  }
}
