package dev.flowkit.mock.graph;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code interactive} object of a flow message (spec/platform.md section 4.1), checked for shape, required
 * parts and limits, with WhatsApp's defaults filled in. Knows nothing of the state: the flow itself is checked by
 * {@link FlowSendChecks}.
 *
 * @param flowId {@code flow_id}, or null when the flow is named
 * @param flowName {@code flow_name}, or null when the flow is given by id
 * @param cta {@code flow_cta}
 * @param flowToken {@code flow_token}; {@code unused} by default
 * @param mode {@code published} (default) or {@code draft}
 * @param flowAction {@code navigate} (default) or {@code data_exchange}
 * @param screen {@code flow_action_payload.screen}, or null for the first entry screen (or data_exchange)
 * @param data {@code flow_action_payload.data} as an object, empty when none was given
 * @param header the text header, or null
 * @param body the body text, or null
 * @param footer the footer text, or null
 */
record FlowSendRequest(@Nullable String flowId, @Nullable String flowName, String cta, String flowToken, String mode,
    String flowAction, @Nullable String screen, ObjectNode data, @Nullable String header, @Nullable String body,
    @Nullable String footer) {

  static final String FIRST_ENTRY_SCREEN = "FIRST_ENTRY_SCREEN";
  static final String DEFAULT_FLOW_TOKEN = "unused";
  /** The documented CTA limit; newer docs only advise 30, the mock keeps the documented hard limit (section 4.1). */
  static final int CTA_MAX = 20;

  /**
   * Checks {@code interactive} in document order: type, header, body, footer, action name, then the parameters
   * (version, flow reference, CTA, token, mode, action, payload). The first problem found is the error.
   *
   * @throws GraphCallException 131008 for a missing required part, 131009 for a wrong value or length, 131051 for
   *     an interactive type other than {@code flow}
   */
  static FlowSendRequest parse(ObjectNode interactive) {
    String type = MessageFields.requiredText(interactive, "type", "interactive.type", 0);
    if (!type.equals("flow")) {
      throw MessagingErrors.unsupportedType("interactive.type '" + type
          + "' is not supported by FlowKit's mock; it sends interactive messages of type flow");
    }
    String header = null;
    ObjectNode h = MessageFields.object(interactive, "header", "interactive.header").orElse(null);
    if (h != null) {
      // Media headers on flow messages are UNCERTAIN (section 4.1 shows text only): the mock takes text only.
      String headerType = MessageFields.requiredText(h, "type", "interactive.header.type", 0);
      if (!headerType.equals("text")) {
        throw MessagingErrors.notValid("interactive.header.type must be text for a flow message; got '"
            + headerType + "'");
      }
      header = MessageFields.requiredText(h, "text", "interactive.header.text", 60);
    }
    // Since January 2025 the body is optional (section 4.1); when given, its text is required.
    String body = MessageFields.object(interactive, "body", "interactive.body")
        .map(b -> MessageFields.requiredText(b, "text", "interactive.body.text", 1024)).orElse(null);
    String footer = MessageFields.object(interactive, "footer", "interactive.footer")
        .map(f -> MessageFields.requiredText(f, "text", "interactive.footer.text", 60)).orElse(null);
    ObjectNode action = MessageFields.requiredObject(interactive, "action", "interactive.action");
    String name = MessageFields.requiredText(action, "name", "interactive.action.name", 0);
    if (!name.equals("flow")) {
      throw MessagingErrors.notValid("interactive.action.name must be flow; got '" + name + "'");
    }
    String p = "interactive.action.parameters";
    ObjectNode params = MessageFields.requiredObject(action, "parameters", p);
    JsonNode version = params.get("flow_message_version");
    if (version == null || version.isNull()) {
      throw MessagingErrors.missing(p + ".flow_message_version");
    }
    // On-premises 2065 "Invalid Flow Message Version"; the Cloud code is UNCERTAIN, section 4.4 recommends 131009.
    if (!(version.isString() || version.isNumber()) || !version.asString().equals("3")) {
      throw MessagingErrors.notValid(p + ".flow_message_version must be \"3\", the only supported version; got "
          + version);
    }
    String flowId = MessageFields.text(params, "flow_id", p + ".flow_id", 0).orElse(null);
    String flowName = MessageFields.text(params, "flow_name", p + ".flow_name", 0).orElse(null);
    if (flowId != null && flowName != null) {
      throw MessagingErrors.notValid(p + " must name the flow by flow_id or by flow_name, not both");
    }
    if (flowId == null && flowName == null) {
      throw MessagingErrors.missing(p + ".flow_id or " + p + ".flow_name");
    }
    String cta = MessageFields.requiredText(params, "flow_cta", p + ".flow_cta", CTA_MAX);
    if (MessageFields.hasEmoji(cta)) {
      throw MessagingErrors.notValid(p + ".flow_cta must not contain emoji");
    }
    String token = MessageFields.text(params, "flow_token", p + ".flow_token", 0).filter(t -> !t.isEmpty())
        .orElse(DEFAULT_FLOW_TOKEN);
    String mode = MessageFields.oneOf(params, "mode", p + ".mode", "published", "published", "draft");
    String flowAction = MessageFields.oneOf(params, "flow_action", p + ".flow_action", "navigate", "navigate",
        "data_exchange");
    ObjectNode payload = MessageFields.object(params, "flow_action_payload", p + ".flow_action_payload")
        .orElse(null);
    String screen = null;
    ObjectNode data = GraphCall.MAPPER.createObjectNode();
    if (payload != null) {
      if (flowAction.equals("data_exchange")) {
        throw MessagingErrors.notValid(p + ".flow_action_payload must be omitted when flow_action is"
            + " data_exchange: the endpoint sends the first screen");
      }
      screen = MessageFields.text(payload, "screen", p + ".flow_action_payload.screen", 0)
          .filter(s -> !s.isEmpty() && !s.equals(FIRST_ENTRY_SCREEN)).orElse(null);
      data = data(payload, p + ".flow_action_payload.data");
    }
    return new FlowSendRequest(flowId, flowName, cta, token, mode, flowAction, screen, data, header, body, footer);
  }

  /** {@code data} as an object or as JSON text of one (a Meta sample sends a string); non-empty when given. */
  private static ObjectNode data(ObjectNode payload, String path) {
    JsonNode v = payload.get("data");
    if (v == null || v.isNull()) {
      return GraphCall.MAPPER.createObjectNode();
    }
    JsonNode object = v.isString() ? MessageFields.parse(v.asString()) : v;
    if (object == null || !object.isObject()) {
      throw MessagingErrors.notValid(path + " must be a JSON object (or a string holding one)");
    }
    if (object.isEmpty()) {
      throw MessagingErrors.notValid(path + " must not be empty; omit it when the screen needs no data");
    }
    return (ObjectNode) object;
  }
}
