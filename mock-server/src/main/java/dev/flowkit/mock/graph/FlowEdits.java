package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.StateStore;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.node.ObjectNode;

/**
 * Changing a flow (spec/platform.md sections 2.7, 2.8): {@code POST /{flow-id}} (metadata), {@code POST
 * /{flow-id}/assets} (multipart Flow JSON upload, validated by core's validator on every upload) and {@code GET
 * /{flow-id}/assets} (the JSON asset with a {@code download_url} the mock serves itself, under the control prefix
 * and so without Graph auth, as a CDN link is; the URL holds an unguessable token that changes with every upload).
 *
 * <p>Edits follow section 2.13: a DRAFT changes; a DEPRECATED flow answers 139001; a PUBLISHED (or THROTTLED or
 * BLOCKED, treated as published as the section recommends) flow answers 139001 in the legacy model and goes back to
 * DRAFT, its published JSON kept sendable, in the newer one ({@link GraphBehaviour#editPublishedFlows()}).
 */
final class FlowEdits implements RouteGroup {

  static final List<String> ASSET_FIELDS = List.of("name", "asset_type", "download_url");

  private final StateStore store;
  private final GraphBehaviour behaviour;

  FlowEdits(StateStore store, GraphBehaviour behaviour) {
    this.store = store;
    this.behaviour = behaviour;
  }

  @Override
  public void register(RouteTable table) {
    table.post("/{flow-id}", this::update);
    table.post("/{flow-id}/assets", this::upload);
    table.get("/{flow-id}/assets", this::assets);
  }

  /** The flow ready to be edited: itself when a draft, back in DRAFT in the newer model. */
  private FlowRecord editable(FlowRecord flow) {
    switch (flow.status()) {
      case "DRAFT":
        return flow;
      case "DEPRECATED":
        throw FlowErrors.notUpdatable(flow.status());
      default:
        if (!behaviour.editPublishedFlows()) {
          throw FlowErrors.notUpdatable(flow.status());
        }
        return flow.backToDraft();
    }
  }

  private GraphReply update(GraphCall call) {
    String id = call.pathId("flow-id");
    Optional<String> name = call.string("name");
    Optional<List<String>> categories = call.stringList("categories").map(FlowRules::categories);
    Optional<String> endpoint = FlowRules.endpointUri(call);
    Optional<String> appId = call.string("application_id");
    store.update(s -> {
      FlowRecord flow = editable(FlowRules.existing(s, id, "POST"));
      if (endpoint.isPresent() && FlowRules.jsonBefore30(flow)) {
        throw FlowErrors.flowError(139001, "Specify Endpoint Uri in Flow JSON", "The flow's JSON is older than "
            + "3.0: its endpoint is set in the Flow JSON (data_channel_uri), not with endpoint_uri.");
      }
      if (name.isPresent()) {
        FlowRules.uniqueName(s, flow.wabaId(), name.get(), id);
      }
      appId.ifPresent(a -> application(s, a, call.caller().businessId()));
      s.flows().put(id, flow.withMetadata(name.orElse(flow.name()), categories.orElse(flow.categories()),
          endpoint.orElse(flow.endpointUri()), appId.orElse(flow.applicationId()), store.clock().instant()));
    });
    return GraphReply.success();
  }

  private static App application(PlatformState s, String appId, String businessId) {
    App app = s.apps().get(appId);
    if (app == null || !app.businessId().equals(businessId)) {
      throw GraphCallException.invalidParameter("application_id " + appId + " is not an app of this business");
    }
    return app;
  }

  private GraphReply upload(GraphCall call) {
    String id = call.pathId("flow-id");
    Part file = call.part("file").orElseThrow(() -> GraphCallException.missingParameter("file"));
    String name = call.requiredString("name");
    if (!name.equals("flow.json")) {
      throw GraphCallException.invalidParameter("name must be flow.json, got " + name);
    }
    String assetType = call.requiredString("asset_type");
    if (!assetType.equals("FLOW_JSON")) {
      throw GraphCallException.invalidParameter("asset_type must be FLOW_JSON, got " + assetType);
    }
    if (file.bytes().length > FlowJsonAsset.MAX_BYTES) {
      throw GraphCallException.invalidParameter("The Flow JSON file is " + file.bytes().length
          + " bytes; the limit is 10 MB (" + FlowJsonAsset.MAX_BYTES + " bytes)");
    }
    FlowJsonAsset asset = FlowJsonAsset.of(new String(file.bytes(), StandardCharsets.UTF_8));
    store.update(s -> {
      FlowRecord flow = editable(FlowRules.existing(s, id, "POST"));
      s.flows().put(id, flow.withJson(asset.text(), asset.jsonVersion(), asset.dataApiVersion(),
          asset.validationErrors(), FlowJsonAsset.newToken(), store.clock().instant()));
    });
    ObjectNode answer = GraphCall.MAPPER.createObjectNode();
    answer.put("success", true);
    answer.set("validation_errors", asset.validationErrors().deepCopy());
    return GraphReply.ok(answer);
  }

  private GraphReply assets(GraphCall call) {
    FieldSelection fields = call.fields().requireKnown(ASSET_FIELDS, "WhatsAppFlowAsset");
    FlowRecord flow = FlowRules.existing(store.read(s -> s), call.pathId("flow-id"), "GET");
    List<ObjectNode> items = List.of();
    if (flow.json() != null && flow.assetToken() != null) {
      ObjectNode asset = GraphCall.MAPPER.createObjectNode();
      for (String f : fields.namesOr(ASSET_FIELDS)) {
        switch (f) {
          case "name" -> asset.put("name", "flow.json");
          case "asset_type" -> asset.put("asset_type", "FLOW_JSON");
          default -> asset.put("download_url", call.baseUrl() + AssetDownloads.PATH_PREFIX + flow.assetToken()
              + "/flow.json");
        }
      }
      items = List.of(asset);
    }
    return GraphReply.ok(Paging.page(call, items));
  }
}
