package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.SentFlow;
import dev.flowkit.mock.state.TemplateRecord;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Template messages ({@code type: template}, spec/platform.md section 4.3): the template must exist in the number's
 * WABA in the language asked for and be APPROVED (132001; PAUSED 132015, DISABLED 132016), the body's parameters
 * must match its placeholders (132000), and a {@code button}/{@code flow} component must point at a FLOW button.
 * A template with a FLOW button opens its flow like an interactive flow message in mode published, with the
 * same checks ({@link FlowSendChecks}); a button made from {@code flow_json} opens that JSON.
 */
final class TemplateSends {

  private static final Pattern PLACEHOLDER = Pattern.compile("\\{\\{\\s*(\\d+)\\s*}}");

  private TemplateSends() {}

  /**
   * The {@code template} object, checked for shape.
   *
   * @param name the template name
   * @param language {@code language.code}
   * @param bodyParameters how many parameters the {@code body} component gives
   * @param buttonIndex the {@code index} of the {@code button}/{@code flow} component, or -1 when none
   * @param flowToken the button's {@code flow_token}; {@code unused} by default
   * @param flowActionData the button's {@code flow_action_data}, empty when none
   */
  record Request(String name, String language, int bodyParameters, int buttonIndex, String flowToken,
      ObjectNode flowActionData) {}

  /**
   * Checks the shape of {@code template}.
   *
   * @throws GraphCallException 131008 for missing parts, 131009 for wrong ones
   */
  static Request parse(ObjectNode template) {
    String name = MessageFields.requiredText(template, "name", "template.name", 512);
    ObjectNode language = MessageFields.requiredObject(template, "language", "template.language");
    String code = MessageFields.requiredText(language, "code", "template.language.code", 0);
    int bodyParameters = 0;
    int buttonIndex = -1;
    String token = FlowSendRequest.DEFAULT_FLOW_TOKEN;
    ObjectNode data = GraphCall.MAPPER.createObjectNode();
    JsonNode components = template.get("components");
    if (components != null && !components.isNull()) {
      if (!components.isArray()) {
        throw MessagingErrors.notValid("template.components must be an array");
      }
      for (int i = 0; i < components.size(); i++) {
        String path = "template.components[" + i + "]";
        JsonNode c = components.get(i);
        if (!c.isObject()) {
          throw MessagingErrors.notValid(path + " must be a JSON object");
        }
        String type = MessageFields.requiredText(c, "type", path + ".type", 0).toLowerCase(java.util.Locale.ROOT);
        JsonNode parameters = c.path("parameters");
        if (type.equals("body")) {
          bodyParameters = parameters.isArray() ? parameters.size() : 0;
        } else if (type.equals("button") && "flow".equals(c.path("sub_type").asString(""))) {
          buttonIndex = index(c.get("index"), path + ".index");
          JsonNode action = parameters.path(0).path("action");
          if (action.isObject()) {
            token = MessageFields.text(action, "flow_token", path + ".parameters[0].action.flow_token", 0)
                .filter(t -> !t.isEmpty()).orElse(token);
            data = MessageFields.object(action, "flow_action_data", path + ".parameters[0].action.flow_action_data")
                .orElse(data);
          }
        }
      }
    }
    return new Request(name, code, bodyParameters, buttonIndex, token, data);
  }

  /**
   * Checks the template against the state and resolves what its flow button opens.
   *
   * @return what the message's flow button opens, or null for a template without one
   */
  static @Nullable SentFlow check(PlatformState state, PhoneNumber phone, Request request, boolean newerEditModel,
      Instant now) {
    List<TemplateRecord> named = state.templatesOf(phone.wabaId()).stream()
        .filter(t -> t.name().equals(request.name())).toList();
    TemplateRecord template = named.stream().filter(t -> t.language().equals(request.language())).findFirst()
        .orElseThrow(() -> MessagingErrors.templateMissing("template name (" + request.name()
            + ") does not exist in " + request.language()));
    String where = "template name (" + request.name() + ") in " + request.language();
    switch (template.status()) {
      case "APPROVED" -> { }
      case "PAUSED" -> throw MessagingErrors.templatePaused(where + " is paused");
      case "DISABLED" -> throw MessagingErrors.templateDisabled(where + " is disabled");
      default -> throw MessagingErrors.templateMissing(where + " is " + template.status() + ", not APPROVED");
    }
    int expected = placeholders(text(template, "BODY"));
    if (expected != request.bodyParameters()) {
      throw GraphCallException.builder(132000, "(#132000) Number of parameters does not match the expected number"
          + " of params").details("body: number of localizable_params (" + request.bodyParameters()
          + ") does not match the expected number of params (" + expected + ")").build();
    }
    List<JsonNode> buttons = buttons(template);
    int flowButton = -1;
    for (int i = 0; i < buttons.size(); i++) {
      if ("FLOW".equals(buttons.get(i).path("type").asString(""))) {
        flowButton = flowButton < 0 ? i : flowButton;
      }
    }
    if (request.buttonIndex() >= 0) {
      if (request.buttonIndex() >= buttons.size()
          || !"FLOW".equals(buttons.get(request.buttonIndex()).path("type").asString(""))) {
        throw MessagingErrors.notValid("template button index " + request.buttonIndex() + " is not a FLOW button of "
            + where);
      }
      flowButton = request.buttonIndex();
    }
    if (flowButton < 0) {
      return null;
    }
    JsonNode button = buttons.get(flowButton);
    String action = button.path("flow_action").asString("navigate");
    String screen = action.equals("navigate") ? button.path("navigate_screen").asString(null) : null;
    FlowSendRequest opened = new FlowSendRequest(button.path("flow_id").asString(null), null,
        button.path("text").asString(""), request.flowToken(), "published", action, screen,
        request.flowActionData(), text(template, "HEADER"), text(template, "BODY"), text(template, "FOOTER"));
    if (button.has("flow_json")) {
      return FlowSendChecks.opened(null, null, button.get("flow_json").asString(), null, opened,
          "the template's navigate_screen");
    }
    return FlowSendChecks.check(state, phone, opened.flowId(), null, "the template's flow_id", opened,
        newerEditModel, now);
  }

  /** The buttons of the template's BUTTONS component, in order. */
  static List<JsonNode> buttons(TemplateRecord template) {
    List<JsonNode> out = new ArrayList<>();
    for (JsonNode c : template.components()) {
      if ("BUTTONS".equals(c.path("type").asString("")) && c.path("buttons").isArray()) {
        c.get("buttons").forEach(out::add);
      }
    }
    return out;
  }

  private static @Nullable String text(TemplateRecord template, String componentType) {
    for (JsonNode c : template.components()) {
      if (componentType.equals(c.path("type").asString("")) && c.path("text").isString()) {
        return c.get("text").asString();
      }
    }
    return null;
  }

  private static int placeholders(@Nullable String text) {
    if (text == null) {
      return 0;
    }
    Matcher m = PLACEHOLDER.matcher(text);
    int max = 0;
    while (m.find()) {
      max = Math.max(max, Integer.parseInt(m.group(1)));
    }
    return max;
  }

  private static int index(@Nullable JsonNode v, String path) {
    if (v == null || v.isNull()) {
      throw MessagingErrors.missing(path);
    }
    try {
      int i = v.isNumber() ? v.intValue() : Integer.parseInt(v.asString().trim());
      if (i >= 0) {
        return i;
      }
    } catch (NumberFormatException e) {
      // falls through to the error
    }
    throw MessagingErrors.notValid(path + " must be a button position (0 or more)");
  }
}
