package dev.flowkit.graph;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * An interactive flow message ({@code POST /{PNID}/messages}, spec/platform.md section 4.1): the recipient, the
 * flow by id or by name, the button text and what opens first. Immutable; build it with {@link #builder}.
 */
public final class FlowMessage {

  /** Which version of the flow is sent. */
  public enum Mode {
    /** The published flow (the default). */
    PUBLISHED,
    /** The draft, for testing. */
    DRAFT
  }

  private final ObjectNode json;

  private FlowMessage(ObjectNode json) {
    this.json = json;
  }

  /**
   * Starts a message to {@code to} whose button reads {@code cta}; name the flow next with
   * {@link Builder#flowId} or {@link Builder#flowName}.
   */
  public static Builder builder(String to, String cta) {
    return new Builder(to, cta);
  }

  ObjectNode toJson() {
    return json.deepCopy();
  }

  /** Builds a {@link FlowMessage}. */
  public static final class Builder {
    private final String to;
    private final String cta;
    private String flowId;
    private String flowName;
    private String flowToken;
    private Mode mode;
    private String screen;
    private JsonNode data;
    private boolean dataExchange;
    private String header;
    private String body;
    private String footer;
    private String replyTo;
    private String bizOpaqueCallbackData;

    private Builder(String to, String cta) {
      if (to.isBlank()) {
        throw new IllegalArgumentException("a message needs a recipient phone number");
      }
      if (cta.isBlank()) {
        throw new IllegalArgumentException("a flow message needs the button text (flow_cta)");
      }
      this.to = to;
      this.cta = cta;
    }

    /** The flow by id ({@code flow_id}). */
    public Builder flowId(String flowId) {
      this.flowId = Objects.requireNonNull(flowId, "flowId");
      return this;
    }

    /** The flow by its current name ({@code flow_name}). */
    public Builder flowName(String flowName) {
      this.flowName = Objects.requireNonNull(flowName, "flowName");
      return this;
    }

    /** The {@code flow_token} echoed to the endpoint and in the completion; WhatsApp's default is {@code unused}. */
    public Builder flowToken(String flowToken) {
      this.flowToken = Objects.requireNonNull(flowToken, "flowToken");
      return this;
    }

    /** {@code mode}; omitted means published. */
    public Builder mode(Mode mode) {
      this.mode = Objects.requireNonNull(mode, "mode");
      return this;
    }

    /**
     * Opens {@code screen} with {@code data} ({@code flow_action=navigate}, {@code flow_action_payload}); empty
     * {@code data} is left out of the message, as WhatsApp refuses an empty object.
     */
    public Builder navigate(String screen, Map<String, ?> data) {
      JsonNode tree = JsonMapper.shared().valueToTree(data);
      return navigate(screen, tree);
    }

    /** Opens {@code screen} with {@code data}, a JSON object (left out when empty). */
    public Builder navigate(String screen, JsonNode data) {
      if (!data.isObject()) {
        throw new IllegalArgumentException("flow_action_payload.data is a JSON object");
      }
      this.screen = Objects.requireNonNull(screen, "screen");
      this.data = data.deepCopy();
      this.dataExchange = false;
      return this;
    }

    /** Asks the endpoint for the first screen ({@code flow_action=data_exchange}, an INIT request). */
    public Builder dataExchange() {
      this.dataExchange = true;
      this.screen = null;
      this.data = null;
      return this;
    }

    /** A text header (at most 60 characters). */
    public Builder header(String text) {
      this.header = Objects.requireNonNull(text, "text");
      return this;
    }

    /** The body text (at most 1024 characters). */
    public Builder body(String text) {
      this.body = Objects.requireNonNull(text, "text");
      return this;
    }

    /** The footer text (at most 60 characters). */
    public Builder footer(String text) {
      this.footer = Objects.requireNonNull(text, "text");
      return this;
    }

    /** Sends the message as a reply to that message ({@code context.message_id}). */
    public Builder replyTo(String messageId) {
      this.replyTo = Objects.requireNonNull(messageId, "messageId");
      return this;
    }

    /** {@code biz_opaque_callback_data}, echoed in status webhooks. */
    public Builder bizOpaqueCallbackData(String data) {
      this.bizOpaqueCallbackData = Objects.requireNonNull(data, "data");
      return this;
    }

    /**
     * The message.
     *
     * @throws IllegalStateException unless exactly one of flow id and flow name was set
     */
    public FlowMessage build() {
      if ((flowId == null) == (flowName == null)) {
        throw new IllegalStateException("a flow message names its flow by id or by name, exactly one of them");
      }
      ObjectNode out = JsonMapper.shared().createObjectNode();
      out.put("messaging_product", "whatsapp");
      out.put("recipient_type", "individual");
      out.put("to", to);
      if (replyTo != null) {
        out.putObject("context").put("message_id", replyTo);
      }
      if (bizOpaqueCallbackData != null) {
        out.put("biz_opaque_callback_data", bizOpaqueCallbackData);
      }
      out.put("type", "interactive");
      ObjectNode interactive = out.putObject("interactive");
      interactive.put("type", "flow");
      if (header != null) {
        interactive.putObject("header").put("type", "text").put("text", header);
      }
      if (body != null) {
        interactive.putObject("body").put("text", body);
      }
      if (footer != null) {
        interactive.putObject("footer").put("text", footer);
      }
      ObjectNode action = interactive.putObject("action");
      action.put("name", "flow");
      ObjectNode parameters = action.putObject("parameters");
      parameters.put("flow_message_version", "3");
      if (flowId != null) {
        parameters.put("flow_id", flowId);
      } else {
        parameters.put("flow_name", flowName);
      }
      parameters.put("flow_cta", cta);
      if (flowToken != null) {
        parameters.put("flow_token", flowToken);
      }
      if (mode != null) {
        parameters.put("mode", mode == Mode.DRAFT ? "draft" : "published");
      }
      if (dataExchange) {
        parameters.put("flow_action", "data_exchange");
      } else if (screen != null) {
        parameters.put("flow_action", "navigate");
        ObjectNode payload = parameters.putObject("flow_action_payload");
        payload.put("screen", screen);
        // WhatsApp wants data non-empty when given and left out when the screen needs none (platform spec 4.1).
        if (!data.isEmpty()) {
          payload.set("data", data);
        }
      }
      return new FlowMessage(out);
    }
  }
}
