package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.StateStore;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Creating flows (spec/platform.md sections 2.3 and 2.4): {@code POST /{waba-id}/flows} (plain, clone, with
 * {@code flow_json}, create-and-publish) and {@code POST /{waba-id}/migrate_flows}. New flows start in DRAFT, linked
 * to the caller's app, and send the creation webhook (section 6.7).
 *
 * <p>Choices where the spec is uncertain: a clone copies the source's JSON and endpoint (categories and name are the
 * call's); {@code clone_template} names Meta's template library, which the mock does not have, so it is refused
 * with 100; {@code success} in the answer is true whenever the JSON was stored, errors or not, as Meta's own sample
 * shows; create-and-publish is all or nothing: when a publishing check fails the call answers that 139002 and no
 * flow is created.
 */
final class FlowCreation implements RouteGroup {

  /** The most flow names one migration takes (section 2.2). */
  static final int MAX_MIGRATED_NAMES = 100;

  private final StateStore store;
  private final Publisher publisher;
  private final FlowStatusWebhooks webhooks;

  FlowCreation(StateStore store, Publisher publisher, FlowStatusWebhooks webhooks) {
    this.store = store;
    this.publisher = publisher;
    this.webhooks = webhooks;
  }

  @Override
  public void register(RouteTable table) {
    table.post("/{waba-id}/flows", this::create);
    table.post("/{waba-id}/migrate_flows", this::migrate);
  }

  private GraphReply create(GraphCall call) {
    String wabaId = call.pathId("waba-id");
    String name = call.requiredString("name");
    List<String> categories = FlowRules.categories(call.requiredStringList("categories"));
    Optional<String> cloneId = call.string("clone_flow_id").filter(s -> !s.isEmpty());
    Optional<String> cloneTemplate = call.string("clone_template").filter(s -> !s.isEmpty());
    if (cloneId.isPresent() && cloneTemplate.isPresent()) {
      throw FlowErrors.badRequest("Only one clone source can be set",
          "Give either clone_flow_id or clone_template, not both.");
    }
    if (cloneTemplate.isPresent()) {
      throw GraphCallException.invalidParameter("clone_template " + cloneTemplate.get()
          + " is not a flow template this platform knows (the mock has no template library)");
    }
    Optional<String> endpoint = FlowRules.endpointUri(call);
    Optional<String> flowJson = flowJson(call);
    boolean publish = call.bool("publish").orElse(false);
    PlatformState state = store.read(s -> s);
    FlowRules.uniqueName(state, wabaId, name, "");
    FlowRecord source = cloneId.map(id -> state.flow(id, call.caller().businessId())
        .orElseThrow(() -> FlowErrors.flowNotFound(id))).orElse(null);
    if (source != null && endpoint.isPresent() && FlowRules.jsonBefore30(source)) {
      throw FlowErrors.badRequest("Specify Endpoint Uri in Flow JSON", "The cloned flow's JSON is older than 3.0:"
          + " its endpoint is set in the Flow JSON (data_channel_uri), not with endpoint_uri.");
    }
    Instant now = store.clock().instant();
    FlowJsonAsset asset = flowJson.map(FlowJsonAsset::of).orElse(null);
    FlowRecord draft = new FlowRecord("", wabaId, name, categories, "DRAFT",
        asset != null ? asset.text() : source != null ? source.json() : null,
        asset != null ? asset.jsonVersion() : source != null ? source.jsonVersion() : null,
        asset != null ? asset.dataApiVersion() : source != null ? source.dataApiVersion() : null,
        asset != null ? asset.validationErrors() : source != null ? source.validationErrors()
            : GraphCall.MAPPER.createArrayNode(),
        endpoint.orElse(source != null ? source.endpointUri() : null), call.caller().appId(), null, null, now, now,
        null, false, null, null);
    boolean pinged = publish && publisher.check(state, draft);
    FlowRecord created = store.write(s -> {
      FlowRules.uniqueName(s, wabaId, name, "");
      FlowRecord flow = new FlowRecord(store.ids().objectId(s), wabaId, name, categories,
          "DRAFT", draft.json(), draft.jsonVersion(), draft.dataApiVersion(), draft.validationErrors(),
          draft.endpointUri(), draft.applicationId(), null, null, now, now, null, false,
          draft.json() == null ? null : FlowJsonAsset.newToken(), null);
      if (publish) {
        flow = flow.published();
        if (pinged) {
          flow = flow.withTraffic(flow.trafficOrNone().withHealthCheck(now, true));
        }
      }
      s.flows().put(flow.id(), flow);
      return flow;
    });
    webhooks.created(created.withStatus("DRAFT"));
    webhooks.changed(created, "DRAFT");
    ObjectNode answer = GraphCall.MAPPER.createObjectNode();
    answer.put("id", created.id());
    if (asset != null) {
      answer.put("success", true);
      answer.set("validation_errors", asset.validationErrors().deepCopy());
    }
    return GraphReply.ok(answer);
  }

