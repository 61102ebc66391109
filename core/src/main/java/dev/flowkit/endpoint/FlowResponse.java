package dev.flowkit.endpoint;

import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The clear reply to a flow request (platform facts §5.4), before {@link FlowEndpoint} encrypts it: a target
 * {@code screen} and its {@code data}. Three kinds cover what a handler answers:
 *
 * <pre>{@code
 * FlowResponse.next("PICK_SLOT", Map.of("slots", slots));                       // go to a screen with data
 * FlowResponse.stay("PICK_SLOT", "That date is fully booked.", Map.of("slots", List.of()));  // snackbar, same screen
 * FlowResponse.close(request.requireFlowToken(), Map.of("booking_id", "B-20931")); // SUCCESS: the flow ends
 * }</pre>
 *
 * Data values are anything Jackson writes: strings, numbers, booleans, lists, maps, records, {@link JsonNode}s.
 * Immutable; {@code toString()} names the screen only.
 */
public final class FlowResponse {

  /** The reserved screen name that closes the flow. */
  public static final String SUCCESS = "SUCCESS";

  private final String screen;
  private final ObjectNode data;

  private FlowResponse(String screen, ObjectNode data) {
    this.screen = screen;
    this.data = data;
  }

  /** Go to a screen with no data. */
  public static FlowResponse next(String screen) {
    return next(screen, Map.of());
  }

  /**
   * Go to a screen with data (also the answer to INIT and BACK).
   *
   * @throws IllegalArgumentException if the screen is blank or a value cannot be written as JSON
   */
  public static FlowResponse next(String screen, Map<String, ?> data) {
    return new FlowResponse(requireScreen(screen), toObject(data));
  }

  /** Go to a screen with data given as a JSON object (copied). */
  public static FlowResponse next(String screen, ObjectNode data) {
    return new FlowResponse(requireScreen(screen), data.deepCopy());
  }

  /** Stay on a screen and show the user an error message there. */
  public static FlowResponse stay(String screen, String errorMessage) {
    return stay(screen, errorMessage, Map.of());
  }

  /** Stay on a screen with fresh data and show the user an error message there. */
  public static FlowResponse stay(String screen, String errorMessage, Map<String, ?> data) {
    ObjectNode object = toObject(data);
    object.put("error_message", Objects.requireNonNull(errorMessage, "errorMessage"));
    return new FlowResponse(requireScreen(screen), object);
  }

  /**
   * Close the flow ({@value #SUCCESS}); WhatsApp sends the completion webhook with these params.
   *
   * @param flowToken the request's flow token, required by WhatsApp in {@code params.flow_token}
   * @param params further values copied into the completion's {@code response_json}
   */
  public static FlowResponse close(String flowToken, Map<String, ?> params) {
    if (flowToken.isEmpty()) {
      throw new IllegalArgumentException("closing a flow needs the request's flow_token in params.flow_token");
    }
    if (params.containsKey("flow_token")) {
      throw new IllegalArgumentException("pass the flow token as the first argument, not in params");
    }
    ObjectNode paramsNode = toObject(params);
    paramsNode.put("flow_token", flowToken);
    ObjectNode data = EndpointJson.MAPPER.createObjectNode();
    data.putObject("extension_message_response").set("params", paramsNode);
    return new FlowResponse(SUCCESS, data);
  }

  /** Close the flow with only the flow token in the params. */
  public static FlowResponse close(String flowToken) {
    return close(flowToken, Map.of());
  }

  private static String requireScreen(String screen) {
    if (screen.isBlank()) {
      throw new IllegalArgumentException("a response needs a screen id");
    }
    return screen;
  }

  private static ObjectNode toObject(Map<String, ?> data) {
    JsonNode tree;
    try {
      tree = EndpointJson.MAPPER.valueToTree(data);
    } catch (RuntimeException e) {
      throw new IllegalArgumentException("the response data cannot be written as JSON ("
          + e.getClass().getSimpleName() + ")", e);
    }
    return (ObjectNode) tree;
  }

  /** The target screen. */
  public String screen() {
    return screen;
  }

  /** The data (a copy: changing it changes nothing here). */
  public ObjectNode data() {
    return data.deepCopy();
  }

  /** The clear JSON, {@code {"screen":…,"data":{…}}}. */
  public String toJson() {
    ObjectNode root = EndpointJson.MAPPER.createObjectNode();
    root.put("screen", screen);
    root.set("data", data);
    return EndpointJson.MAPPER.writeValueAsString(root);
  }

  /** The screen only: data may be sensitive. */
  @Override
  public String toString() {
    return "FlowResponse[" + screen + ", " + data.size() + " data field(s)]";
  }
}
