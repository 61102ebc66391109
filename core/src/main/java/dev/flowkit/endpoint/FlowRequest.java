package dev.flowkit.endpoint;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * A decrypted flow endpoint request (platform facts §5.3): {@code version}, {@code action}, {@code screen},
 * {@code data}, {@code flow_token} and, for data API 4.0 with flow JSON 7.3 or later, {@code flow_token_signature}.
 * An empty {@code screen} counts as absent and a missing {@code data} as empty; a missing {@code flow_token} (iOS
 * clients have been seen omitting it) is tolerated. Immutable; {@code toString()} shows neither data nor token.
 */
public final class FlowRequest {

  /** The request's {@code action}. */
  public enum Action {
    /** WhatsApp's health check; answered by {@link FlowEndpoint} itself. */
    PING,
    /** The user opened a flow sent with {@code flow_action: data_exchange}. */
    INIT,
    /** A {@code data_exchange} action on a screen (or an error notification, answered by {@link FlowEndpoint}). */
    DATA_EXCHANGE,
    /** The user went back to a screen with {@code refresh_on_back}. */
    BACK,
    /** Rare: a flow sent with {@code navigate} to a screen outside the routing model. */
    NAVIGATE,
    /** An action this version of FlowKit does not know; {@link FlowRequest#rawAction()} has its text. */
    UNKNOWN;

    static Action of(String text) {
      switch (text.toLowerCase(Locale.ROOT)) {
        case "ping": return PING;
        case "init": return INIT;
        case "data_exchange": return DATA_EXCHANGE;
        case "back": return BACK;
        case "navigate": return NAVIGATE;
        default: return UNKNOWN;
      }
    }
  }

  private final String version;
  private final Action action;
  private final String rawAction;
  private final @Nullable String screen;
  private final ObjectNode data;
  private final @Nullable String flowToken;
  private final @Nullable String flowTokenSignature;

  private FlowRequest(String version, String rawAction, @Nullable String screen, ObjectNode data,
      @Nullable String flowToken, @Nullable String flowTokenSignature) {
    this.version = version;
    this.action = Action.of(rawAction);
    this.rawAction = rawAction;
    this.screen = screen;
    this.data = data;
    this.flowToken = flowToken;
    this.flowTokenSignature = flowTokenSignature;
  }

  /** Reads the decrypted payload; a missing or non-string {@code action} is refused. */
  static FlowRequest from(JsonNode payload) {
    String action = text(payload, "action");
    if (action == null || action.isBlank()) {
      throw new InvalidFlowRequestException("the decrypted request has no \"action\" string");
    }
    JsonNode data = payload.get("data");
    ObjectNode copy;
    if (data == null || data.isNull()) {
      copy = EndpointJson.MAPPER.createObjectNode();
    } else if (data.isObject()) {
      copy = (ObjectNode) data.deepCopy();
    } else {
      throw new InvalidFlowRequestException("the decrypted request's \"data\" is a "
          + data.getNodeType().name().toLowerCase(Locale.ROOT) + ", not an object");
    }
    String screen = text(payload, "screen");
    String version = text(payload, "version");
    return new FlowRequest(version == null ? "" : version, action, screen == null || screen.isEmpty() ? null : screen,
        copy, text(payload, "flow_token"), text(payload, "flow_token_signature"));
  }

  private static @Nullable String text(JsonNode payload, String field) {
    JsonNode value = payload.get(field);
    if (value == null || value.isNull()) {
      return null;
    }
    if (!value.isString()) {
      throw new InvalidFlowRequestException("the decrypted request's \"" + field + "\" is a "
          + value.getNodeType().name().toLowerCase(Locale.ROOT) + ", not a string");
    }
    return value.asString();
  }

  /** The data API version, e.g. {@code "3.0"} or {@code "4.0"}; empty if the request named none. */
  public String version() {
    return version;
  }

  /** The action. */
  public Action action() {
    return action;
  }

  /** The action exactly as sent, e.g. {@code "data_exchange"}. */
  public String rawAction() {
    return rawAction;
  }

  /** The screen the request comes from; empty for INIT and ping (sent as {@code ""} or not at all). */
  public Optional<String> screen() {
    return Optional.ofNullable(screen);
  }

  /** The {@code data} object (empty, never null); a copy owned by this request, so treat it as read-only. */
  public ObjectNode data() {
    return data;
  }

  /** A string in {@code data}, if there is one under that name. */
  public Optional<String> dataString(String name) {
    JsonNode value = data.get(name);
    return value != null && value.isString() ? Optional.of(value.asString()) : Optional.empty();
  }

  /** The {@code flow_token}; empty when the client omitted it. */
  public Optional<String> flowToken() {
    return Optional.ofNullable(flowToken);
  }

  /**
   * The {@code flow_token}, for a handler that cannot go on without one.
   *
   * @throws InvalidFlowTokenException if the request has none (the endpoint answers 427)
   */
  public String requireFlowToken() {
    if (flowToken == null || flowToken.isEmpty()) {
      throw new InvalidFlowTokenException("This link is no longer valid. Please ask for a new one.");
    }
    return flowToken;
  }

  /** The {@code flow_token_signature} JWT of data API 4.0, if sent. */
  public Optional<String> flowTokenSignature() {
    return Optional.ofNullable(flowTokenSignature);
  }

  /** Version, action and screen; never data or token. */
  @Override
  public String toString() {
    // an unknown action is whatever the sender put there, so only its length is shown
    String shownAction = action == Action.UNKNOWN ? "unknown action (" + rawAction.length() + " chars)" : rawAction;
    return "FlowRequest[version " + version + ", " + shownAction + (screen == null ? "" : " on " + screen)
        + ", " + data.size() + " data field(s)" + (flowToken == null ? ", no flow_token" : "") + "]";
  }
}