  /** {@code flow_json} as text; a JSON body may carry it as an object, which is taken as its text. */
  private static Optional<String> flowJson(GraphCall call) {
    Optional<JsonNode> raw = call.raw("flow_json");
    if (raw.isEmpty() || raw.get().isNull()) {
      return Optional.empty();
    }
    JsonNode v = raw.get();
    return Optional.of(v.isString() ? v.asString() : GraphCall.MAPPER.writeValueAsString(v));
  }

  private GraphReply migrate(GraphCall call) {
    String destination = call.pathId("waba-id");
    String sourceWaba = call.requiredString("source_waba_id");
    Optional<List<String>> names = sourceNames(call);
    if (store.read(s -> s.waba(sourceWaba, call.caller().businessId()).isEmpty())) {
      throw GraphCallException.invalidParameter("source_waba_id " + sourceWaba + " is not a WhatsApp Business "
          + "Account of this business");
    }
    if (names.isPresent() && names.get().size() > MAX_MIGRATED_NAMES) {
      throw GraphCallException.invalidParameter("source_flow_names takes at most " + MAX_MIGRATED_NAMES
          + " names, got " + names.get().size());
    }
    Instant now = store.clock().instant();
    List<FlowRecord> copies = new ArrayList<>();
    ObjectNode answer = GraphCall.MAPPER.createObjectNode();
    store.update(s -> {
      ArrayNode migrated = answer.putArray("migrated_flows");
      ArrayNode failed = answer.putArray("failed_flows");
      copies.clear();
      List<String> wanted = names.orElseGet(() -> s.flowsOf(sourceWaba).stream().map(FlowRecord::name).toList());
      for (String name : wanted) {
        Optional<FlowRecord> source = s.flowsOf(sourceWaba).stream().filter(f -> f.name().equals(name)).findFirst();
        String problem = source.isEmpty() ? "Flow name not found in source WABA."
            : s.flowsOf(destination).stream().anyMatch(f -> f.name().equals(name))
                ? "Flow with the same name exists in destination WABA." : null;
        if (problem != null) {
          ObjectNode f = failed.addObject();
          f.put("source_name", name);
          f.put("error_code", "4233041");
          f.put("error_message", "Flows Migration Error: " + problem);
          continue;
        }
        FlowRecord from = source.get();
        FlowRecord copy = new FlowRecord(store.ids().objectId(s), destination, from.name(), from.categories(),
            "DRAFT", from.json(), from.jsonVersion(), from.dataApiVersion(), from.validationErrors(),
            from.endpointUri(), from.applicationId(), null, null, now, now, null, false,
            from.json() == null ? null : FlowJsonAsset.newToken(), null);
        // THROTTLED and BLOCKED are published flows under monitoring; the copy starts unmonitored
        if (List.of("PUBLISHED", "THROTTLED", "BLOCKED").contains(from.status())) {
          copy = copy.published();
        }
        s.flows().put(copy.id(), copy);
        copies.add(copy);
        ObjectNode m = migrated.addObject();
        m.put("source_name", name);
        m.put("source_id", from.id());
        m.put("migrated_id", copy.id());
      }
    });
    for (FlowRecord copy : copies) {
      webhooks.created(copy.withStatus("DRAFT"));
      webhooks.changed(copy, "DRAFT");
    }
    return GraphReply.ok(answer);
  }

  /**
   * {@code source_flow_names} in any of its three encodings (section 2.4): a JSON array, JSON array text, or names
   * joined with commas.
   */
  private static Optional<List<String>> sourceNames(GraphCall call) {
    Optional<JsonNode> raw = call.raw("source_flow_names");
    if (raw.isEmpty() || raw.get().isNull()) {
      return Optional.empty();
    }
    if (raw.get().isString() && !raw.get().asString().trim().startsWith("[")) {
      return Optional.of(Arrays.stream(raw.get().asString().split(",")).map(String::trim)
          .filter(n -> !n.isEmpty()).toList());
    }
    return call.stringList("source_flow_names");
  }
}
