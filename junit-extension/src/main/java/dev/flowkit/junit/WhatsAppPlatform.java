package dev.flowkit.junit;

import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.CreatedFlow;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowValidationException;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.GraphException;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryJournal;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.mock.webhook.WebhookKind;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.stream.Collectors;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The mock WhatsApp platform of a {@link WhatsAppFlowTest} class, as tests see it: where it listens, its token,
 * ids and secrets, the flows preloaded for the current test, users' phones, the webhook journal and helpers that
 * wait for asynchronous webhooks. Inject it into a test or lifecycle method. Thread-safe; the extension stops the
 * platform when the class is done.
 *
 * <p>Security: the token and secrets are the mock's own test values; {@link #toString()} prints none of them.
 */
public final class WhatsAppPlatform {

  /** How long the await helpers without a timeout wait. */
  public static final Duration DEFAULT_AWAIT_TIMEOUT = Duration.ofSeconds(10);
  /** The prefix of {@link #applicationProperties()}. */
  public static final String DEFAULT_PROPERTY_PREFIX = "whatsapp.";

  private static final JsonMapper JSON = JsonMapper.builder().build();

  /** A flow to create before each test. */
  record Preload(String name, String json, String source) {}

  private final MockWhatsApp mock;
  private final GraphApiClient graph;
  private final BusinessKeyPair keys;
  private final OptionalInt callbackPort;
  private final Optional<String> callbackUrl;
  private final Optional<String> endpointUri;
  private final List<Preload> preloads;
  private final boolean publish;
  private volatile Map<String, String> flowIds = Map.of();

  WhatsAppPlatform(MockWhatsApp mock, GraphApiClient graph, BusinessKeyPair keys, OptionalInt callbackPort,
      Optional<String> callbackUrl, Optional<String> endpointUri, List<Preload> preloads, boolean publish) {
    this.mock = mock;
    this.graph = graph;
    this.keys = keys;
    this.callbackPort = callbackPort;
    this.callbackUrl = callbackUrl;
    this.endpointUri = endpointUri;
    this.preloads = List.copyOf(preloads);
    this.publish = publish;
  }

  /** {@code http://127.0.0.1:PORT}: the Graph API base URL (calls go to {@code baseUrl/v21.0/...}). */
  public String baseUrl() {
    return mock.baseUrl();
  }

  /** The base of the control API ({@code baseUrl/_flowkit}), which needs no token. */
  public String controlUrl() {
    return mock.baseUrl() + "/_flowkit";
  }

  /** The access token the Graph API accepts. */
  public String accessToken() {
    return mock.accessToken();
  }

  /** The business's id. */
  public String businessId() {
    return mock.businessId();
  }

  /** The WhatsApp Business Account's id. */
  public String wabaId() {
    return mock.wabaId();
  }

  /** The business phone number's id (PNID), which sends the messages and holds the public key. */
  public String phoneNumberId() {
    return mock.phoneNumberId();
  }

  /** The business phone number as displayed. */
  public String displayPhoneNumber() {
    return mock.displayPhoneNumber();
  }

  /** The app's id. */
  public String appId() {
    return mock.appId();
  }

  /** The app secret: signs webhooks and endpoint requests; the business app verifies with it. */
  public String appSecret() {
    return mock.appSecret();
  }

  /** The token the business's webhook receiver answers Meta's verification handshake with. */
  public String verifyToken() {
    return mock.verifyToken();
  }

  /** Where webhooks are delivered; empty when no callback was configured (they are journaled as NO_TARGET). */
  public Optional<String> callbackUrl() {
    return callbackUrl;
  }

  /** The loopback port the business app must listen on for webhooks, when {@code callbackPort} was configured. */
  public OptionalInt callbackPort() {
    return callbackPort;
  }

  /** The endpoint URI set on the preloaded flows, when configured (a path is resolved on the callback port). */
  public Optional<String> endpointUri() {
    return endpointUri;
  }

  /** The business key pair; its public half is registered on {@link #phoneNumberId()}. */
  public BusinessKeyPair keys() {
    return keys;
  }

  /** The Graph API client pointed at this platform with its token (the one injected as a parameter). */
  public GraphApiClient graph() {
    return graph;
  }

  /** The whole mock platform, for what this handle does not cover (inbox, tenants, faults in process). */
  public MockWhatsApp mock() {
    return mock;
  }

