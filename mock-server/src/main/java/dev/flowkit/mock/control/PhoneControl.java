package dev.flowkit.mock.control;

import dev.flowkit.mock.graph.GraphCall;
import dev.flowkit.mock.graph.GraphCallException;
import dev.flowkit.mock.graph.GraphReply;
import dev.flowkit.mock.graph.RouteGroup;
import dev.flowkit.mock.graph.RouteTable;
import dev.flowkit.mock.phone.FlowMessageInbox;
import dev.flowkit.mock.phone.FlowMessageUnavailableException;
import dev.flowkit.mock.phone.ReceivedFlowMessage;
import dev.flowkit.mock.state.SentFlow;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Users' flow messages on the control API, for phones outside the JVM: {@code GET
 * /_flowkit/users/{wa_id}/flow_messages} lists what a user received, {@code POST /_flowkit/messages/{wamid}/open}
 * opens one (WhatsApp's opening rules, the {@code read} status webhook). The app secret that signs endpoint
 * requests is not in these answers (it is in {@code GET /_flowkit/state?secrets=true}). A message that does not open
 * answers code 100 with the reason ({@code FLOW_BLOCKED}, ...) as {@code error_user_title} and the explanation as
 * {@code error_user_msg}.
 */
public final class PhoneControl implements RouteGroup {

  private final FlowMessageInbox inbox;

  /** The control routes of {@code inbox}. */
  public PhoneControl(FlowMessageInbox inbox) {
    this.inbox = inbox;
  }

  @Override
  public void register(RouteTable table) {
    table.get("/_flowkit/users/{wa_id}/flow_messages", this::list);
    table.post("/_flowkit/messages/open", this::open);
  }

  private GraphReply list(GraphCall call) {
    ObjectNode body = ControlApi.MAPPER.createObjectNode();
    ArrayNode data = body.putArray("data");
    inbox.flowMessagesTo(call.pathId("wa_id")).forEach(m -> data.add(json(m)));
    return GraphReply.ok(body);
  }

  private GraphReply open(GraphCall call) {
    try {
      return GraphReply.ok(json(inbox.open(call.requiredString("id"))));
    } catch (FlowMessageUnavailableException e) {
      throw GraphCallException.builder(100, "Invalid parameter").userTitle(e.reason().name())
          .userMessage(e.getMessage()).build();
    }
  }

  private static ObjectNode json(ReceivedFlowMessage m) {
    ObjectNode node = ControlApi.MAPPER.createObjectNode();
    node.put("id", m.wamid());
    node.put("to", m.userWaId());
    node.put("phone_number_id", m.phoneNumberId());
    node.put("display_phone_number", m.displayPhoneNumber());
    node.put("waba_id", m.wabaId());
    node.put("sent_at", m.sentAt().toString());
    SentFlow f = m.flow();
    ObjectNode flow = node.putObject("flow");
    flow.put("flow_id", f.flowId());
    flow.put("flow_name", f.flowName());
    flow.put("mode", f.mode());
    flow.put("flow_token", f.flowToken());
    flow.put("flow_action", f.flowAction());
    flow.put("screen", f.screen());
    flow.set("data", f.data());
    flow.put("flow_cta", f.cta());
    flow.put("header", f.header());
    flow.put("body", f.body());
    flow.put("footer", f.footer());
    flow.put("json_version", f.flowJsonVersion());
    flow.put("data_api_version", f.dataApiVersion());
    flow.put("endpoint_uri", f.endpointUri());
    flow.put("flow_json", f.flowJson());
    node.put("business_public_key", m.businessPublicKey().orElse(null));
    return node;
  }
}
