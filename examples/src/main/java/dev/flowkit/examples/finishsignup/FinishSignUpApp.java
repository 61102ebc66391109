package dev.flowkit.examples.finishsignup;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.examples.ExampleSettings;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.webhook.FlowCompletion;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import tools.jackson.databind.JsonNode;

/**
 * The business app of the static "Finish Sign Up" flow ({@link FinishSignUpFlow}), the simplest case: no flow
 * endpoint and no keys, only a webhook receiver at {@code /webhook} on a JDK server and the Graph API calls that
 * create the flow, upload its JSON and send it.
 *
 * <p>Configured only by settings (see {@link ExampleSettings}: a system property, or the environment variable in
 * capitals): {@code whatsapp.graph.base-url} (default Meta's), {@code whatsapp.graph.access-token}, {@code
 * whatsapp.waba-id}, {@code whatsapp.phone-number-id}, {@code whatsapp.app-secret} and {@code
 * whatsapp.verify-token} (which check the webhooks), {@code whatsapp.callback-port} (default 8081; 0 picks a free
 * one), {@code whatsapp.host} (default {@code 127.0.0.1}), {@code whatsapp.webhook-uri} (the public URL of {@code
 * /webhook}, a value starting with {@code /} meaning that path on loopback at the app's port; optional), {@code
 * whatsapp.publish} ({@code true} publishes the flow and sends it in published mode; default {@code false}: a draft
 * sent in draft mode, as the guide does) and, for {@link #main}, {@code whatsapp.recipient}. A missing setting
 * fails with its name, never a value.
 *
 * <p>With {@code whatsapp.webhook-uri} set, the app registers it on start, as a business does, as its phone
 * number's webhook callback ({@link GraphApiClient#setPhoneNumberWebhook}): WhatsApp checks it with the
 * verification handshake, which the app's already listening receiver answers with {@code whatsapp.verify-token},
 * and from then on delivers the number's webhooks (the completions among them) there. Without it, the webhooks go
 * wherever the platform was told before (the WABA's or the app's callback URL).
 *
 * <p>Each message carries a fresh flow token. A completion counts as a {@link SignUp} only when its token is one
 * the app issued and has not seen completed yet, so a webhook delivered twice is taken once and a completion of
 * someone else's message not at all.
 */
public final class FinishSignUpApp implements AutoCloseable {

  /**
   * What a user entered on the flow, from a completion whose token the app issued.
   *
   * @param flowToken the token the app sent the flow with
   * @param waId the user's WhatsApp id, who completed it
   * @param firstName the {@code first_name} field
   * @param lastName the {@code last_name} field
   * @param email the {@code email} field
   */
  public record SignUp(String flowToken, String waId, String firstName, String lastName, String email) {}

  private final Map<String, String> settings;
  private final GraphApiClient graph;
  private final boolean publish;
  private final Consumer<SignUp> onSignUp;
  private final Set<String> issuedTokens = ConcurrentHashMap.newKeySet();
  private final List<SignUp> signUps = new CopyOnWriteArrayList<>();
  private final HttpServer server;