  /**
   * The phone of user {@code waId}; the same phone until the next reset.
   *
   * @throws IllegalArgumentException if the id is not 5 to 20 digits with an optional leading {@code +}
   */
  public SimulatedPhone phone(String waId) {
    return mock.phone(waId);
  }

  /**
   * The id of the flow preloaded from the file named {@code name} (without {@code .json}) for the current test;
   * ids change with every reset.
   *
   * @throws IllegalArgumentException if no flow of that name was preloaded, naming those that were
   */
  public String flowId(String name) {
    String id = flowIds.get(name);
    if (id == null) {
      throw new IllegalArgumentException("no flow named \"" + name + "\" was preloaded; preloaded: "
          + (flowIds.isEmpty() ? "none (see @WhatsAppFlowTest(flows))" : flowIds.keySet()));
    }
    return id;
  }

  /** The ids of the flows preloaded for the current test, by name, in the order configured. */
  public Map<String, String> flowIds() {
    return flowIds;
  }

  /** Every webhook the platform sent, or could not send, since the last reset. */
  public DeliveryJournal webhookJournal() {
    return mock.webhookJournal();
  }

  /**
   * Back to how each test starts: the platform reset to its seed (flows, messages, faults, journal and phones
   * gone), the business public key registered again and the flows preloaded again (with new ids). The extension
   * calls this before each test.
   *
   * @throws ExtensionConfigurationException if a preloaded flow has validation errors or cannot be published
   */
  public void reset() {
    mock.reset();
    graph.setBusinessPublicKey(mock.phoneNumberId(), keys.publicKey());
    Map<String, String> ids = new LinkedHashMap<>();
    for (Preload preload : preloads) {
      ids.put(preload.name(), preload(preload));
    }
    flowIds = Map.copyOf(ids);
  }

  private String preload(Preload preload) {
    CreateFlowRequest.Builder request = CreateFlowRequest.builder(preload.name(), FlowCategory.OTHER)
        .flowJson(preload.json());
    endpointUri.ifPresent(request::endpointUri);
    String id;
    try {
      CreatedFlow created = graph.createFlow(mock.wabaId(), request.build()).requireValid();
      id = created.id();
    } catch (FlowValidationException e) {
      throw new ExtensionConfigurationException("preloaded flow \"" + preload.name() + "\" (" + preload.source()
          + ") has validation errors: " + e.validationErrors().stream()
              .map(v -> v.message() + v.span().map(s -> " at " + s).orElse("")).collect(Collectors.joining("; ")), e);
    } catch (GraphException e) {
      throw new ExtensionConfigurationException("preloading flow \"" + preload.name() + "\" (" + preload.source()
          + ") failed: " + e.getMessage(), e);
    }
    if (publish) {
      try {
        graph.publish(id);
      } catch (GraphException e) {
        throw new ExtensionConfigurationException("publishing preloaded flow \"" + preload.name() + "\" failed: "
            + e.getMessage() + ". An endpoint flow's endpoint (" + endpointUri.orElse("no endpointUri set")
            + ") must answer the health check before each test: start the business app in a static @BeforeAll "
            + "method, or set publishHealthCheck to false", e);
      }
    }
    return id;
  }

  /**
   * The platform's state as the control API shows it ({@code GET /_flowkit/state}, secrets masked).
   *
   * @throws IllegalStateException if the platform does not answer
   */
  public JsonNode state() {
    HttpRequest request = HttpRequest.newBuilder(URI.create(controlUrl() + "/state")).GET().build();
    try {
      HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
      return JSON.readTree(response.body());
    } catch (IOException | JacksonException e) {
      throw new IllegalStateException("the platform's control API did not answer GET /_flowkit/state: " + e, e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the platform's state", e);
    }
  }

  /** {@link #awaitWebhooks(WebhookKind, int, Duration)} with {@link #DEFAULT_AWAIT_TIMEOUT}. */
  public List<Delivery> awaitWebhooks(WebhookKind kind, int count) {
    return awaitWebhooks(kind, count, DEFAULT_AWAIT_TIMEOUT);
  }

  /**
   * Waits until at least {@code count} webhooks of {@code kind} have finished (delivered, failed, dropped or had
   * no target: anything but pending).
   *
   * @return those deliveries, oldest first
   * @throws AssertionError if the timeout passes first, listing what the journal holds
   */
  public List<Delivery> awaitWebhooks(WebhookKind kind, int count, Duration timeout) {
    Objects.requireNonNull(kind, "kind");
    return mock.webhookJournal().await(d -> d.kind() == kind && d.state() != DeliveryState.PENDING, count, timeout,
        count + " finished " + kind + " webhook(s)");
  }

  /**
   * Waits until at least {@code count} webhooks of {@code kind} are in {@code state}.
   *
   * @return those deliveries, oldest first
   * @throws AssertionError if the timeout passes first, listing what the journal holds
   */
  public List<Delivery> awaitWebhooks(WebhookKind kind, DeliveryState state, int count, Duration timeout) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    return mock.webhookJournal().await(d -> d.kind() == kind && d.state() == state, count, timeout,
        count + " " + kind + " webhook(s) " + state);
  }

