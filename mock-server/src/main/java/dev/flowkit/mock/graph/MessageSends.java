package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.MessageRecord;
import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.SentFlow;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.webhook.MessageStatusWebhooks;
import java.time.Duration;
import java.time.Instant;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code POST /{pnid}/messages} (spec/platform.md section 4): interactive flow messages, text messages and template
 * messages. Checks run in a fixed order, the first failure being the answer:
 *
 * <ol>
 *   <li>the envelope: {@code messaging_product} (100 when missing or not {@code whatsapp}), {@code to} (100 when
 *       missing, 131009 unless digits with an optional leading {@code +}), {@code recipient_type},
 *       {@code biz_opaque_callback_data} (at most 512), {@code context.message_id}, then {@code type} (131051 for
 *       types the mock does not send);</li>
 *   <li>the recipient is not the sending number: 131021;</li>
 *   <li>the message object's shape, required parts (131008) and limits (131009), see {@link FlowSendRequest};</li>
 *   <li>against the state: the template ({@link TemplateSends}) and the flow ({@link FlowSendChecks});</li>
 *   <li>with {@link GraphBehaviour#customerServiceWindow()} on, the 24-hour window for text and interactive
 *       messages: 131047.</li>
 * </ol>
 *
 * <p>Top-level Graph parameters that are missing answer 100 "The parameter … is required" as Graph does; missing
 * parts inside the message object answer 131008 (section 4.4 allows either). An accepted message is stored per
 * recipient (with what its flow button opens, resolved at send time) and its {@code sent} and {@code delivered}
 * status webhooks go out at once: the mock's users are always online.
 */
final class MessageSends implements RouteGroup {

  private static final Pattern TO = Pattern.compile("\\+?[0-9]{5,15}");
  private static final Duration WINDOW = Duration.ofHours(24);
  private static final ApiVersion MESSAGE_STATUS_SINCE = new ApiVersion(24, 0);

  private final StateStore store;
  private final GraphBehaviour behaviour;
  private final MessageStatusWebhooks statuses;

  MessageSends(StateStore store, GraphBehaviour behaviour, MessageStatusWebhooks statuses) {
    this.store = store;
    this.behaviour = behaviour;
    this.statuses = statuses;
  }

  @Override
  public void register(RouteTable table) {
    table.post("/{pnid}/messages", this::send);
  }

  private GraphReply send(GraphCall call) {
    call.requirePermission("whatsapp_business_messaging");
    String product = call.requiredString("messaging_product");
    if (!product.equals("whatsapp")) {
      throw MessagingErrors.invalidParameter("messaging_product must be whatsapp; got '" + product + "'");
    }
    String to = call.requiredString("to");
    if (!TO.matcher(to.trim()).matches()) {
      throw MessagingErrors.notValid("to must be a phone number: 5 to 15 digits, optionally after a '+'");
    }
    String waId = to.trim().startsWith("+") ? to.trim().substring(1) : to.trim();
    String recipientType = call.string("recipient_type").orElse("individual");
    if (!recipientType.equals("individual")) {
      throw MessagingErrors.notValid("recipient_type must be individual; got '" + recipientType + "'");
    }
    String callbackData = call.string("biz_opaque_callback_data").orElse(null);
    if (callbackData != null && MessageFields.length(callbackData) > 512) {
      throw MessagingErrors.notValid("biz_opaque_callback_data must be at most 512 characters");
    }
    if (call.has("context")) {
      MessageFields.requiredText(objectOrText(call.raw("context").orElseThrow()), "message_id", "context.message_id", 0);
    }
    String type = call.string("type").orElse("text");
    ObjectNode body = bodyOf(call);
    String pnid = call.pathId("pnid");
    PhoneNumber phone = store.read(s -> s.phoneNumbers().get(pnid));
    if (waId.equals(phone.displayDigits())) {
      throw MessagingErrors.recipientIsSender();
    }
    Instant now = store.clock().instant();
    MessageRecord record;
    switch (type) {
      case "text" -> {
        ObjectNode text = MessageFields.requiredObject(body, "text", "text");
        MessageFields.requiredText(text, "body", "text.body", 4096);
        if (text.has("preview_url") && !text.get("preview_url").isBoolean()) {
          throw MessagingErrors.notValid("text.preview_url must be a boolean");
        }
        record = store.write(s -> store(s, now, phone, waId, type, body, null, callbackData, true));
      }
      case "interactive" -> {
        FlowSendRequest request = FlowSendRequest.parse(
            MessageFields.requiredObject(body, "interactive", "interactive"));
        record = store.write(s -> {
          SentFlow flow = FlowSendChecks.check(s, phone, request.flowId(), request.flowName(),
              request.flowId() != null ? "flow_id" : "flow_name", request, behaviour.editPublishedFlows(), now);
          return store(s, now, phone, waId, type, body, flow, callbackData, true);
        });
      }
      case "template" -> {
        TemplateSends.Request request = TemplateSends.parse(
            MessageFields.requiredObject(body, "template", "template"));
        record = store.write(s -> store(s, now, phone, waId, type, body,
            TemplateSends.check(s, phone, request, behaviour.editPublishedFlows(), now), callbackData, false));
      }
      default -> throw MessagingErrors.unsupportedType("type '" + type
          + "' is not supported by FlowKit's mock; it sends text, interactive (flow) and template messages");
    }
    statuses.sentAndDelivered(record.wamid());
    // message_status appeared around v24 and mostly on template sends (section 4.2): the mock writes it there only.
    boolean status = type.equals("template") && call.version().atLeast(MESSAGE_STATUS_SINCE);
    return GraphReply.ok(reply(to, waId, record.wamid(), status));
  }

  /** Checks the window, then stores the message as delivered (its status webhooks follow at once). */
  private MessageRecord store(PlatformState s, Instant now, PhoneNumber phone, String waId, String type,
      ObjectNode body, @Nullable SentFlow flow, @Nullable String callbackData, boolean freeForm) {
    if (freeForm && behaviour.customerServiceWindow() && !windowOpen(s, phone.id(), waId, now)) {
      throw MessagingErrors.reEngagement();
    }
    MessageRecord record = new MessageRecord(store.ids().wamid(), phone.id(), waId, type, body, "delivered", now,
        flow, callbackData);
    s.messages().put(record.wamid(), record);
    return record;
  }

  /**
   * Whether the user wrote to the number in the last 24 hours: a message stored from the user's WhatsApp id to the
   * PNID (what the simulated phone records when its user writes or completes a flow).
   */
  private static boolean windowOpen(PlatformState s, String pnid, String waId, Instant now) {
    Instant since = now.minus(WINDOW);
    return s.messages().values().stream().anyMatch(m -> m.fromPhoneNumberId().equals(waId) && m.to().equals(pnid)
        && m.time().isAfter(since));
  }

  /** The body as sent, rebuilt from the parameters (a JSON body's are its top-level properties). */
  private static ObjectNode bodyOf(GraphCall call) {
    ObjectNode body = GraphCall.MAPPER.createObjectNode();
    for (String name : new String[] {"messaging_product", "recipient_type", "to", "type", "context",
        "biz_opaque_callback_data", "text", "interactive", "template"}) {
      call.raw(name).ifPresent(v -> body.set(name, objectOrText(v)));
    }
    return body;
  }

  /** Form-encoded bodies carry objects as JSON text; they are stored as objects either way. */
  private static JsonNode objectOrText(JsonNode v) {
    if (v.isString() && v.asString().trim().startsWith("{")) {
      JsonNode parsed = MessageFields.parse(v.asString());
      return parsed == null ? v : parsed;
    }
    return v;
  }

  private static ObjectNode reply(String to, String waId, String wamid, boolean withStatus) {
    ObjectNode reply = GraphCall.MAPPER.createObjectNode();
    reply.put("messaging_product", "whatsapp");
    ObjectNode contact = reply.putArray("contacts").addObject();
    contact.put("input", to);
    contact.put("wa_id", waId);
    ObjectNode message = reply.putArray("messages").addObject().put("id", wamid);
    if (withStatus) {
      message.put("message_status", "accepted");
    }
    return reply;
  }
}
