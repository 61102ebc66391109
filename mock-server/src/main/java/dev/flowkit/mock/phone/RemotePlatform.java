package dev.flowkit.mock.phone;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.mock.phone.FlowMessageUnavailableException.Reason;
import dev.flowkit.mock.state.SentFlow;
import java.io.IOException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A mock platform in another process, reached through its control API under {@code /_flowkit/} (no access token:
 * the control API is a local test tool). The routes are {@code dev.flowkit.mock.control.PhoneControl}'s, and
 * {@code POST /_flowkit/flows/{id}/endpoint_requests} for the metrics. A 427 disables the button on the platform,
 * so it stays disabled for every remote phone of the user, in any process.
 */
final class RemotePlatform implements PhonePlatform {

  /** Every control call, connecting included, ends within this; loopback answers in milliseconds. */
  private static final Duration CALL_TIMEOUT = Duration.ofSeconds(30);
  private static final OkHttpClient HTTP = new OkHttpClient.Builder().callTimeout(CALL_TIMEOUT)
      .protocols(List.of(Protocol.HTTP_1_1)).followRedirects(false).build();
  private static final MediaType JSON = MediaType.get("application/json");
  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final String baseUrl;
  private final HttpUrl control;

  /**
   * The platform at {@code baseUrl}, e.g. {@code http://127.0.0.1:8080}.
   *
   * @throws IllegalArgumentException if it is not an absolute http or https URL
   */
  RemotePlatform(URI baseUrl) {
    HttpUrl url = baseUrl.isAbsolute() ? HttpUrl.parse(baseUrl.toString()) : null;
    if (url == null) {
      throw new IllegalArgumentException("the platform's base URL must be an absolute http or https URL, got \""
          + baseUrl + "\"");
    }
    this.baseUrl = url.newBuilder().query(null).fragment(null).build().toString().replaceAll("/+$", "");
    this.control = HttpUrl.get(this.baseUrl + "/_flowkit/");
  }

  @Override
  public List<ReceivedFlowMessage> flowMessages(String waId) {
    List<ReceivedFlowMessage> messages = new ArrayList<>();
    for (JsonNode item : list(waId)) {
      messages.add(message(item));
    }
    return List.copyOf(messages);
  }

