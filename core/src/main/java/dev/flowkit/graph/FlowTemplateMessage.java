package dev.flowkit.graph;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A template message whose button opens a flow ({@code POST /{PNID}/messages} with {@code type=template},
 * spec/platform.md section 4.3). Works outside the 24-hour window. Immutable.
 */
public final class FlowTemplateMessage {

  private final ObjectNode json;

  private FlowTemplateMessage(ObjectNode json) {
    this.json = json;
  }

  /** Starts a message to {@code to} with the approved template {@code name} in {@code languageCode}. */
  public static Builder builder(String to, String templateName, String languageCode) {
    return new Builder(to, templateName, languageCode);
  }

  ObjectNode toJson() {
    return json.deepCopy();
  }

  /** Builds a {@link FlowTemplateMessage}. */
  public static final class Builder {
    private final String to;
    private final String templateName;
    private final String languageCode;
    private int buttonIndex;
    private String flowToken;
    private JsonNode flowActionData;

    private Builder(String to, String templateName, String languageCode) {
      if (to.isBlank() || templateName.isBlank() || languageCode.isBlank()) {
        throw new IllegalArgumentException("a template message needs a recipient, a template name and a language");
      }
      this.to = to;
      this.templateName = templateName;
      this.languageCode = languageCode;
    }

    /** The position of the flow button among the template's buttons; 0 unless set. */
    public Builder buttonIndex(int index) {
      if (index < 0) {
        throw new IllegalArgumentException("a button index is 0 or more: " + index);
      }
      this.buttonIndex = index;
      return this;
    }

    /** The {@code flow_token}; WhatsApp's default is {@code unused}. */
    public Builder flowToken(String flowToken) {
      this.flowToken = Objects.requireNonNull(flowToken, "flowToken");
      return this;
    }

    /** The first screen's data ({@code flow_action_data}). */
    public Builder flowActionData(Map<String, ?> data) {
      this.flowActionData = JsonMapper.shared().valueToTree(data);
      return this;
    }

    /** The message. */
    public FlowTemplateMessage build() {
      ObjectNode out = JsonMapper.shared().createObjectNode();
      out.put("messaging_product", "whatsapp");
      out.put("to", to);
      out.put("type", "template");
      ObjectNode template = out.putObject("template");
      template.put("name", templateName);
      template.putObject("language").put("code", languageCode);
      ObjectNode button = template.putArray("components").addObject();
      button.put("type", "button");
      button.put("sub_type", "flow");
      button.put("index", Integer.toString(buttonIndex));
      ObjectNode action = button.putArray("parameters").addObject().put("type", "action").putObject("action");
      if (flowToken != null) {
        action.put("flow_token", flowToken);
      }
      if (flowActionData != null) {
        action.set("flow_action_data", flowActionData);
      }
      return new FlowTemplateMessage(out);
    }
  }
}
