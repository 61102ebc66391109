package dev.flowkit.mock.phone;

import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.jspecify.annotations.NullMarked;
import tools.jackson.databind.node.ObjectNode;

/**
 * What one request to a flow endpoint came to, as a phone sees it (platform facts §5.4, §5.6). Endpoint
 * misbehaviour is an outcome, never an exception: the six cases are
 * <ul>
 *   <li>{@link NextScreen}: a 200 whose decrypted body names a screen (checked structurally only: whether the
 *       screen may be reached and its data fits the data model is the screen engine's business);</li>
 *   <li>{@link Completed}: a 200 naming {@code SUCCESS} with {@code extension_message_response.params};</li>
 *   <li>{@link Acknowledged}: the documented answer to a ping or an error notification;</li>
 *   <li>{@link InvalidResponse}: a 200 the phone cannot use ({@code response-decryption-error},
 *       {@code payload-schema-error});</li>
 *   <li>{@link FlowTokenRejected}: 427, the flow closes and the message's button is disabled;</li>
 *   <li>{@link Failed}: the generic error (421 twice, 432, 500, other statuses, no response, timeout, no key).</li>
 * </ul>
 * All are immutable; JSON is copied in and out.
 */
@NullMarked
public sealed interface EndpointOutcome {

  /** The error type the phone records for it; empty when the endpoint answered as it should. */
  default Optional<EndpointErrorType> error() {
    return Optional.empty();
  }

  /** One line for transcripts; holds no data field values. */
  String summary();

  /**
   * The endpoint sent a screen to show.
   *
   * @param screen the target screen id (may be the current one: a refresh)
   * @param data the response's {@code data} ({@code {}} when absent), unfiltered
   * @param errorMessage {@code data.error_message}, shown as a snackbar on the current screen
   */
  record NextScreen(String screen, ObjectNode data, Optional<String> errorMessage) implements EndpointOutcome {

    /** Copies the data. */
    public NextScreen {
      Objects.requireNonNull(screen, "screen");
      data = data.deepCopy();
      Objects.requireNonNull(errorMessage, "errorMessage");
    }

    /** A copy of the data. */
    @Override
    public ObjectNode data() {
      return data.deepCopy();
    }

    @Override
    public String summary() {
      return "screen " + screen + errorMessage.map(m -> " with error_message \"" + m + "\"").orElse("");
    }
  }

  /**
   * The endpoint closed the flow: {@code {"screen": "SUCCESS", "data": {"extension_message_response": {"params":
   * {...}}}}}. The phone sends the completion message with these params.
   *
   * @param flowToken {@code params.flow_token}
   * @param params all params, {@code flow_token} included
   */
  record Completed(String flowToken, ObjectNode params) implements EndpointOutcome {

    /** Copies the params. */
    public Completed {
      Objects.requireNonNull(flowToken, "flowToken");
      params = params.deepCopy();
    }

    /** A copy of the params. */
    @Override
    public ObjectNode params() {
      return params.deepCopy();
    }

    @Override
    public String summary() {
      return "completed with " + params.size() + " param(s)";
    }
  }

  /**
   * The documented answer to a ping ({@code {"data":{"status":"active"}}}) or an error notification
   * ({@code {"data":{"acknowledged":true}}}).
   *
   * @param data the answer's {@code data}
   */
  record Acknowledged(ObjectNode data) implements EndpointOutcome {

    /** Copies the data. */
    public Acknowledged {
      data = data.deepCopy();
    }

    /** A copy of the data. */
    @Override
    public ObjectNode data() {
      return data.deepCopy();
    }

    @Override
    public String summary() {
      return "acknowledged";
    }
  }

  /**
   * A 200 the phone cannot use. A real phone shows a generic error, stays on the current screen and, when
   * {@link #notifyEndpoint()}, reports it to the endpoint with {@link #notification(Optional)}.
   *
   * @param type {@link EndpointErrorType#RESPONSE_DECRYPTION_ERROR} or {@link EndpointErrorType#PAYLOAD_SCHEMA_ERROR}
   *     (or what {@link EndpointChannel.Builder#unparsableResponseError(EndpointErrorType)} chose)
   * @param reason what is wrong, naming fields and types, never their values
   * @param notifyEndpoint false for answers to ping and error notifications: a phone never reports on those
   */
  record InvalidResponse(EndpointErrorType type, String reason, boolean notifyEndpoint) implements EndpointOutcome {

    /** Checks for nulls. */
    public InvalidResponse {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Optional<EndpointErrorType> error() {
      return Optional.of(type);
    }

    /** The error notification a phone sends about it, from the screen where it happened (empty after INIT). */
    public EndpointRequest notification(Optional<String> screen) {
      return EndpointRequest.errorNotification(screen, type, reason);
    }

    @Override
    public String summary() {
      return "invalid response, " + type.wireName() + ": " + reason;
    }
  }

  /**
   * HTTP 427: the flow token is no longer valid. The flow closes showing {@link #userMessage()} and the message's
   * button is disabled; the business may send a new message with a new token.
   *
   * @param userMessage {@code error_msg} from the body, or {@link #GENERIC_MESSAGE} when there is none
   * @param body how the body came
   */
  record FlowTokenRejected(String userMessage, Body body) implements EndpointOutcome {

    /** What the phone shows when the 427 body carries no {@code error_msg} (FlowKit's wording). */
    public static final String GENERIC_MESSAGE = "This flow is no longer available.";

    /** How a 427 body came. */
    public enum Body {
      /** Encrypted like a 200 answer (Meta's client and Node example). */
      ENCRYPTED,
      /** Plain JSON (Meta's documentation text). */
      PLAIN_JSON,
      /** No body. */
      EMPTY,
      /** Neither decryptable nor JSON with an {@code error_msg} string. */
      UNREADABLE
    }

    /** Checks for nulls. */
    public FlowTokenRejected {
      Objects.requireNonNull(userMessage, "userMessage");
      Objects.requireNonNull(body, "body");
    }

    @Override
    public String summary() {
      return "flow token rejected (427, " + body.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
          + " body): \"" + userMessage + "\"; the flow closes and the message's button is disabled";
    }
  }

  /**
   * The generic error: the phone shows it and records {@link #type()}.
   *
   * @param type what the phone records
   * @param httpStatus the last status, if an HTTP answer came
   * @param reason what happened, without bodies or field values
   */
  record Failed(EndpointErrorType type, OptionalInt httpStatus, String reason) implements EndpointOutcome {

    /** Checks for nulls. */
    public Failed {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(httpStatus, "httpStatus");
      Objects.requireNonNull(reason, "reason");
    }

    @Override
    public Optional<EndpointErrorType> error() {
      return Optional.of(type);
    }

    @Override
    public String summary() {
      return type.wireName() + ": " + reason;
    }
  }
}
