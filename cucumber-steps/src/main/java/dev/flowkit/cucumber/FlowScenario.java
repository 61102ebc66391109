package dev.flowkit.cucumber;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.FlowValidationException;
import dev.flowkit.graph.GraphException;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.phone.FlowMessageUnavailableException;
import dev.flowkit.mock.phone.ReceivedFlowMessage;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.mock.webhook.WebhookKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.FlowSessionException;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.mock.phone.Transcript;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The state of one scenario: the flow it opens and the user's session in it. Cucumber's dependency injection
 * builds one per scenario and hands it to every step class, so nothing carries over from one scenario to the
 * next. Not thread-safe (a scenario runs on one thread).
 *
 * <p>Two ways to run, as the {@link FlowKitSettings} say. Standalone: the session is opened with
 * {@link SimulatedPhone#standalone()} against the endpoint. Platform: the flow is created (and published) on the
 * run's mock WhatsApp platform, the business sends it to a user, and the user's platform phone opens it; the
 * platform is reset when the scenario starts. Either way the steps only use {@link FlowSession}, so a session
 * opened any other way can be handed in with {@link #use(FlowSession)}.
 *
 * <p>Failures are {@link AssertionError}s that end with what the user sees (the screen's plain text) and the tail
 * of the session's transcript, which masks {@code sensitive} fields.
 */
public class FlowScenario {

  /** How many transcript entries a failure shows. */
  static final int TRANSCRIPT_TAIL = 6;

  /** How long {@link #awaitCompletionWebhook()} waits for the platform's delivery. */
  public static final Duration WEBHOOK_WAIT = Duration.ofSeconds(10);

  /** The flow token of the messages the business sends in platform mode. */
  public static final String FLOW_TOKEN = "flowkit-cucumber";

  private final FlowKitSettings settings;
  private @Nullable Path flow;
  private @Nullable FlowSession session;
  private @Nullable PlatformRun platform;
  private @Nullable String flowId;
  private @Nullable String user;
  private @Nullable String messageId;
  private boolean published;

  /** A scenario configured by {@link FlowKitSettings#load()}. */
  public FlowScenario() {
    this.settings = FlowKitSettings.load();
  }

  private FlowScenario(FlowKitSettings settings) {
    this.settings = settings;
  }

  /** A scenario with these settings rather than the loaded ones. */
  public static FlowScenario with(FlowKitSettings settings) {
    return new FlowScenario(settings);
  }

  /** The settings in force. */
  public FlowKitSettings settings() {
    return settings;
  }

  /**
   * Names the flow file to open, relative to the flows folder.
   *
   * @throws IllegalArgumentException if there is no such file
   */
  public void flow(String file) {
    Path path = settings.flows().resolve(file);
    if (!Files.isRegularFile(path)) {
      throw new IllegalArgumentException("no flow file " + path.toAbsolutePath() + " (" + FlowKitSettings.FLOWS
          + " names the flows folder)");
    }
    this.flow = path;
    if (settings.platform()) {
      createOnPlatform(path);
    }
  }

  private void createOnPlatform(Path path) {
    PlatformRun run = platform();
    CreateFlowRequest.Builder request = CreateFlowRequest.builder(baseName(path), FlowCategory.OTHER);
    try {
      request.flowJson(Files.readString(path));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + path, e);
    }
    settings.endpoint().ifPresent(url -> request.endpointUri(url.toString()));
    try {
      flowId = run.graph.createFlow(run.mock.wabaId(), request.build()).requireValid().id();
    } catch (FlowValidationException e) {
      throw new AssertionError(path.getFileName() + " has validation errors: " + e.validationErrors().stream()
          .map(v -> v.message() + v.span().map(span -> " at " + span).orElse(""))
          .collect(Collectors.joining("; ")), e);
    }
    published = false;
  }

  /**
   * Publishes the flow on the platform (which checks the endpoint's health first).
   *
   * @throws IllegalStateException if not in platform mode or no flow was named
   * @throws AssertionError if the platform refuses to publish it
   */
  public void publish() {
    String id = requireFlowId();
    try {
      platform().graph.publish(id);
    } catch (GraphException e) {
      throw new AssertionError("the flow could not be published: " + e.getMessage(), e);
    }
    published = true;
  }

  /**
   * The business sends the flow to a user (by WhatsApp id) in a flow message: data_exchange mode when an endpoint
   * is set, else navigate mode on the first screen.
   *
   * @throws IllegalStateException if not in platform mode or no flow was named
   */
  public void sendTo(String waId) {
    String id = requireFlowId();
    FlowMessage.Builder message = FlowMessage.builder(waId, "Open").flowId(id).flowToken(FLOW_TOKEN);
    if (!published) {
      message.mode(FlowMessage.Mode.DRAFT);
    }
    if (settings.endpoint().isPresent()) {
      message.dataExchange();
    }
    PlatformRun run = platform();
    try {
      messageId = run.graph.sendFlowMessage(run.mock.phoneNumberId(), message.build()).messageId();
    } catch (GraphException e) {
      throw new AssertionError("the flow could not be sent to " + waId + ": " + e.getMessage(), e);
    }
    user = waId;
  }

  /**
   * The run's mock WhatsApp platform, reset for this scenario: its Graph base URL, access token, ids, app secret and
   * verify token, for step classes of your own that start the business's app against it. The first call in a
   * scenario resets the platform, as any platform step does.
   *
   * @throws IllegalStateException if not in platform mode
   */
  public MockWhatsApp mockPlatform() {
    return platform().mock;
  }

  /**
   * Records a flow message that the business sent to a user by its own means (its app's Graph API calls rather
   * than {@link #sendTo}), so that {@link #open} opens the user's latest message and
   * {@link #awaitCompletionWebhook()} waits for this message's completion.
   *
   * @param waId the user's WhatsApp id
   * @param messageId the id Graph answered the send with
   * @throws IllegalStateException if not in platform mode
   */
  public void messageSentTo(String waId, String messageId) {
    platform();
    this.user = waId;
    this.messageId = messageId;
  }

  /**
   * The flow messages the user has received on the platform.
   *
   * @throws IllegalStateException if not in platform mode or nothing was sent yet
   */
  public List<ReceivedFlowMessage> messagesToUser() {
    return platform().mock.phone(requireUser()).flowMessages();
  }

  /**
   * Waits for the platform to deliver the completion webhook of the message the user opened.
   *
   * @throws AssertionError if it is not delivered within {@link #WEBHOOK_WAIT}
   */
  public Delivery awaitCompletionWebhook() {
    if (messageId == null) {
      throw new IllegalStateException("no flow message was sent in this scenario");
    }
    String id = messageId;
    try {
      return platform().mock.webhookJournal().await(d -> d.kind() == WebhookKind.FLOW_COMPLETION
          && d.state() == DeliveryState.DELIVERED && d.payload().contains(id), 1, WEBHOOK_WAIT,
          "the delivered completion webhook of message " + id).get(0);
    } catch (AssertionError e) {
      throw failure("Expected the business to receive the completion webhook: " + firstLine(e.getMessage()));
    }
  }

  private PlatformRun platform() {
    if (!settings.platform()) {
      throw new IllegalStateException("this step needs the mock platform: set " + FlowKitSettings.PLATFORM
          + "=mock");
    }
    if (platform == null) {
      platform = PlatformRun.resetFor(settings);
    }
    return platform;
  }

  private String requireFlowId() {
    platform();
    if (flowId == null) {
      throw new IllegalStateException("no flow yet: start the scenario with 'Given the flow \"file.json\"'");
    }
    return flowId;
  }

  private String requireUser() {
    if (user == null) {
      throw new IllegalStateException("no flow was sent yet: add 'Given the business sends the flow to \"<wa id>\"'");
    }
    return user;
  }

  private static String baseName(Path path) {
    String name = path.getFileName().toString();
    return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
  }

  /**
   * Opens the flow as the user does: in navigate mode on its first screen, or in data_exchange mode, where the
   * first screen is the endpoint's answer to INIT. On the platform, the latest flow message the user received, in
   * its own mode, once one was sent ({@link #sendTo} or {@link #messageSentTo}).
   *
   * @throws IllegalStateException if no flow was named, or on the platform none was sent
   * @throws AssertionError if the phone refuses to open it
   */
  public FlowSession open(boolean dataExchange) {
    if (settings.platform() && user != null) {
      try {
        return use(platform().mock.phone(user).openLatest());
      } catch (FlowSessionException | FlowMessageUnavailableException e) {
        throw new AssertionError("the user could not open " + (flow == null ? "the flow message" : flow.getFileName())
            + ": " + e.getMessage(), e);
      }
    }
    if (flow == null) {
      throw new IllegalStateException("no flow yet: start the scenario with 'Given the flow \"file.json\"'");
    }
    if (settings.platform()) {
      requireUser();
    }
    SimulatedPhone.Standalone phone = SimulatedPhone.standalone().flow(flow);
    settings.endpoint().ifPresent(phone::endpoint);
    settings.publicKeyPem().ifPresent(phone::businessPublicKey);
    settings.appSecret().map(AppSecret::of).ifPresent(phone::appSecret);
    settings.flowToken().ifPresent(phone::flowToken);
    if (dataExchange) {
      phone.dataExchange();
    }
    try {
      return use(phone.open());
    } catch (FlowSessionException e) {
      throw new AssertionError("the user could not open " + flow.getFileName() + ": " + e.getMessage(), e);
    }
  }

  /** Makes this the scenario's session (e.g. one a platform phone opened); returns it. */
  public FlowSession use(FlowSession session) {
    this.session = session;
    return session;
  }

  /**
   * The user's session.
   *
   * @throws IllegalStateException if the user has not opened the flow yet
   */
  public FlowSession session() {
    if (session == null) {
      throw new IllegalStateException("the user has not opened the flow yet: add 'When the user opens the flow'");
    }
    return session;
  }

  /**
   * Does something on the session; a refusal becomes an assertion failure showing what the user sees.
   *
   * @throws AssertionError if the session refuses
   */
  public void act(String what, UnaryOperator<FlowSession> action) {
    FlowSession current = session();
    try {
      action.apply(current);
    } catch (FlowSessionException e) {
      AssertionError failure = new AssertionError("the user could not " + what + ": " + firstLine(e.getMessage())
          + context(current));
      failure.initCause(e);
      throw failure;
    }
  }

  /** An assertion failure with this headline, what the user sees and the transcript tail. */
  public AssertionError failure(String headline) {
    return new AssertionError(headline + (session == null ? "" : context(session)));
  }

  private static String context(FlowSession session) {
    StringBuilder text = new StringBuilder();
    text.append("\n\nThe user sees");
    try {
      text.append(" (").append(session.screen().id()).append("):\n").append(indent(session.screen().plainText()));
    } catch (FlowSessionException e) {
      text.append(": no screen (").append(firstLine(e.getMessage())).append(")");
    }
    session.lastError().ifPresent(error -> text.append("\n  [error] ").append(error));
    Transcript transcript = session.transcript();
    List<Transcript.Entry> entries = transcript.entries();
    List<Transcript.Entry> tail = entries.subList(Math.max(0, entries.size() - TRANSCRIPT_TAIL), entries.size());
    text.append("\n\nLast steps of the transcript (").append(tail.size()).append(" of ").append(entries.size())
        .append("):\n").append(tail.stream().map(Transcript.Entry::toText).map(FlowScenario::indent)
            .collect(Collectors.joining("\n")));
    return text.toString();
  }

  private static String indent(String text) {
    return text.lines().map(line -> "  " + line).collect(Collectors.joining("\n"));
  }

  private static String firstLine(@Nullable String message) {
    return Optional.ofNullable(message).map(m -> m.lines().findFirst().orElse("")).orElse("");
  }
}
