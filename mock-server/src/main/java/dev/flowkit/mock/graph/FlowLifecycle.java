package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.StateStore;

/**
 * Publish, deprecate and delete (spec/platform.md sections 2.9, 2.10) along the state machine of section 2.13:
 * publish only from DRAFT; deprecate from PUBLISHED, THROTTLED or BLOCKED (the last two UNCERTAIN, allowed as
 * recommended), 139003 otherwise; delete only a DRAFT never published (a published flow edited back to DRAFT is
 * refused with 139004, as section 2.10 recommends). Publish and deprecate send their status change webhook.
 */
final class FlowLifecycle implements RouteGroup {

  private final StateStore store;
  private final Publisher publisher;
  private final FlowStatusWebhooks webhooks;

  FlowLifecycle(StateStore store, Publisher publisher, FlowStatusWebhooks webhooks) {
    this.store = store;
    this.publisher = publisher;
    this.webhooks = webhooks;
  }

  @Override
  public void register(RouteTable table) {
    table.post("/{flow-id}/publish", this::publish);
    table.post("/{flow-id}/deprecate", this::deprecate);
    table.delete("/{flow-id}", this::delete);
  }

  private GraphReply publish(GraphCall call) {
    FlowRecord published = publisher.publish(call.pathId("flow-id"));
    webhooks.changed(published, "DRAFT");
    return GraphReply.success();
  }

  private GraphReply deprecate(GraphCall call) {
    String id = call.pathId("flow-id");
    FlowRecord before = store.write(s -> {
      FlowRecord flow = FlowRules.existing(s, id, "POST");
      switch (flow.status()) {
        case "DRAFT" -> throw FlowErrors.flowError(139003, "Can't deprecate unpublished flow",
            "Only published flows can be deprecated; delete a draft instead.");
        case "DEPRECATED" -> throw FlowErrors.flowError(139003, "Flow is already deprecated",
            "The flow was deprecated before.");
        default -> s.flows().put(id, flow.withStatus("DEPRECATED"));
      }
      return flow;
    });
    webhooks.changed(before.withStatus("DEPRECATED"), before.status());
    return GraphReply.success();
  }

  private GraphReply delete(GraphCall call) {
    String id = call.pathId("flow-id");
    store.update(s -> {
      FlowRecord flow = FlowRules.existing(s, id, "DELETE");
      if (!flow.status().equals("DRAFT") || flow.everPublished()) {
        throw FlowErrors.flowError(139004, "Can't delete published Flow", "The flow is " + flow.status()
            + (flow.everPublished() ? " and was published before" : "") + "; only never-published drafts can be "
            + "deleted. Deprecate it instead.");
      }
      s.flows().remove(id);
    });
    return GraphReply.success();
  }
}
