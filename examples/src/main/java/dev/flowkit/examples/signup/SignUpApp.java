package dev.flowkit.examples.signup;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowRequest;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.InvalidFlowTokenException;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import dev.flowkit.examples.ExampleSettings;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.Flow;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowField;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.graph.FlowUpdate;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.Page;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.webhook.FlowCompletion;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;

/**
 * The sign-up / login business app: its flow endpoint at {@code /flow}, its webhook receiver at {@code /webhook}
 * (both on one JDK server), and the Graph API calls that create, upload, publish and send the flow.
 *
 * <p>Configured only by properties, each also an environment variable ({@code whatsapp.graph.base-url} or
 * {@code WHATSAPP_GRAPH_BASE_URL}): {@code whatsapp.graph.base-url} (default Meta's), {@code
 * whatsapp.graph.access-token}, {@code whatsapp.waba-id}, {@code whatsapp.phone-number-id}, {@code
 * whatsapp.private-key} (PKCS#8 PEM) or {@code whatsapp.private-key-file}, {@code whatsapp.app-secret}, {@code
 * whatsapp.verify-token}, {@code whatsapp.callback-port} (0: a free port), {@code whatsapp.endpoint-uri} (the
 * public URL of {@code /flow}, default on loopback), {@code whatsapp.webhook-uri} (the public URL of {@code
 * /webhook}; optional), {@code whatsapp.flow-name} (default {@code sign up}) and, for {@link #main}, {@code
 * whatsapp.recipient}. In the two URI settings a value starting with {@code /} is that path on loopback at the
 * app's port. A missing setting fails with its name, never its value.
 *
 * <p>With {@code whatsapp.webhook-uri} set, the app registers it on start, as a business does, as its phone
 * number's webhook callback ({@link GraphApiClient#setPhoneNumberWebhook}): WhatsApp checks it with the
 * verification handshake, which the app's already listening receiver answers with {@code whatsapp.verify-token},
 * and from then on delivers the number's webhooks (completions among them) there. Without it, the webhooks go
 * wherever the platform was told before (the WABA's or the app's callback URL).
 *
 * <p>Flow tokens are issued by {@link #sendTo}; a request with a token the app did not issue, or one it has
 * {@linkplain #expire expired}, is answered with 427. {@link #rotateKey()} makes a new key pair, registers its
 * public half with WhatsApp and decrypts with the new private key from then on.
 */
public final class SignUpApp implements AutoCloseable {

  /** What the user reads when the app no longer accepts the flow's token. */
  public static final String EXPIRED_MESSAGE = "This sign-up link has expired. Ask us for a new one.";

  private final Map<String, String> config;
  private final GraphApiClient graph;
  private final AppSecret appSecret;
  private final UserStore users = new UserStore();
  private final Set<String> liveTokens = ConcurrentHashMap.newKeySet();
  private final List<FlowCompletion> completions = new CopyOnWriteArrayList<>();
  private volatile Consumer<FlowCompletion> onCompletion = done -> { };
  private final HttpServer server;
  private final ExecutorService executor = Executors.newFixedThreadPool(4);
  private volatile JdkFlowEndpointHandler endpoint;
  private volatile PrivateKey currentKey;