  /** {@link #awaitCompletion(String, Duration)} with {@link #DEFAULT_AWAIT_TIMEOUT}. */
  public Delivery awaitCompletion(String messageId) {
    return awaitCompletion(messageId, DEFAULT_AWAIT_TIMEOUT);
  }

  /**
   * Waits until the completion ({@code nfm_reply}) webhook of the flow message {@code messageId} has finished
   * (anything but pending: with a callback URL, delivered or failed after its retries; without, no target).
   *
   * @param messageId the wamid of the flow message the user completed, e.g. {@code SentMessage.messageId()}
   * @return the delivery; its payload is the exact body sent
   * @throws AssertionError if the timeout passes first, listing what the journal holds
   */
  public Delivery awaitCompletion(String messageId, Duration timeout) {
    Objects.requireNonNull(messageId, "messageId");
    return mock.webhookJournal().await(d -> d.kind() == WebhookKind.FLOW_COMPLETION
        && d.state() != DeliveryState.PENDING && repliesTo(d, messageId), 1, timeout,
        "the finished completion webhook of message " + messageId).get(0);
  }

  private static boolean repliesTo(Delivery delivery, String messageId) {
    try {
      return JSON.readTree(delivery.payload()).findValues("context").stream()
          .anyMatch(context -> messageId.equals(context.path("id").asString(null)));
    } catch (JacksonException e) {
      return false;
    }
  }

  /** {@link #applicationProperties(String)} with the prefix {@value #DEFAULT_PROPERTY_PREFIX}. */
  public Map<String, String> applicationProperties() {
    return applicationProperties(DEFAULT_PROPERTY_PREFIX);
  }

  /**
   * What a business app needs to talk to this platform instead of Meta's, as properties under {@code prefix}:
   * {@code graph.base-url}, {@code graph.access-token}, {@code waba-id}, {@code phone-number-id},
   * {@code business-id}, {@code app-id}, {@code app-secret}, {@code verify-token}, {@code private-key} (PKCS#8
   * PEM) and, when configured, {@code callback-port} and {@code endpoint-uri}. Hand them to
   * {@code System.setProperty} or a Spring {@code @DynamicPropertySource}, or map them to your app's own names.
   *
   * @return the properties in a fixed order; secrets included, so do not log the map
   */
  public Map<String, String> applicationProperties(String prefix) {
    Objects.requireNonNull(prefix, "prefix");
    Map<String, String> properties = new LinkedHashMap<>();
    properties.put(prefix + "graph.base-url", baseUrl());
    properties.put(prefix + "graph.access-token", accessToken());
    properties.put(prefix + "waba-id", wabaId());
    properties.put(prefix + "phone-number-id", phoneNumberId());
    properties.put(prefix + "business-id", businessId());
    properties.put(prefix + "app-id", appId());
    properties.put(prefix + "app-secret", appSecret());
    properties.put(prefix + "verify-token", verifyToken());
    properties.put(prefix + "private-key", keys.privateKeyPem());
    callbackPort.ifPresent(port -> properties.put(prefix + "callback-port", Integer.toString(port)));
    endpointUri.ifPresent(uri -> properties.put(prefix + "endpoint-uri", uri));
    return Collections.unmodifiableMap(properties);
  }

  /** Stops the platform; the extension calls this when the class is done. */
  void stop() {
    mock.close();
  }

  /** The base URL and ids; no token or secret. */
  @Override
  public String toString() {
    return "WhatsAppPlatform[" + baseUrl() + ", waba=" + wabaId() + ", phone=" + phoneNumberId() + ", flows="
        + flowIds.keySet() + "]";
  }
}
