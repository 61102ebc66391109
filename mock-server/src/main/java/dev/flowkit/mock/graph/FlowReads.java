package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.StateStore;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reading flows (spec/platform.md sections 2.5, 2.6): {@code GET /{flow-id}} and {@code GET /{waba-id}/flows}
 * (cursor paging), both with {@code fields} ({@link FlowViews}). Asking for {@code preview} makes the flow's
 * preview link when it has none or it expired (valid 30 days); {@code preview.invalidate(true)} replaces it, so
 * the old link dies; {@code invalidate(false)} (or no modifier) returns the same link while it is valid.
 */
final class FlowReads implements RouteGroup {

  /** How long a preview link lives (section 2.5). */
  static final Duration PREVIEW_LIFETIME = Duration.ofDays(30);

  private final StateStore store;

  FlowReads(StateStore store) {
    this.store = store;
  }

  @Override
  public void register(RouteTable table) {
    table.get("/{flow-id}", this::flow);
    table.get("/{waba-id}/flows", this::flows);
  }

  private GraphReply flow(GraphCall call) {
    FieldSelection fields = FlowViews.fields(call);
    String id = call.pathId("flow-id");
    preparePreviews(fields, List.of(id));
    PlatformState state = store.read(s -> s);
    return GraphReply.ok(FlowViews.render(call, state, FlowRules.existing(state, id, "GET"), fields,
        store.clock().instant()));
  }

  private GraphReply flows(GraphCall call) {
    FieldSelection fields = FlowViews.fields(call);
    String wabaId = call.pathId("waba-id");
    preparePreviews(fields, store.read(s -> s.flowsOf(wabaId).stream().map(FlowRecord::id).toList()));
    PlatformState state = store.read(s -> s);
    Instant now = store.clock().instant();
    List<ObjectNode> items = state.flowsOf(wabaId).stream()
        .map(f -> FlowViews.render(call, state, f, fields, now)).toList();
    return GraphReply.ok(Paging.page(call, items));
  }

  private void preparePreviews(FieldSelection fields, List<String> flowIds) {
    FieldSelection.Field preview = fields.field("preview").orElse(null);
    if (preview == null) {
      return;
    }
    boolean invalidate = preview.modifier("invalidate").map(FlowReads::bool).orElse(false);
    store.update(s -> {
      Instant now = store.clock().instant();
      for (String id : flowIds) {
        FlowRecord flow = s.flows().get(id);
        if (flow == null) {
          continue;
        }
        boolean valid = flow.previewUrl() != null && flow.previewExpiresAt() != null
            && flow.previewExpiresAt().isAfter(now);
        if (invalidate || !valid) {
          s.flows().put(id, flow.withPreview("https://business.facebook.com/wa/manage/flows/" + id
              + "/preview/?token=" + UUID.randomUUID(), now.plus(PREVIEW_LIFETIME)));
        }
      }
    });
  }

  private static boolean bool(String text) {
    switch (text) {
      case "true":
        return true;
      case "false":
        return false;
      default:
        throw GraphCallException.invalidParameter("preview.invalidate takes true or false, got " + text);
    }
  }
}