  private SignUpApp(Map<String, String> config) {
    this.config = Map.copyOf(config);
    this.appSecret = AppSecret.of(required("whatsapp.app-secret"));
    this.graph = ExampleSettings.graphClient(config);
    this.endpoint = endpointWith(privateKey());
    try {
      server = HttpServer.create(ExampleSettings.callbackAddress(config, 8081), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/flow", exchange -> endpoint.handle(exchange));
    server.createContext("/webhook", WebhookHttpHandler.create(
        WebhookVerifier.create(appSecret, required("whatsapp.verify-token")),
        notification -> notification.eventsOf(FlowCompletion.class).forEach(done -> {
          onCompletion.accept(done);
          completions.add(done);
        })));
    server.setExecutor(executor);
  }

  /**
   * Starts the app's server with these settings (see the class comment) and, when {@code whatsapp.webhook-uri} is
   * set, registers it as the phone number's webhook callback; the server is listening when this returns.
   *
   * @throws dev.flowkit.graph.CallbackVerificationException if WhatsApp's handshake with that URL failed; the
   *     server is stopped again
   */
  public static SignUpApp start(Map<String, String> config) {
    SignUpApp app = new SignUpApp(config);
    app.server.start();
    try {
      ExampleSettings.registerWebhook(app.graph, app.config, app.port());
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
    return app;
  }

  /** The settings from the environment, overridden by system properties of the same name. */
  public static Map<String, String> configFromEnvironment() {
    return ExampleSettings.fromEnvironment();
  }

  /**
   * Creates, uploads and publishes the flow, registers the business public key and sends the flow to {@code
   * whatsapp.recipient}, with the settings from the environment and system properties; then serves the endpoint
   * and the webhook receiver until the process is stopped.
   *
   * @param args not used: the app is configured only by its settings
   */
  public static void main(String[] args) {
    SignUpApp app = run(configFromEnvironment());
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
  }

  /**
   * What {@link #main} does with these settings: starts the app, publishes the flow and sends it to {@code
   * whatsapp.recipient}, printing the flow and message ids; the app keeps serving until closed, printing each
   * completion that reaches its webhook receiver.
   */
  public static SignUpApp run(Map<String, String> config) {
    return run(config, System.out);
  }

  /** {@link #run(Map)}, printing to {@code out}. */
  public static SignUpApp run(Map<String, String> config, PrintStream out) {
    SignUpApp app = start(config);
    try {
      String flowId = app.createAndPublish();
      SentMessage sent = app.sendTo(app.required("whatsapp.recipient"), flowId);
      app.onCompletion = done -> out.println("user " + done.sender().waId() + " completed the flow of "
          + "message " + done.contextMessageId().orElse("?") + ": stay logged in = "
          + done.response().path("stay_logged_in").asBoolean(false));
      out.println("flow " + flowId + " published and sent as message " + sent.messageId()
          + "; endpoint and webhook receiver on port " + app.port());
      return app;
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
  }

  /**
   * Registers the public key and makes sure the flow named {@code whatsapp.flow-name} (default {@code sign up})
   * is published with this app's endpoint URI, so the app can be started again and again against one WABA: a
   * flow of that name that is already published with this endpoint URI is reused as it is; a draft of that name
   * gets the endpoint URI and the JSON and is published; no flow of that name is created, filled and published.
   * A published flow of that name with another endpoint URI, or one deprecated, blocked or throttled, fails
   * with a message saying to choose another name (a published flow cannot be edited).
   *
   * @return the flow id
   */
  public String createAndPublish() {
    graph.setBusinessPublicKey(required("whatsapp.phone-number-id"), BusinessKeys.publicKeyOf(currentKey));
    String name = config.getOrDefault("whatsapp.flow-name", "sign up");
    Optional<Flow> existing = flowNamed(name);
    if (existing.isPresent() && existing.get().status().orElse(null) == FlowStatus.PUBLISHED) {
      Flow flow = existing.get();
      if (!flow.endpointUri().orElse("").equals(endpointUri())) {
        throw new IllegalStateException("the flow '" + name + "' (" + flow.id() + ") is published with endpoint "
            + flow.endpointUri().orElse("(none)") + ", not " + endpointUri() + "; set whatsapp.flow-name to "
            + "publish a new flow");
      }
      return flow.id();
    }
    String flowId;
    if (existing.isEmpty()) {
      flowId = graph.createFlow(required("whatsapp.waba-id"),
          CreateFlowRequest.builder(name, FlowCategory.SIGN_UP, FlowCategory.SIGN_IN)
              .endpointUri(endpointUri()).build()).id();
    } else if (existing.get().status().orElse(null) == FlowStatus.DRAFT) {
      flowId = existing.get().id();
      graph.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri(endpointUri()).build());
    } else {
      throw new IllegalStateException("the flow '" + name + "' (" + existing.get().id() + ") is "
          + existing.get().status().map(FlowStatus::name).orElse("in an unknown state")
          + "; set whatsapp.flow-name to publish a new flow");
    }
    graph.uploadFlowJson(flowId, SignUpFlow.flowJson()).requireValid();
    graph.publish(flowId);
    return flowId;
  }

  private Optional<Flow> flowNamed(String name) {
    Page<Flow> page = graph.listFlows(required("whatsapp.waba-id"), FlowField.NAME, FlowField.STATUS,
        FlowField.ENDPOINT_URI);
    while (true) {
      for (Flow flow : page.data()) {
        if (flow.name().orElse("").equals(name)) {
          return Optional.of(flow);
        }
      }
      Optional<Page<Flow>> next = graph.nextPage(page);
      if (next.isEmpty()) {
        return Optional.empty();
      }
      page = next.get();
    }
  }

  /** Sends the flow to a user with a fresh flow token that the endpoint will accept. */
  public SentMessage sendTo(String waId, String flowId) {
    String token = "su-" + UUID.randomUUID();
    liveTokens.add(token);
    return graph.sendFlowMessage(required("whatsapp.phone-number-id"), FlowMessage.builder(waId, "Sign up")
        .flowId(flowId).flowToken(token).navigate(SignUpFlow.START, Map.of())
        .body("Create your account or log in").build());
  }

  /** Stops accepting this flow token: the next request with it gets 427. */
  public void expire(String flowToken) {
    liveTokens.remove(flowToken);
  }

  /** A new key pair: its public half registered with WhatsApp, its private half decrypting from now on. */
  public void rotateKey() {
    KeyPair fresh = BusinessKeys.generate();
    graph.setBusinessPublicKey(required("whatsapp.phone-number-id"), fresh.getPublic());
    endpoint = endpointWith(fresh.getPrivate());
  }

  /** The completions the webhook receiver got, in order. */
  public List<FlowCompletion> completions() {
    return List.copyOf(completions);
  }

  /** The registered users. */
  public UserStore users() {
    return users;
  }

  /** The port the server listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  /** The URL WhatsApp posts flow requests to: {@code whatsapp.endpoint-uri}, else {@code /flow} on loopback. */
  public String endpointUri() {
    return ExampleSettings.appUrl(config, "whatsapp.endpoint-uri", port())
        .orElseGet(() -> URI.create("http://127.0.0.1:" + port() + "/flow")).toString();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }


  private PrivateKey privateKey() {
    String pem = config.get("whatsapp.private-key");
    if (pem == null) {
      Path file = Path.of(required("whatsapp.private-key-file"));
      try {
        pem = Files.readString(file);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read whatsapp.private-key-file " + file, e);
      }
    }
    return BusinessKeys.readPrivateKey(pem);
  }

  private JdkFlowEndpointHandler endpointWith(PrivateKey key) {
    currentKey = key;
    return new JdkFlowEndpointHandler(FlowEndpoint.builder()
        .privateKey(key)
        .appSecret(appSecret)
        .handler(FlowRouter.builder()
            .dataExchange("SIGN_UP", this::signUp)
            .dataExchange("LOGIN", this::logIn)
            .build())
        .build());
  }

  private FlowResponse signUp(FlowRequest request) {
    requireLiveToken(request);
    String email = text(request, "email");
    if (!text(request, "password").equals(text(request, "confirm_password"))) {
      return FlowResponse.stay("SIGN_UP", "Passwords do not match", Map.of(
          "first_name_initial_value", text(request, "first_name"),
          "last_name_initial_value", text(request, "last_name"),
          "email_initial_value", email,
          "password_initial_value", "",
          "confirm_password_initial_value", ""));
    }
    users.register(new UserStore.User(text(request, "first_name"), text(request, "last_name"), email,
        text(request, "password")));
    return FlowResponse.next("LOGIN", Map.of("email_initial_value", email, "password_initial_value", ""));
  }

  private FlowResponse logIn(FlowRequest request) {
    requireLiveToken(request);
    String email = text(request, "email");
    UserStore.@Nullable User user = users.find(email).orElse(null);
    if (user == null) {
      // The guide answers with SIGN_UP, but the routing model may not lead back from LOGIN to SIGN_UP (Meta
      // refuses backward routes), so the user stays on LOGIN with the error and goes back to sign up.
      return FlowResponse.stay("LOGIN", "You are not registered. Please sign up",
          Map.of("email_initial_value", email, "password_initial_value", ""));
    }
    if (!user.password().equals(text(request, "password"))) {
      return FlowResponse.stay("LOGIN", "Incorrect password",
          Map.of("email_initial_value", email, "password_initial_value", ""));
    }
    return FlowResponse.next("LOGIN_SUCCESS");
  }

  private void requireLiveToken(FlowRequest request) {
    if (!liveTokens.contains(request.flowToken().orElse(""))) {
      throw new InvalidFlowTokenException(EXPIRED_MESSAGE);
    }
  }

  private static String text(FlowRequest request, String field) {
    return request.dataString(field).orElse("");
  }

  private String required(String name) {
    return ExampleSettings.required(config, name);
  }
}
