package dev.flowkit.mock.control;

import dev.flowkit.mock.graph.GraphCall;
import dev.flowkit.mock.graph.GraphCallException;
import dev.flowkit.mock.graph.GraphReply;
import dev.flowkit.mock.graph.RouteGroup;
import dev.flowkit.mock.graph.RouteTable;
import dev.flowkit.mock.phone.FlowMessageInbox;
import dev.flowkit.mock.phone.FlowMessageUnavailableException;
import dev.flowkit.mock.phone.FlowReplies;
import dev.flowkit.mock.phone.ReceivedFlowMessage;
import dev.flowkit.mock.state.SentFlow;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Users' flow messages on the control API, for phones outside the JVM ({@code SimulatedPhone.remote}, {@code flowkit
 * simulate --platform}). A wamid may hold {@code /} and {@code +}, so it travels as the {@code id} parameter, never
 * in the path.
 * <ul>
 *   <li>{@code GET /_flowkit/users/{wa_id}/flow_messages}: what a user received, oldest first, each with
 *       {@code button_disabled} (a remote phone's 427);</li>
 *   <li>{@code POST /_flowkit/messages/open} with {@code id}, optional {@code wa_id} (the user whose phone opens
 *       it: another user's message is an unknown one to them) and {@code include_app_secret}: opens it as the
 *       user's tap does (a disabled button, then WhatsApp's opening rules; the {@code read} status webhook) and
 *       answers the message, its flow JSON, token, mode, payload, endpoint URI and the number's business public
 *       key; the app secret that signs endpoint requests ({@code app_secret}) only when
 *       {@code include_app_secret=true};</li>
 *   <li>{@code GET /_flowkit/messages/business_public_key} with {@code id}: the business public key the message's
 *       number holds now ({@code null} when none), what a phone refetches after a 421; opening rules do not
 *       apply;</li>
 *   <li>{@code POST /_flowkit/messages/reply} with {@code id} and {@code response_json} (an object with a
 *       {@code flow_token} string): the platform sends the business the signed {@code nfm_reply} webhook the phone
 *       in the JVM sends, and answers the reply's {@code id};</li>
 *   <li>{@code POST /_flowkit/messages/disable_button} with {@code id}: the endpoint answered 427, so the message's
 *       button is disabled for every remote phone from now on: {@code open} refuses it with
 *       {@code BUTTON_DISABLED}. The platform keeps these while it runs (a reset leaves them, but a reset also
 *       removes the messages); phones inside the JVM keep their own.</li>
 * </ul>
 * An unknown message, one without a flow button, or one that does not open answers code 100 with the reason
 * ({@code UNKNOWN_MESSAGE}, {@code NOT_A_FLOW_MESSAGE}, {@code FLOW_BLOCKED}, ...) as {@code error_user_title} and
 * the explanation as {@code error_user_msg}; other bad input answers code 100 as every route does.
 *
 * <p>Security: the app secret is handed out on request because the control API is a local test tool, like
 * {@code GET /_flowkit/state?secrets=true}; it is never in the other answers.
 */
public final class PhoneControl implements RouteGroup {

  private final FlowMessageInbox inbox;
  private final FlowReplies replies;
  private final Set<String> disabledButtons = ConcurrentHashMap.newKeySet();

  /** The control routes of {@code inbox}; replies go out through {@code replies}. */
  public PhoneControl(FlowMessageInbox inbox, FlowReplies replies) {
    this.inbox = inbox;
    this.replies = replies;
  }

  @Override
  public void register(RouteTable table) {
    table.get("/_flowkit/users/{wa_id}/flow_messages", this::list);
    table.post("/_flowkit/messages/open", this::open);
    table.get("/_flowkit/messages/business_public_key", this::businessPublicKey);
    table.post("/_flowkit/messages/reply", this::reply);
    table.post("/_flowkit/messages/disable_button", this::disableButton);
  }

  private GraphReply list(GraphCall call) {
    ObjectNode body = ControlApi.MAPPER.createObjectNode();
    ArrayNode data = body.putArray("data");
    inbox.flowMessagesTo(call.pathId("wa_id")).forEach(m -> data.add(json(m)
        .put("button_disabled", disabledButtons.contains(m.wamid()))));
    return GraphReply.ok(body);
  }

  private GraphReply open(GraphCall call) {
    String id = call.requiredString("id");
    boolean secret = call.bool("include_app_secret").orElse(false);
    ReceivedFlowMessage message = available(() -> inbox.openOnPhone(call.string("wa_id"), id,
        disabledButtons::contains));
    ObjectNode body = json(message);
    if (secret) {
      body.put("app_secret", inbox.appSecret(message.wamid()).orElse(null));
    }
    return GraphReply.ok(body);
  }

  private GraphReply businessPublicKey(GraphCall call) {
    ReceivedFlowMessage message = available(() -> inbox.message(call.requiredString("id")));
    ObjectNode body = ControlApi.MAPPER.createObjectNode();
    body.put("id", message.wamid());
    body.put("phone_number_id", message.phoneNumberId());
    body.put("business_public_key", message.businessPublicKey().orElse(null));
    return GraphReply.ok(body);
  }

  private GraphReply reply(GraphCall call) {
    String id = call.requiredString("id");
    ObjectNode response = call.object("response_json")
        .orElseThrow(() -> GraphCallException.missingParameter("response_json"));
    if (!response.path("flow_token").isString()) {
      throw GraphCallException.invalidParameter("response_json needs flow_token as a string: every flow reply "
          + "carries the message's token");
    }
    ReceivedFlowMessage message = available(() -> inbox.message(id));
    ObjectNode body = ControlApi.MAPPER.createObjectNode();
    body.put("id", replies.send(message, response));
    return GraphReply.ok(body);
  }

  private GraphReply disableButton(GraphCall call) {
    ReceivedFlowMessage message = available(() -> inbox.message(call.requiredString("id")));
    disabledButtons.add(message.wamid());
    return GraphReply.success();
  }

  /** The message, or the Graph error naming why it is not available. */
  private static ReceivedFlowMessage available(Supplier<ReceivedFlowMessage> message) {
    try {
      return message.get();
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
