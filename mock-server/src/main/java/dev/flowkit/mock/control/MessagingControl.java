package dev.flowkit.mock.control;

import dev.flowkit.mock.graph.GraphCall;
import dev.flowkit.mock.graph.GraphCallException;
import dev.flowkit.mock.graph.GraphReply;
import dev.flowkit.mock.graph.RouteGroup;
import dev.flowkit.mock.graph.RouteTable;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.TemplateRecord;
import dev.flowkit.mock.webhook.MessageStatusWebhooks;
import java.util.Set;
import tools.jackson.databind.node.ObjectNode;

/**
 * Control routes for messaging: {@code POST /_flowkit/templates/{template}/status} with {@code status} (APPROVED,
 * REJECTED, PAUSED, DISABLED, PENDING) to play Meta's template review, the template named by id; and
 * {@code POST /_flowkit/messages/read} with {@code id} (a wamid, which may hold {@code /}) to mark a sent message read (its {@code read} status webhook goes
 * out once), what the simulated phone does when its user opens a message.
 */
public final class MessagingControl implements RouteGroup {

  private static final Set<String> STATUSES = Set.of("APPROVED", "REJECTED", "PAUSED", "DISABLED", "PENDING");

  private final StateStore store;
  private final MessageStatusWebhooks statuses;

  /** Controls {@code store}'s templates and messages; read statuses go out through {@code statuses}. */
  public MessagingControl(StateStore store, MessageStatusWebhooks statuses) {
    this.store = store;
    this.statuses = statuses;
  }

  @Override
  public void register(RouteTable table) {
    table.post("/_flowkit/templates/{template}/status", this::templateStatus);
    table.post("/_flowkit/messages/read", this::read);
  }

  private GraphReply templateStatus(GraphCall call) {
    String id = call.pathId("template");
    String status = call.requiredString("status");
    if (!STATUSES.contains(status)) {
      throw GraphCallException.invalidParameter("status must be one of " + String.join(", ", STATUSES.stream()
          .sorted().toList()));
    }
    TemplateRecord updated = store.write(s -> {
      TemplateRecord t = s.templates().get(id);
      if (t == null) {
        throw GraphCallException.invalidParameter("No template has id " + id);
      }
      TemplateRecord next = new TemplateRecord(t.id(), t.wabaId(), t.name(), t.language(), t.category(), status,
          t.components());
      s.templates().put(id, next);
      return next;
    });
    ObjectNode body = ControlApi.MAPPER.createObjectNode();
    body.put("id", updated.id());
    body.put("status", updated.status());
    return GraphReply.ok(body);
  }

  private GraphReply read(GraphCall call) {
    try {
      boolean changed = statuses.read(call.requiredString("id"));
      ObjectNode body = ControlApi.MAPPER.createObjectNode();
      body.put("success", true);
      body.put("changed", changed);
      return GraphReply.ok(body);
    } catch (IllegalArgumentException e) {
      throw GraphCallException.invalidParameter(e.getMessage());
    }
  }
}