  private FinishSignUpApp(Map<String, String> settings, Consumer<SignUp> onSignUp) {
    this.settings = Map.copyOf(settings);
    this.onSignUp = onSignUp;
    this.publish = flag("whatsapp.publish");
    this.graph = ExampleSettings.graphClient(settings);
    WebhookVerifier verifier = WebhookVerifier.create(AppSecret.of(required("whatsapp.app-secret")),
        required("whatsapp.verify-token"));
    try {
      server = HttpServer.create(ExampleSettings.callbackAddress(settings, 8081), 0);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    server.createContext("/webhook", WebhookHttpHandler.create(verifier,
        notification -> notification.eventsOf(FlowCompletion.class).forEach(this::completed)));
  }

  /**
   * Starts the webhook receiver with these settings (see the class comment) and, when {@code whatsapp.webhook-uri}
   * is set, registers it as the phone number's webhook callback; the receiver listens when this returns.
   *
   * @throws dev.flowkit.graph.CallbackVerificationException if WhatsApp's handshake with that URL failed; the
   *     receiver is stopped again
   */
  public static FinishSignUpApp start(Map<String, String> settings) {
    return start(settings, signUp -> {});
  }

  private static FinishSignUpApp start(Map<String, String> settings, Consumer<SignUp> onSignUp) {
    FinishSignUpApp app = new FinishSignUpApp(settings, onSignUp);
    app.server.start();
    try {
      ExampleSettings.registerWebhook(app.graph, app.settings, app.port());
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
    return app;
  }

  /**
   * Sends the flow to {@code whatsapp.recipient} with the settings from the environment and system properties,
   * prints what to do next, then prints each sign-up as it arrives until the process is stopped.
   *
   * @param args not used: the app is configured only by its settings
   */
  public static void main(String[] args) {
    FinishSignUpApp app = run(ExampleSettings.fromEnvironment(), System.out);
    Runtime.getRuntime().addShutdownHook(new Thread(app::close));
  }

  /**
   * What {@link #main} does with these settings, printing to {@code out}: starts the app, creates the flow, sends
   * it to {@code whatsapp.recipient} and says what to do next; each sign-up is printed when it arrives. The app
   * keeps listening until closed.
   */
  public static FinishSignUpApp run(Map<String, String> settings, PrintStream out) {
    FinishSignUpApp app = start(settings, signUp -> out.println("Signed up: " + signUp.firstName() + " "
        + signUp.lastName() + " <" + signUp.email() + ">, WhatsApp user " + signUp.waId()));
    try {
      String recipient = app.required("whatsapp.recipient");
      String flowId = app.createFlow();
      SentMessage sent = app.sendTo(recipient, flowId);
      out.println("Flow " + flowId + (app.publish ? " published" : " saved as a draft") + " and sent to "
          + recipient + " in " + app.mode().name().toLowerCase(Locale.ROOT) + " mode, message "
          + sent.messageId() + ".");
      out.println("Next: open the message in WhatsApp on " + recipient + "'s phone, fill in the three fields and"
          + " tap Done.");
      String graphUrl = app.graph.baseUrl().replaceFirst("/$", "");
      if (!graphUrl.equals(GraphApiClient.DEFAULT_BASE_URL)) {
        out.println("On FlowKit's mock platform, " + graphUrl + "/_flowkit/users/" + recipient
            + "/flow_messages shows the message, and a SimulatedPhone walks it (see FinishSignUpAppTest).");
      }
      out.println("Each sign-up is printed here when its completion webhook reaches http://" + app.host() + ":"
          + app.port() + "/webhook. Ctrl-C stops.");
      return app;
    } catch (RuntimeException e) {
      app.close();
      throw e;
    }
  }

  /**
   * Creates the flow (no endpoint URI) and uploads its JSON; publishes it too when {@code whatsapp.publish} is
   * {@code true}. Flow names are unique in a WhatsApp Business Account, so each call names its flow afresh.
   *
   * @return the flow id
   * @throws dev.flowkit.graph.FlowValidationException if the platform reports errors in the flow JSON
   */
  public String createFlow() {
    String flowId = graph.createFlow(required("whatsapp.waba-id"), CreateFlowRequest.builder(
        "finish sign up " + UUID.randomUUID().toString().substring(0, 8), FlowCategory.SIGN_UP).build()).id();
    graph.uploadFlowJson(flowId, FinishSignUpFlow.flowJson()).requireValid();
    if (publish) {
      graph.publish(flowId);
    }
    return flowId;
  }

  /** Sends the flow to a user as a navigate message opening SIGN_UP, with a fresh flow token, in {@link #mode}. */
  public SentMessage sendTo(String waId, String flowId) {
    String token = "fs-" + UUID.randomUUID();
    issuedTokens.add(token);
    return graph.sendFlowMessage(required("whatsapp.phone-number-id"), FlowMessage.builder(waId, "Finish Sign Up")
        .flowId(flowId).flowToken(token).mode(mode()).navigate(FinishSignUpFlow.SIGN_UP, Map.of())
        .body("Finish signing up with us: it takes a minute.").build());
  }

  /** The mode messages are sent in: published when {@code whatsapp.publish} is {@code true}, else draft. */
  public FlowMessage.Mode mode() {
    return publish ? FlowMessage.Mode.PUBLISHED : FlowMessage.Mode.DRAFT;
  }

  /** The sign-ups received so far, in order. */
  public List<SignUp> signUps() {
    return List.copyOf(signUps);
  }

  /** The port the webhook receiver listens on. */
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
  }

  private void completed(FlowCompletion done) {
    String token = done.flowToken().orElse("");
    // remove: a token completes once; a duplicate delivery or a token we never issued is not a sign-up
    if (!issuedTokens.remove(token)) {
      return;
    }
    JsonNode answers = done.response();
    SignUp signUp = new SignUp(token, done.sender().waId(), answers.path("first_name").asString(""),
        answers.path("last_name").asString(""), answers.path("email").asString(""));
    signUps.add(signUp);
    onSignUp.accept(signUp);
  }

  private String host() {
    return server.getAddress().getHostString();
  }

  private boolean flag(String name) {
    String value = settings.getOrDefault(name, "false");
    if (!value.equals("true") && !value.equals("false")) {
      throw new IllegalArgumentException(name + " is true or false");
    }
    return value.equals("true");
  }

  private String required(String name) {
    return ExampleSettings.required(settings, name);
  }
}
