package dev.flowkit.mock.phone;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request a phone sends to a flow endpoint (platform facts §5.3), before the channel adds {@code version},
 * {@code flow_token} and {@code flow_token_signature} and encrypts it. Immutable: the data is copied in and out.
 *
 * @param kind what the request is
 * @param screen the screen it comes from: the current screen for data_exchange, the screen being left for BACK,
 *     the screen where a bad response was applied for an error notification; empty for INIT and ping
 * @param data the {@code data} object: the bound payload for data_exchange, {@code {}} for INIT and BACK,
 *     {@code {"error", "error_message"}} for an error notification, unused for ping
 */
@NullMarked
public record EndpointRequest(Kind kind, Optional<String> screen, ObjectNode data) {

  /** What a request is. */
  public enum Kind {
    /** The user opened a flow sent with {@code flow_action: data_exchange}; {@code action: "INIT"}. */
    INIT,
    /** A {@code data_exchange} action on a screen; {@code action: "data_exchange"}. */
    DATA_EXCHANGE,
    /** Back from a screen with {@code refresh_on_back: true}; {@code action: "BACK"}. */
    BACK,
    /** WhatsApp's health check; {@code action: "ping"}, no screen, data or flow token. */
    PING,
    /**
     * A report that the endpoint's previous response was invalid; {@code action: "data_exchange"} with the screen,
     * or {@code "INIT"} when the bad response answered INIT (no screen yet).
     */
    ERROR_NOTIFICATION
  }

  /**
   * Checks and copies.
   *
   * @throws IllegalArgumentException if a data_exchange or BACK has no screen, or INIT or ping has one
   */
  public EndpointRequest {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(screen, "screen");
    data = Objects.requireNonNull(data, "data").deepCopy();
    if ((kind == Kind.DATA_EXCHANGE || kind == Kind.BACK) && screen.filter(s -> !s.isBlank()).isEmpty()) {
      throw new IllegalArgumentException("a " + kind + " request needs the id of the screen it comes from");
    }
    if ((kind == Kind.INIT || kind == Kind.PING) && screen.isPresent()) {
      throw new IllegalArgumentException("a " + kind + " request has no screen");
    }
  }

  /** {@code INIT}: {@code "screen": ""} and {@code "data": {}} on the wire. */
  public static EndpointRequest init() {
    return new EndpointRequest(Kind.INIT, Optional.empty(), emptyData());
  }

  /** {@code data_exchange} from a screen with the action's bound payload. */
  public static EndpointRequest dataExchange(String screen, ObjectNode payload) {
    return new EndpointRequest(Kind.DATA_EXCHANGE, Optional.of(screen), payload);
  }

  /**
   * {@code BACK} from the screen being left. Its {@code data} is {@code {}}: flow-json §9.6 marks the content
   * UNCERTAIN and recommends the empty object, which FlowKit sends.
   */
  public static EndpointRequest back(String leavingScreen) {
    return new EndpointRequest(Kind.BACK, Optional.of(leavingScreen), emptyData());
  }

  /** {@code ping}, the health check. */
  public static EndpointRequest ping() {
    return new EndpointRequest(Kind.PING, Optional.empty(), emptyData());
  }

  /**
   * An error notification about the endpoint's previous response.
   *
   * @param screen where the bad response was applied; empty when it answered INIT
   * @param error the key sent in {@code data.error}
   * @param message the text sent in {@code data.error_message}
   */
  public static EndpointRequest errorNotification(Optional<String> screen, EndpointErrorType error, String message) {
    return errorNotification(screen, error.wireName(), message);
  }

  /**
   * An error notification with a key of your own: Meta does not document the full key set (platform facts §5.3,
   * UNCERTAIN), so a test can send one FlowKit does not name.
   */
  public static EndpointRequest errorNotification(Optional<String> screen, String errorKey, String message) {
    ObjectNode data = emptyData();
    data.put("error", Objects.requireNonNull(errorKey, "errorKey"));
    data.put("error_message", Objects.requireNonNull(message, "message"));
    return new EndpointRequest(Kind.ERROR_NOTIFICATION, screen.filter(s -> !s.isBlank()), data);
  }

  /** A copy of the data. */
  @Override
  public ObjectNode data() {
    return data.deepCopy();
  }

  /** The data itself, not copied, for the channel to write out; never to be changed. */
  ObjectNode dataUncopied() {
    return data;
  }

  /** The {@code action} as sent: {@code INIT}, {@code data_exchange}, {@code BACK} or {@code ping}. */
  public String action() {
    switch (kind) {
      case INIT:
        return "INIT";
      case BACK:
        return "BACK";
      case PING:
        return "ping";
      case ERROR_NOTIFICATION:
        return screen.isPresent() ? "data_exchange" : "INIT";
      default:
        return "data_exchange";
    }
  }

  /** Whether WhatsApp consumes the answer itself (ping, error notification) rather than rendering it. */
  public boolean isConsumedByPlatform() {
    return kind == Kind.PING || kind == Kind.ERROR_NOTIFICATION;
  }

  /** Kind and screen; never the data, which may hold what the user typed. */
  @Override
  public String toString() {
    return "EndpointRequest[" + action() + screen.map(s -> " on " + s).orElse("")
        + (kind == Kind.ERROR_NOTIFICATION ? " (error notification)" : "") + ", " + data.size() + " data field(s)]";
  }

  static ObjectNode emptyData() {
    return JsonNodeFactory.instance.objectNode();
  }
}
