package dev.flowkit.graph;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.FormBody;
import okhttp3.HttpUrl;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.RequestBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A client for the Graph API calls of WhatsApp Flows: the Flows API (spec/platform.md section 2), the business
 * public key (section 3), sending messages (section 4) and where webhooks go (section 6.1: a phone number's
 * callback, subscribing the app to a WABA, the app's callback). Immutable and thread-safe; calls block the calling
 * thread.
 *
 * <pre>{@code
 * GraphApiClient graph = GraphApiClient.builder().accessToken(token).build();        // graph.facebook.com, v21.0
 * GraphApiClient mock = graph.newBuilder().baseUrl("http://127.0.0.1:8080").build(); // same calls, the fake
 * }</pre>
 *
 * <p>The access token travels only in the {@code Authorization: Bearer} header of requests to the configured
 * base URL: paging follows a {@code next} link only when it points there, and no message or {@code toString()}
 * shows the token.
 *
 * <p>Every call throws {@link GraphApiException} when Graph answers with its error envelope
 * ({@link FlowApiException} for flow error codes, {@link GraphAuthException} for a refused access token,
 * {@link GraphRateLimitException} for a reached rate limit, {@link CallbackVerificationException} for a callback URL
 * that failed Meta's verification handshake), and {@link GraphTransportException} when no Graph answer arrives.
 * Arguments that cannot be right (blank ids, a missing flow name, a relative callback URL) fail first with
 * {@link IllegalArgumentException}.
 */
public final class GraphApiClient {

  /** Meta's Graph API. */
  public static final String DEFAULT_BASE_URL = "https://graph.facebook.com";
  /** The Graph API version used unless another is configured. */
  public static final String DEFAULT_API_VERSION = "v21.0";
  /** The largest Flow JSON Meta accepts: 10 MB. */
  public static final int MAX_FLOW_JSON_BYTES = 10 * 1024 * 1024;

  private final HttpUrl baseUrl;
  private final String apiVersion;
  private final String accessToken;
  private final OkHttpClient httpClient;
  private final GraphCalls calls;

  private GraphApiClient(Builder b) {
    this.baseUrl = b.baseUrl;
    this.apiVersion = b.apiVersion;
    this.accessToken = Objects.requireNonNull(b.accessToken, "accessToken");
    this.httpClient = b.httpClient == null ? new OkHttpClient() : b.httpClient;
    this.calls = new GraphCalls(httpClient, baseUrl.newBuilder().addPathSegment(apiVersion).build(), accessToken);
  }

  /** Starts a client configuration: Meta's base URL and {@value #DEFAULT_API_VERSION}, a token to set. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this client's configuration, to derive a variation. */
  public Builder newBuilder() {
    Builder b = new Builder();
    b.baseUrl = baseUrl;
    b.apiVersion = apiVersion;
    b.accessToken = accessToken;
    b.httpClient = httpClient;
    return b;
  }

  /** The base URL, e.g. {@code https://graph.facebook.com/}. */
  public String baseUrl() {
    return baseUrl.toString();
  }

  /** The Graph API version, e.g. {@code v21.0}. */
  public String apiVersion() {
    return apiVersion;
  }

  // ---- Flows API (section 2)

  /** Creates (or clones) a flow in a WABA; validation errors of the Flow JSON sent, if any, are in the answer. */
  public CreatedFlow createFlow(String wabaId, CreateFlowRequest request) {
    return CreatedFlow.from(calls.postJson(calls.url(Map.of(), wabaId, "flows"), endpointName(request.toJson())));
  }

  /**
   * Copies flows from another WABA of the same business into {@code destinationWabaId}, all of them when
   * {@code sourceFlowNames} is empty. Flows that could not be copied are listed, not thrown.
   */
  public FlowMigration migrateFlows(String destinationWabaId, String sourceWabaId, List<String> sourceFlowNames) {
    if (sourceFlowNames.size() > 100) {
      throw new IllegalArgumentException("at most 100 flows migrate in one call: " + sourceFlowNames.size());
    }
    Map<String, String> query = new LinkedHashMap<>();
    query.put("source_waba_id", sourceWabaId);
    if (!sourceFlowNames.isEmpty()) {
      query.put("source_flow_names", JsonMapper.shared().writeValueAsString(sourceFlowNames));
    }
    return FlowMigration.from(calls.post(calls.url(query, destinationWabaId, "migrate_flows"), null));
  }

  /** A flow with Meta's default fields (id, name, status, categories, validation errors). */
  public Flow getFlow(String flowId) {
    return Flow.from(calls.get(calls.url(Map.of(), flowId)));
  }

  /** A flow with the given fields. */
  public Flow getFlow(String flowId, FlowField... fields) {
    return Flow.from(calls.get(calls.url(fields(fields), flowId)));
  }

  /** The first page of a WABA's flows, with the given fields (Meta's default set when none). */
  public Page<Flow> listFlows(String wabaId, FlowField... fields) {
    return listFlows(wabaId, 0, fields);
  }

  /** The first page of a WABA's flows, at most {@code limit} per page (Graph's default when 0). */
  public Page<Flow> listFlows(String wabaId, int limit, FlowField... fields) {
    Map<String, String> query = fields(fields);
    if (limit < 0) {
      throw new IllegalArgumentException("a page limit is 0 (Graph's default) or more: " + limit);
    }
    if (limit > 0) {
      query.put("limit", Integer.toString(limit));
    }
    return page(calls.url(query, wabaId, "flows"), Flow::from);
  }

  /**
   * The page after {@code page}, or empty on the last page. Follows Graph's {@code next} link when it points
   * at the configured base URL, otherwise asks the same URL again with the {@code after} cursor.
   */
  public <T> Optional<Page<T>> nextPage(Page<T> page) {
    if (!page.hasNext()) {
      return Optional.empty();
    }
    HttpUrl next = HttpUrl.parse(page.next().orElseThrow());
    HttpUrl url;
    if (next != null && calls.sameOrigin(next)) {
      url = next;
    } else if (page.after().isPresent()) {
      url = page.requestUrl().newBuilder().removeAllQueryParameters("before")
          .setQueryParameter("after", page.after().get()).build();
    } else {
      throw new GraphTransportException("the next page is at another host and no 'after' cursor came with it; "
          + "not sending the access token there", 0);
    }
    return Optional.of(page(url, page.reader()));
  }

  /** Changes a flow's metadata. */
  public void updateFlowMetadata(String flowId, FlowUpdate update) {
    calls.postJson(calls.url(Map.of(), flowId), endpointName(update.toJson()));
  }

  /** Uploads a flow's JSON, replacing the previous one; the answer lists Meta's validation errors. */
  public FlowJsonUpload uploadFlowJson(String flowId, FlowJson flow) {
    return uploadFlowJson(flowId, FlowJsonMapper.write(flow));
  }

  /** Uploads a flow's JSON given as text (sent as is, so error positions refer to this text). */
  public FlowJsonUpload uploadFlowJson(String flowId, String json) {
    return upload(flowId, json.getBytes(StandardCharsets.UTF_8));
  }

  /**
   * Uploads a flow's JSON from a file.
   *
   * @throws UncheckedIOException if the file cannot be read
   */
  public FlowJsonUpload uploadFlowJson(String flowId, Path file) {
    try {
      if (Files.size(file) > MAX_FLOW_JSON_BYTES) {
        throw new IllegalArgumentException("Flow JSON is at most 10 MB; " + file + " is larger");
      }
      return upload(flowId, Files.readAllBytes(file));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Flow JSON file " + file, e);
    }
  }

  /**
   * Uploads a flow's JSON read from a stream, which is read to its end and not closed.
   *
   * @throws UncheckedIOException if the stream cannot be read
   */
  public FlowJsonUpload uploadFlowJson(String flowId, InputStream in) {
    try {
      byte[] bytes = in.readNBytes(MAX_FLOW_JSON_BYTES + 1);
      if (bytes.length > MAX_FLOW_JSON_BYTES) {
        throw new IllegalArgumentException("Flow JSON is at most 10 MB; the stream holds more");
      }
      return upload(flowId, bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the Flow JSON stream", e);
    }
  }

  private FlowJsonUpload upload(String flowId, byte[] json) {
    if (json.length > MAX_FLOW_JSON_BYTES) {
      throw new IllegalArgumentException("Flow JSON is at most 10 MB: " + json.length + " bytes");
    }
    RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
        .addFormDataPart("file", "flow.json", RequestBody.create(json, GraphCalls.JSON))
        .addFormDataPart("name", "flow.json")
        .addFormDataPart("asset_type", "FLOW_JSON")
        .build();
    return FlowJsonUpload.from(flowId, calls.post(calls.url(Map.of(), flowId, "assets"), body));
  }

  /** The first page of a flow's assets (today: its Flow JSON with a short-lived download link). */
  public Page<FlowAsset> listAssets(String flowId) {
    return page(calls.url(Map.of("fields", "name,asset_type,download_url"), flowId, "assets"), FlowAsset::from);
  }

  /**
   * Publishes a draft flow.
   *
   * @throws FlowValidationException if Meta refuses because the Flow JSON has validation errors; they are read
   *     from the flow and the {@link FlowApiException} is the cause
   * @throws FlowApiException with {@link FlowApiException.Kind#PUBLISH_REFUSED} for the other publishing checks
   */
  public void publish(String flowId) {
    try {
      calls.post(calls.url(Map.of(), flowId, "publish"), null);
    } catch (FlowApiException e) {
      if (e.kind() != FlowApiException.Kind.PUBLISH_REFUSED || !e.mentionsValidationErrors()) {
        throw e;
      }
      List<FlowValidationError> errors;
      try {
        errors = getFlow(flowId, FlowField.VALIDATION_ERRORS).validationErrors();
      } catch (GraphException readFailed) {
        e.addSuppressed(readFailed);
        throw e;
      }
      if (errors.isEmpty()) {
        throw e;
      }
      throw new FlowValidationException(flowId, errors, e);
    }
  }

  /** Deprecates a published flow: it can no longer be sent. Irreversible. */
  public void deprecate(String flowId) {
    calls.post(calls.url(Map.of(), flowId, "deprecate"), null);
  }

  /** Deletes a draft flow. */
  public void deleteFlow(String flowId) {
    calls.delete(calls.url(Map.of(), flowId));
  }

  /**
   * The flow's preview link; {@code invalidate} makes a new one and kills the old.
   *
   * @throws GraphTransportException if the answer carries no preview
   */
  public FlowPreview previewUrl(String flowId, boolean invalidate) {
    Flow flow = getFlow(flowId, FlowField.preview(invalidate));
    return flow.preview().orElseThrow(() -> new GraphTransportException(
        "GET /" + apiVersion + "/" + flowId + " answered without a preview", 200));
  }

  /**
   * An endpoint metric of a flow, from {@code since} to {@code until} (each optional: Meta's defaults).
   *
   * @throws FlowApiException with {@link FlowApiException.Kind#METRICS_THRESHOLD_NOT_REACHED} below 250
   *     endpoint requests
   */
  public FlowMetric metric(String flowId, FlowMetric.Name name, FlowMetric.Granularity granularity,
      @Nullable LocalDate since, @Nullable LocalDate until) {
    StringBuilder field = new StringBuilder("metric.name(").append(name.name()).append(").granularity(")
        .append(granularity.name()).append(')');
    if (since != null) {
      field.append(".since(").append(since).append(')');
    }
    if (until != null) {
      field.append(".until(").append(until).append(')');
    }
    JsonNode answer = calls.get(calls.url(Map.of("fields", field.toString()), flowId));
    JsonNode metric = answer.path("metric");
    if (!metric.isObject()) {
      throw new GraphTransportException("GET /" + apiVersion + "/" + flowId + " answered without a metric", 200);
    }
    return FlowMetric.from(metric);
  }

  // ---- Business public key (section 3)

  /** Sets (replaces) the business public key of a phone number. */
  public void setBusinessPublicKey(String phoneNumberId, PublicKey key) {
    setBusinessPublicKey(phoneNumberId, BusinessKeys.toPem(key));
  }

  /** Sets (replaces) the business public key of a phone number, given as SPKI PEM. */
  public void setBusinessPublicKey(String phoneNumberId, String pem) {
    if (!pem.contains("-----BEGIN PUBLIC KEY-----")) {
      throw new IllegalArgumentException("the business public key is an SPKI PEM (-----BEGIN PUBLIC KEY-----)");
    }
    calls.post(calls.url(Map.of(), phoneNumberId, "whatsapp_business_encryption"),
        new FormBody.Builder().add("business_public_key", pem).build());
  }

  /** The business public key of a phone number with its signature status, or empty when none was set. */
  public Optional<BusinessPublicKey> getBusinessPublicKey(String phoneNumberId) {
    return BusinessPublicKey.from(calls.get(calls.url(
        Map.of("fields", "business_public_key,business_public_key_signature_status"),
        phoneNumberId, "whatsapp_business_encryption")));
  }

  // ---- Messages (section 4)

  /** Sends an interactive flow message from a business phone number. */
  public SentMessage sendFlowMessage(String phoneNumberId, FlowMessage message) {
    return send(phoneNumberId, message.toJson());
  }

  /** Sends a template message with a flow button. */
  public SentMessage sendFlowTemplate(String phoneNumberId, FlowTemplateMessage message) {
    return send(phoneNumberId, message.toJson());
  }

  /** Sends a text message. */
  public SentMessage sendText(String phoneNumberId, String to, String text) {
    if (to.isBlank() || text.isEmpty()) {
      throw new IllegalArgumentException("a text message needs a recipient and a text");
    }
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.put("messaging_product", "whatsapp");
    body.put("recipient_type", "individual");
    body.put("to", to);
    body.put("type", "text");
    body.putObject("text").put("body", text);
    return send(phoneNumberId, body);
  }

  private SentMessage send(String phoneNumberId, JsonNode body) {
    return SentMessage.from(calls.postJson(calls.url(Map.of(), phoneNumberId, "messages"), body));
  }

  // ---- Webhook callbacks (section 6.1)

  /**
   * Sets the phone number's own webhook callback URL ({@code POST /{PNID}} with {@code webhook_configuration}):
   * webhooks about this number go there, ahead of the WABA's override and the app's callback. Before the call
   * answers, Meta runs the verification handshake: a {@code GET} to {@code callback} with {@code hub.mode},
   * {@code hub.challenge} and {@code hub.verify_token}, which must answer 200 with the challenge, so the receiver
   * must already be listening. Meta requires {@code https} with a valid certificate; the mock platform also takes
   * {@code http}.
   *
   * @param verifyToken the token the receiver expects in the handshake; never put in a message
   * @throws CallbackVerificationException if the handshake failed; the number keeps its previous callback
   * @throws IllegalArgumentException if {@code callback} is not an absolute http(s) URL or the token is blank
   */
  public void setPhoneNumberWebhook(String phoneNumberId, URI callback, String verifyToken) {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.putObject("webhook_configuration").put("override_callback_uri", callbackUrl(callback))
        .put("verify_token", verifyToken(verifyToken));
    calls.postJson(calls.url(Map.of(), phoneNumberId), body);
  }

  /**
   * Removes the phone number's own callback URL (an empty {@code override_callback_uri}): its webhooks go to the
   * WABA's override again, else to the app's callback.
   */
  public void removePhoneNumberWebhook(String phoneNumberId) {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.putObject("webhook_configuration").put("override_callback_uri", "");
    calls.postJson(calls.url(Map.of(), phoneNumberId), body);
  }

  /**
   * Subscribes the calling app to a WABA's webhooks ({@code POST /{WABA_ID}/subscribed_apps}), which WhatsApp
   * requires before it delivers any; they go to the app's callback URL.
   */
  public void subscribeApp(String wabaId) {
    calls.post(calls.url(Map.of(), wabaId, "subscribed_apps"), null);
  }

  /**
   * Subscribes the calling app to a WABA's webhooks with a callback URL for this WABA only ({@code
   * override_callback_uri}), which takes precedence over the app's callback (a phone number's own callback takes
   * precedence over it). Meta runs the verification handshake against {@code callback} before the call answers,
   * as for {@link #setPhoneNumberWebhook}.
   *
   * @param verifyToken the token the receiver expects in the handshake; never put in a message
   * @throws CallbackVerificationException if the handshake failed; nothing changed
   * @throws IllegalArgumentException if {@code callback} is not an absolute http(s) URL or the token is blank
   */
  public void subscribeApp(String wabaId, URI callback, String verifyToken) {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.put("override_callback_uri", callbackUrl(callback)).put("verify_token", verifyToken(verifyToken));
    calls.postJson(calls.url(Map.of(), wabaId, "subscribed_apps"), body);
  }

  /** The first page of the apps subscribed to a WABA's webhooks, each with its override for the WABA if any. */
  public Page<SubscribedApp> subscribedApps(String wabaId) {
    return page(calls.url(Map.of(), wabaId, "subscribed_apps"), SubscribedApp::from);
  }

  /** Unsubscribes the calling app from a WABA's webhooks ({@code DELETE /{WABA_ID}/subscribed_apps}). */
  public void unsubscribeApp(String wabaId) {
    calls.delete(calls.url(Map.of(), wabaId, "subscribed_apps"));
  }

  /**
   * Sets the app-wide callback URL for WhatsApp Business Account webhooks and subscribes it to {@code fields}
   * ({@code POST /{APP_ID}/subscriptions} with {@code object=whatsapp_business_account}). Meta expects an app
   * access token for this call, so use a client built with one. Meta runs the verification handshake against
   * {@code callback} before the call answers, as for {@link #setPhoneNumberWebhook}.
   *
   * @param fields webhook fields, e.g. {@code messages} and {@code flows}; at least one
   * @param verifyToken the token the receiver expects in the handshake; never put in a message
   * @throws CallbackVerificationException if the handshake failed; nothing changed
   * @throws IllegalArgumentException if {@code callback} is not an absolute http(s) URL, the token is blank or a
   *     field is not a lower-case field name
   */
  public void setAppWebhook(String appId, URI callback, String verifyToken, List<String> fields) {
    if (fields.isEmpty() || !fields.stream().allMatch(field -> field.matches("[a-z_]+"))) {
      throw new IllegalArgumentException("webhook fields are lower-case names such as messages and flows, at least "
          + "one: " + fields);
    }
    calls.post(calls.url(Map.of(), appId, "subscriptions"), new FormBody.Builder()
        .add("object", "whatsapp_business_account")
        .add("callback_url", callbackUrl(callback))
        .add("verify_token", verifyToken(verifyToken))
        .add("fields", String.join(",", fields))
        .build());
  }

  private static String callbackUrl(URI callback) {
    String scheme = callback.getScheme() == null ? "" : callback.getScheme().toLowerCase(Locale.ROOT);
    if (!callback.isAbsolute() || !(scheme.equals("http") || scheme.equals("https")) || callback.getHost() == null) {
      throw new IllegalArgumentException("a webhook callback is an absolute http or https URL: " + callback);
    }
    return callback.toString();
  }

  private static String verifyToken(String verifyToken) {
    if (verifyToken.isBlank()) {
      throw new IllegalArgumentException("a webhook verify token must not be blank");
    }
    return verifyToken;
  }

  // ----

  /**
   * Graph v18.0 and older call the endpoint URL {@code data_channel_uri} (renamed {@code endpoint_uri} in v19.0,
   * spec/platform.md section 1.1), so the name sent follows the configured version.
   */
  private boolean legacyEndpointName() {
    return Integer.parseInt(apiVersion.substring(1, apiVersion.indexOf('.'))) <= 18;
  }

  private ObjectNode endpointName(ObjectNode body) {
    if (legacyEndpointName() && body.has("endpoint_uri")) {
      body.set("data_channel_uri", body.remove("endpoint_uri"));
    }
    return body;
  }

  private Map<String, String> fields(FlowField... fields) {
    Map<String, String> query = new LinkedHashMap<>();
    if (fields.length > 0) {
      List<String> names = new ArrayList<>();
      for (FlowField field : fields) {
        names.add(legacyEndpointName() && field.equals(FlowField.ENDPOINT_URI) ? "data_channel_uri"
            : field.expression());
      }
      query.put("fields", String.join(",", names));
    }
    return query;
  }

  private <T> Page<T> page(HttpUrl url, Function<JsonNode, T> reader) {
    return Page.from(calls.get(url), url, reader);
  }

  /** Base URL and version; never the token. */
  @Override
  public String toString() {
    return "GraphApiClient[" + baseUrl + apiVersion + ", token redacted]";
  }

  /** Builds a {@link GraphApiClient}. */
  public static final class Builder {
    private HttpUrl baseUrl = HttpUrl.get(DEFAULT_BASE_URL);
    private String apiVersion = DEFAULT_API_VERSION;
    private @Nullable String accessToken;
    private @Nullable OkHttpClient httpClient;

    private Builder() {}

    /**
     * Where Graph is, e.g. {@code http://127.0.0.1:8080} for the mock platform.
     *
     * @throws IllegalArgumentException if it is not an http(s) URL
     */
    public Builder baseUrl(String baseUrl) {
      HttpUrl url = HttpUrl.parse(baseUrl);
      if (url == null) {
        throw new IllegalArgumentException("not an http or https URL: " + baseUrl);
      }
      if (url.query() != null) {
        throw new IllegalArgumentException("a base URL has no query: " + url.newBuilder().query(null).build());
      }
      List<String> segments = new ArrayList<>(url.pathSegments());
      segments.removeIf(String::isEmpty);
      HttpUrl.Builder clean = url.newBuilder().encodedPath("/");
      segments.forEach(clean::addPathSegment);
      if (!segments.isEmpty()) {
        clean.addPathSegment("");
      }
      this.baseUrl = clean.build();
      return this;
    }

    /**
     * The Graph API version, e.g. {@code v21.0}.
     *
     * @throws IllegalArgumentException if it is not {@code v} with a major and minor number
     */
    public Builder apiVersion(String apiVersion) {
      if (!apiVersion.matches("v\\d+\\.\\d+")) {
        throw new IllegalArgumentException("a Graph API version looks like v21.0: " + apiVersion);
      }
      this.apiVersion = apiVersion;
      return this;
    }

    /**
     * The access token (a system-user token in production).
     *
     * @throws IllegalArgumentException if it is blank or holds whitespace
     */
    public Builder accessToken(String accessToken) {
      if (accessToken.isBlank() || !accessToken.strip().equals(accessToken) || accessToken.contains(" ")) {
        throw new IllegalArgumentException("an access token is one word without spaces (token not shown)");
      }
      this.accessToken = accessToken;
      return this;
    }

    /** The OkHttp client to use, so its pools, timeouts and interceptors are shared; a new one if not set. */
    public Builder httpClient(OkHttpClient httpClient) {
      this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
      return this;
    }

    /**
     * The client.
     *
     * @throws IllegalStateException if no access token was set
     */
    public GraphApiClient build() {
      if (accessToken == null) {
        throw new IllegalStateException("a Graph API client needs an access token: call accessToken(...)");
      }
      return new GraphApiClient(this);
    }
  }
}
