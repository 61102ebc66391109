package dev.flowkit.mock.phone;

import dev.flowkit.crypto.FlowResponseDecryptionException;
import dev.flowkit.crypto.PendingFlowRequest;
import dev.flowkit.mock.phone.EndpointOutcome.FlowTokenRejected;
import dev.flowkit.mock.phone.EndpointOutcome.InvalidResponse;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.NullMarked;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Reads what an endpoint answered into an {@link EndpointOutcome}, with the structural checks a phone makes
 * (platform facts §5.4): JSON, a string {@code screen} (except for ping and error notifications),
 * {@code data.error_message} a string if present, {@code extension_message_response.params} an object, and for
 * {@code SUCCESS} one carrying a {@code flow_token} string.
 */
@NullMarked
final class EndpointReplies {

  /** The reserved screen that closes a flow. */
  static final String SUCCESS = "SUCCESS";

  private final EndpointErrorType unparsable;

  /** @param unparsable the error type of a decrypted body that is not a JSON object */
  EndpointReplies(EndpointErrorType unparsable) {
    this.unparsable = unparsable;
  }

  /**
   * A decrypted 200 body: its outcome, the clear text, and the parsed tree when it is a JSON object (which the
   * outcome does not share: {@link EndpointOutcome.NextScreen} and {@link EndpointOutcome.Completed} copy what they
   * keep), so the session need not parse it again.
   */
  Read read(EndpointRequest request, String clear) {
    Optional<JsonNode> parsed = EndpointJson.parse(clear);
    EndpointOutcome outcome = outcome(request, clear, parsed);
    return new Read(outcome, Optional.of(clear), parsed.filter(JsonNode::isObject));
  }

  private EndpointOutcome outcome(EndpointRequest request, String clear, Optional<JsonNode> parsed) {
    boolean notify = !request.isConsumedByPlatform();
    if (parsed.isEmpty() || !parsed.get().isObject()) {
      return new InvalidResponse(unparsable, "the decrypted response is " + (parsed.isEmpty()
          ? "not JSON" : "a JSON " + type(parsed.get()) + ", not an object") + " (" + clear.length() + " chars)", notify);
    }
    JsonNode body = parsed.get();
    JsonNode data = body.get("data");
    if (data != null && !data.isNull() && !data.isObject()) {
      return schema("\"data\" is a " + type(data) + ", not an object", notify);
    }
    ObjectNode dataObject = data == null || data.isNull() ? EndpointRequest.emptyData() : (ObjectNode) data;
    if (request.kind() == EndpointRequest.Kind.PING) {
      JsonNode status = dataObject.get("status");
      return status != null && status.isString() && status.asString().equals("active")
          ? new EndpointOutcome.Acknowledged(dataObject)
          : schema("a ping must be answered {\"data\":{\"status\":\"active\"}}", false);
    }
    if (request.kind() == EndpointRequest.Kind.ERROR_NOTIFICATION) {
      JsonNode acknowledged = dataObject.get("acknowledged");
      return acknowledged != null && acknowledged.isBoolean() && acknowledged.asBoolean()
          ? new EndpointOutcome.Acknowledged(dataObject)
          : schema("an error notification must be answered {\"data\":{\"acknowledged\":true}}", false);
    }
    JsonNode screen = body.get("screen");
    if (screen == null || !screen.isString() || screen.asString().isBlank()) {
      return schema(screen == null || screen.isNull() ? "the response has no \"screen\""
          : screen.isString() ? "\"screen\" is empty" : "\"screen\" is a " + type(screen) + ", not a string", true);
    }
    JsonNode errorMessage = dataObject.get("error_message");
    if (errorMessage != null && !errorMessage.isNull() && !errorMessage.isString()) {
      return schema("\"data.error_message\" is a " + type(errorMessage) + ", not a string", true);
    }
    JsonNode extension = dataObject.get("extension_message_response");
    JsonNode params = extension == null ? null : extension.get("params");
    if (extension != null && !extension.isNull() && !extension.isObject()) {
      return schema("\"data.extension_message_response\" is a " + type(extension) + ", not an object", true);
    }
    if (params != null && !params.isNull() && !params.isObject()) {
      return schema("\"data.extension_message_response.params\" is a " + type(params) + ", not an object", true);
    }
    if (screen.asString().equals(SUCCESS)) {
      if (params == null || !params.isObject()) {
        return schema("a SUCCESS response needs \"data.extension_message_response.params\", an object", true);
      }
      JsonNode token = params.get("flow_token");
      if (token == null || !token.isString()) {
        return schema("\"data.extension_message_response.params.flow_token\" must be a string; the completion "
            + "message needs it", true);
      }
      return new EndpointOutcome.Completed(token.asString(), (ObjectNode) params);
    }
    return new EndpointOutcome.NextScreen(screen.asString(), dataObject,
        errorMessage == null || errorMessage.isNull() ? Optional.empty() : Optional.of(errorMessage.asString()));
  }

  /**
   * A 427 body: decrypted first, then read as plain JSON (platform facts §5.6, §9 question 5: Meta's client and
   * Node example encrypt it, its docs show it plain; FlowKit accepts both, as recommended).
   *
   * @return the outcome, and the clear body when one could be read
   */
  static Read tokenRejected(PendingFlowRequest pending, String body) {
    if (body.isBlank()) {
      return new Read(new FlowTokenRejected(FlowTokenRejected.GENERIC_MESSAGE, FlowTokenRejected.Body.EMPTY),
          Optional.empty());
    }
    try {
      String clear = pending.decryptResponse(body);
      return new Read(new FlowTokenRejected(errorMsg(clear).orElse(FlowTokenRejected.GENERIC_MESSAGE),
          FlowTokenRejected.Body.ENCRYPTED), Optional.of(clear));
    } catch (FlowResponseDecryptionException e) {
      Optional<String> message = errorMsg(body);
      if (message.isPresent()) {
        return new Read(new FlowTokenRejected(message.get(), FlowTokenRejected.Body.PLAIN_JSON), Optional.of(body));
      }
      return new Read(new FlowTokenRejected(FlowTokenRejected.GENERIC_MESSAGE, FlowTokenRejected.Body.UNREADABLE),
          Optional.empty());
    }
  }

  /** An outcome, the clear body it was read from, and that body parsed when it is a JSON object. */
  record Read(EndpointOutcome outcome, Optional<String> clear, Optional<JsonNode> tree) {

    Read(EndpointOutcome outcome, Optional<String> clear) {
      this(outcome, clear, Optional.empty());
    }
  }

  private static Optional<String> errorMsg(String json) {
    return EndpointJson.parse(json).map(node -> node.get("error_msg"))
        .filter(JsonNode::isString).map(JsonNode::asString).filter(message -> !message.isBlank());
  }

  private static InvalidResponse schema(String reason, boolean notify) {
    return new InvalidResponse(EndpointErrorType.PAYLOAD_SCHEMA_ERROR, reason, notify);
  }

  private static String type(JsonNode node) {
    return node.getNodeType().name().toLowerCase(Locale.ROOT);
  }
}