  @Override
  public ReceivedFlowMessage open(String waId, String wamid) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("id", wamid);
    body.put("wa_id", waId);
    body.put("include_app_secret", true);
    return message(send("open message " + wamid, post("messages/open", body)));
  }

  @Override
  public Optional<String> businessPublicKey(ReceivedFlowMessage message) {
    HttpUrl url = control.newBuilder().addPathSegments("messages/business_public_key")
        .addQueryParameter("id", message.wamid()).build();
    return text(send("read the business public key", new Request.Builder().url(url).get()),
        "business_public_key");
  }

  @Override
  public String completed(ReceivedFlowMessage message, JsonNode response) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("id", message.wamid());
    body.set("response_json", response);
    return required(send("send the reply to message " + message.wamid(), post("messages/reply", body)), "id");
  }

  /** Posts the sample to the flow's metrics; a platform that does not take it loses the count, nothing else. */
  @Override
  public void recordTraffic(String flowId, EndpointMetrics.Sample sample) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("count", 1);
    body.put("latency_ms", sample.latency().toMillis());
    body.put("at", sample.at().toString());
    sample.metricsErrorType().ifPresent(error -> body.put("error_type", error));
    try {
      send("count an endpoint request", post("flows/" + flowId + "/endpoint_requests", body));
    } catch (RuntimeException e) {
      // metrics must not throw: the flow may be gone, or the platform down (the next call will say so)
    }
  }

  @Override
  public boolean isButtonDisabled(String waId, String wamid) {
    for (JsonNode item : list(waId)) {
      if (item.path("id").asString("").equals(wamid)) {
        return item.path("button_disabled").asBoolean(false);
      }
    }
    return false;
  }

  @Override
  public void disableButton(String wamid) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("id", wamid);
    send("disable the button of message " + wamid, post("messages/disable_button", body));
  }

  private JsonNode list(String waId) {
    HttpUrl url = control.newBuilder().addPathSegment("users").addPathSegment(waId)
        .addPathSegment("flow_messages").build();
    JsonNode data = send("list the flow messages of user " + waId, new Request.Builder().url(url).get())
        .path("data");
    if (!data.isArray()) {
      throw notFlowKit("list the flow messages of user " + waId, "no data array");
    }
    return data;
  }

  private Request.Builder post(String path, ObjectNode body) {
    return new Request.Builder().url(control.newBuilder().addPathSegments(path).build())
        .post(RequestBody.create(MAPPER.writeValueAsBytes(body), JSON));
  }

  /**
   * The answer's JSON when it is a 2xx; a Graph error naming why a message does not open is a
   * {@link FlowMessageUnavailableException}, any other failure a {@link RemotePlatformException}.
   */
  private JsonNode send(String what, Request.Builder request) {
    int status;
    String text;
    try (Response response = HTTP.newCall(request.build()).execute()) {
      status = response.code();
      text = response.body().string();
    } catch (IOException e) {
      throw new RemotePlatformException("cannot " + what + ": the mock platform at " + baseUrl
          + " did not answer (" + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": "
          + e.getMessage()) + "); is `flowkit serve` running there?", e);
    }
    JsonNode json;
    try {
      json = MAPPER.readTree(text);
    } catch (JacksonException e) {
      throw notFlowKit(what, "HTTP " + status + " without a JSON body");
    }
    if (status / 100 == 2) {
      return json;
    }
    JsonNode error = json.path("error");
    Optional<Reason> reason = Arrays.stream(Reason.values())
        .filter(r -> r.name().equals(error.path("error_user_title").asString(""))).findFirst();
    if (reason.isPresent()) {
      throw new FlowMessageUnavailableException(reason.get(), error.path("error_user_msg").asString(""));
    }
    if (!error.isObject()) {
      throw notFlowKit(what, "HTTP " + status + " without a Graph error");
    }
    String details = error.path("error_data").path("details").asString("");
    throw new RemotePlatformException("cannot " + what + ": the mock platform at " + baseUrl + " answered HTTP "
        + status + ", code " + error.path("code").asInt() + ": " + error.path("message").asString("")
        + (details.isEmpty() ? "" : " (" + details + ")"));
  }

  private RemotePlatformException notFlowKit(String what, String answer) {
    return new RemotePlatformException("cannot " + what + ": " + baseUrl + " answered " + answer
        + "; is it a FlowKit mock platform?");
  }

  /** A message as the control API shows it (PhoneControl's JSON). */
  private ReceivedFlowMessage message(JsonNode m) {
    JsonNode f = m.path("flow");
    if (!f.isObject()) {
      throw notFlowKit("read a flow message", "a message without its flow");
    }
    SentFlow flow = new SentFlow(nullable(f, "flow_id"), nullable(f, "flow_name"), required(f, "mode"),
        required(f, "flow_token"), required(f, "flow_action"), nullable(f, "screen"),
        f.path("data").isObject() ? f.get("data") : MAPPER.createObjectNode(), required(f, "flow_cta"),
        nullable(f, "header"), nullable(f, "body"), nullable(f, "footer"), nullable(f, "flow_json"),
        nullable(f, "json_version"), nullable(f, "data_api_version"), nullable(f, "endpoint_uri"));
    Instant sentAt;
    try {
      sentAt = Instant.parse(required(m, "sent_at"));
    } catch (DateTimeParseException e) {
      throw notFlowKit("read a flow message", "a sent_at that is not an instant");
    }
    return new ReceivedFlowMessage(required(m, "id"), required(m, "to"), required(m, "phone_number_id"),
        required(m, "display_phone_number"), required(m, "waba_id"), flow, text(m, "business_public_key"),
        text(m, "app_secret").map(AppSecret::of), sentAt);
  }

  private String required(JsonNode node, String field) {
    return text(node, field).orElseThrow(() -> notFlowKit("read a flow message", "no " + field));
  }

  private static @Nullable String nullable(JsonNode node, String field) {
    return text(node, field).orElse(null);
  }

  private static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isString() ? Optional.of(value.asString()) : Optional.empty();
  }

  /** The base URL only. */
  @Override
  public String toString() {
    return "the mock platform at " + baseUrl;
  }
}
