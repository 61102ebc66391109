package dev.flowkit.mock.phone;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.mock.phone.FlowMessageUnavailableException.Reason;
import dev.flowkit.mock.state.SentFlow;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.webhook.PlatformWebhooks;
import dev.flowkit.mock.webhook.WebhookDispatcher;
import dev.flowkit.mock.webhook.WebhookEnvelopes;
import dev.flowkit.mock.webhook.WebhookTarget;
import dev.flowkit.webhook.BusinessPhone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import okhttp3.OkHttpClient;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * A WhatsApp user's phone, headless: it lists the flow messages the user received and opens one into a
 * {@link FlowSession} that walks the flow against the business's real endpoint, encrypted as WhatsApp does.
 *
 * <p><b>On the mock platform</b> (get one with {@code MockWhatsApp.phone(waId)}): the message's flow JSON, mode,
 * flow token, action and payload apply; the endpoint requests are signed with the flow's app secret and feed the
 * flow's metrics; a 421 makes the phone fetch the number's business public key again from the platform; a
 * completion goes to the business as a signed {@code nfm_reply} webhook with the message id as {@code context.id}.
 * A message whose flow was deleted, deprecated or blocked does not open, nor does one whose button a 427 disabled.
 *
 * <pre>{@code
 * SimulatedPhone phone = whatsapp.phone("447700900123");
 * FlowSession session = phone.openLatest();
 * session.fill("email", "ada@example.com").fill("password", "s3cret").tapFooter();
 * assertThat(session.screen().id()).isEqualTo("WELCOME");
 * }</pre>
 *
 * <p><b>On a mock platform in another process</b> ({@link #remote(URI, String)}, e.g. one started with
 * {@code flowkit serve}): the same, through the platform's control API.
 *
 * <p><b>Standalone</b> ({@link #standalone()}): a given Flow JSON against any endpoint URL with a business public
 * key, for endpoints written in any language; no platform needed.
 *
 * <p>Thread-safe: a phone may open sessions from several threads (each session is for one thread). The
 * {@code with...} methods give a phone of the same user with other settings, sharing the disabled buttons.
 */
public final class SimulatedPhone {

  private static final Duration DEFAULT_KEY_REFETCH_PAUSE = EndpointChannel.DEFAULT_KEY_REFETCH_PAUSE;

  /** The settings a phone opens its sessions with. */
  private record Settings(Duration timeout, Duration keyRefetchPause, ScreenEngineOptions screens) {
    static final Settings DEFAULTS = new Settings(EndpointChannel.DEFAULT_TIMEOUT, DEFAULT_KEY_REFETCH_PAUSE,
        ScreenEngineOptions.defaults());
  }

  private final String waId;
  private final PhonePlatform platform;
  private final Settings settings;

  private SimulatedPhone(String waId, PhonePlatform platform, Settings settings) {
    this.waId = waId;
    this.platform = platform;
    this.settings = settings;
  }

  /**
   * The phone of user {@code waId} on a mock platform: how {@code MockWhatsApp.phone(waId)} wires it. Use that.
   *
   * @param waId the user's WhatsApp id, digits with an optional leading {@code +}
   * @throws IllegalArgumentException if the id is not 5 to 20 digits
   */
  public static SimulatedPhone connectedTo(String waId, FlowMessageInbox inbox, PlatformWebhooks webhooks,
      StateStore store) {
    FlowReplies replies = new FlowReplies(Objects.requireNonNull(store, "store"),
        Objects.requireNonNull(webhooks, "webhooks"));
    return new SimulatedPhone(digits(waId), new InJvmPlatform(Objects.requireNonNull(inbox, "inbox"), replies,
        store), Settings.DEFAULTS);
  }

  /**
   * The phone of user {@code waId} on a mock platform running in another process, e.g. one started with
   * {@code flowkit serve}, reached through its control API under {@code /_flowkit/} (no access token). It works as
   * {@code MockWhatsApp.phone(waId)} does: the messages, their opening rules and {@code read} status, the app
   * secret that signs endpoint requests (which it asks the platform for), the key refetch after a 421, the
   * endpoint requests counted in the flow's metrics, and the completion sent by the platform as its signed
   * {@code nfm_reply} webhook.
   *
   * <p>It needs the platform's base URL reachable from here and the business's endpoint reachable from here too
   * (this phone, not the platform, sends the encrypted requests). It does not start a platform, nor check the URL
   * before its first call. A 427 disables the message's button on the platform, for every remote phone of the
   * user; a phone from {@code MockWhatsApp.phone(waId)} keeps its own disabled buttons, as another device would.
   * The messages {@link #flowMessages()} lists carry no app secret: the platform hands it out only to an opening.
   *
   * <pre>{@code
   * SimulatedPhone phone = SimulatedPhone.remote(URI.create("http://127.0.0.1:8080"), "447700900123");
   * FlowSession session = phone.openLatest();
   * }</pre>
   *
   * <p>Every call to the platform may also throw {@link RemotePlatformException}: the platform did not answer, or
   * is not a FlowKit mock platform.
   *
   * @param platformBaseUrl the platform's base URL, e.g. {@code http://127.0.0.1:8080}
   * @param waId the user's WhatsApp id, digits with an optional leading {@code +}
   * @throws IllegalArgumentException if the URL is not an absolute http or https URL, or the id is not 5 to 20
   *     digits
   */
  public static SimulatedPhone remote(URI platformBaseUrl, String waId) {
    return new SimulatedPhone(digits(waId), new RemotePlatform(Objects.requireNonNull(platformBaseUrl,
        "platformBaseUrl")), Settings.DEFAULTS);
  }

  /** A builder for a session on a given Flow JSON against any endpoint, with no platform. */
  public static Standalone standalone() {
    return new Standalone();
  }

  private static String digits(String waId) {
    String digits = waId.startsWith("+") ? waId.substring(1) : waId;
    if (!digits.matches("[0-9]{5,20}")) {
      throw new IllegalArgumentException("a WhatsApp id is 5 to 20 digits, with an optional leading +, got \""
          + waId + "\"");
    }
    return digits;
  }

  /** The user's WhatsApp id (digits). */
  public String waId() {
    return waId;
  }

  /**
   * This phone waiting {@code timeout} for each endpoint request (default 10 s, as WhatsApp).
   *
   * @throws IllegalArgumentException if not positive
   */
  public SimulatedPhone withTimeout(Duration timeout) {
    positive(timeout, "timeout");
    return new SimulatedPhone(waId, platform, new Settings(timeout, settings.keyRefetchPause(), settings.screens()));
  }

  /**
   * This phone pausing {@code pause} before resending after a 421 (default 500 ms, as WhatsApp; zero for none).
   *
   * @throws IllegalArgumentException if negative
   */
  public SimulatedPhone withKeyRefetchPause(Duration pause) {
    notNegative(pause);
    return new SimulatedPhone(waId, platform, new Settings(settings.timeout(), pause, settings.screens()));
  }

  /** This phone with other choices where the facts are uncertain (see {@link ScreenEngineOptions}). */
  public SimulatedPhone withScreenOptions(ScreenEngineOptions options) {
    return new SimulatedPhone(waId, platform, new Settings(settings.timeout(), settings.keyRefetchPause(),
        Objects.requireNonNull(options, "options")));
  }

  /** The flow messages the user received, oldest first. */
  public List<ReceivedFlowMessage> flowMessages() {
    return platform.flowMessages(waId);
  }

  /**
   * Opens the most recent flow message the user received.
   *
   * @throws FlowMessageUnavailableException if the user received none, or it does not open (see {@link #open})
   * @throws FlowSessionException if the opening fails as the phone shows it (see {@link #open})
   */
  public FlowSession openLatest() {
    List<ReceivedFlowMessage> received = flowMessages();
    if (received.isEmpty()) {
      throw new FlowMessageUnavailableException(Reason.UNKNOWN_MESSAGE, "user " + waId
          + " has received no flow message");
    }
    return open(received.get(received.size() - 1).wamid());
  }

  /**
   * Opens a flow message, as the user tapping its button does: navigate mode shows the message's screen with its
   * data; data_exchange mode sends INIT and shows the endpoint's answer. The message is marked read.
   *
   * @throws FlowMessageUnavailableException if there is no such message for this user, its flow was deleted,
   *     deprecated or blocked, or a 427 disabled its button ({@link Reason#BUTTON_DISABLED})
   * @throws FlowSessionException if the message's payload does not fit the flow
   *     ({@link FlowSessionException.Kind#OPENING_REFUSED}) or the INIT answer is refused
   *     ({@link FlowSessionException.Kind#INVALID_RESPONSE})
   */
  public FlowSession open(String wamid) {
    Objects.requireNonNull(wamid, "wamid");
    ReceivedFlowMessage message = platform.open(waId, wamid);
    SentFlow sent = message.flow();
    if (sent.flowJson() == null) {
      throw new FlowMessageUnavailableException(Reason.NOT_A_FLOW_MESSAGE, "the flow of message " + wamid
          + " had no Flow JSON for mode " + sent.mode() + " when it was sent");
    }
    FlowJson flow = FlowJsonMapper.read(sent.flowJson());
    EndpointCounters counters = new EndpointCounters();
    String flowId = sent.flowId();
    EndpointMetrics metrics = sample -> {
      counters.record(sample);
      if (flowId != null) {
        platform.recordTraffic(flowId, sample);
      }
    };
    EndpointChannel channel = null;
    if (sent.endpointUri() != null) {
      EndpointChannel.Builder builder = EndpointChannel.builder().endpoint(URI.create(sent.endpointUri()))
          .keys(new PlatformKeys(message, platform)).flow(flow).flowToken(sent.flowToken())
          .timeout(settings.timeout()).keyRefetchPause(settings.keyRefetchPause()).metrics(metrics);
      message.appSecret().ifPresent(builder::appSecret);
      if (sent.dataApiVersion() != null) {
        builder.dataApiVersion(sent.dataApiVersion());
      }
      channel = builder.build();
    }
    FlowSession session = new FlowSession(flow, sent.flowToken(), wamid, channel, counters,
        new PlatformLink(message, platform), settings.screens());
    return open(session, sent.flowAction().equals("data_exchange"), Optional.ofNullable(sent.screen()),
        Optional.of(sent.data()));
  }

  private static FlowSession open(FlowSession session, boolean init, Optional<String> screen,
      Optional<JsonNode> data) {
    return init ? session.openWithInit() : session.openNavigate(screen, data);
  }

  /**
   * Whether a 427 disabled the button of this message on this phone (for a {@link #remote} phone: on the
   * platform, for every remote phone of the user).
   */
  public boolean isButtonDisabled(String wamid) {
    return platform.isButtonDisabled(waId, wamid);
  }

  /** The message's key first; after a 421 the key the platform holds for the number now. */
  private static final class PlatformKeys implements EndpointKeySource {
    private final ReceivedFlowMessage message;
    private final PhonePlatform platform;

    PlatformKeys(ReceivedFlowMessage message, PhonePlatform platform) {
      this.message = message;
      this.platform = platform;
    }

    @Override
    public Optional<PublicKey> current() {
      return message.businessPublicKey().map(BusinessKeys::readPublicKey);
    }

    @Override
    public Optional<PublicKey> refetch() {
      return platform.businessPublicKey(message).map(BusinessKeys::readPublicKey);
    }
  }

  /** Completion as the platform's {@code nfm_reply} webhook; a 427 disables the button on this phone. */
  private static final class PlatformLink implements SessionLink {
    private final ReceivedFlowMessage message;
    private final PhonePlatform platform;

    PlatformLink(ReceivedFlowMessage message, PhonePlatform platform) {
      this.message = message;
      this.platform = platform;
    }

    @Override
    public String completed(String messageId, JsonNode response) {
      return platform.completed(message, response);
    }

    @Override
    public void tokenRejected(String messageId) {
      platform.disableButton(messageId);
    }
  }

  /** The user and the platform it is on; never a key or secret. */
  @Override
  public String toString() {
    return "SimulatedPhone[" + waId + ", " + platform + "]";
  }

  private static void positive(Duration duration, String what) {
    if (duration.isNegative() || duration.isZero()) {
      throw new IllegalArgumentException("the " + what + " must be positive, got " + duration);
    }
  }

  private static void notNegative(Duration pause) {
    if (pause.isNegative()) {
      throw new IllegalArgumentException("the pause must not be negative, got " + pause);
    }
  }

  /**
   * Opens a Flow JSON against any endpoint, with no platform: for endpoints written in Node, Python, Go or Java
   * alike. Only {@link #flow(FlowJson)} is required; a flow with {@code data_exchange} actions also needs
   * {@link #endpoint(URI)} and {@link #businessPublicKey(PublicKey)}. The completion is recorded on the session
   * and, with {@link #completionWebhook(URI, AppSecret)}, delivered as a signed {@code nfm_reply} webhook.
   *
   * <pre>{@code
   * FlowSession session = SimulatedPhone.standalone()
   *     .flow(Path.of("flows/sign_up.json"))
   *     .endpoint(URI.create("http://127.0.0.1:3000/flow"))
   *     .businessPublicKey(Files.readString(Path.of("public.pem")))
   *     .appSecret(AppSecret.of(System.getenv("APP_SECRET")))
   *     .dataExchange()
   *     .open();
   * }</pre>
   *
   * <p>The webhook names the business with made-up ids, {@link #STANDALONE_WABA_ID} and
   * {@link #STANDALONE_PHONE_NUMBER_ID}; the message id is a made-up {@code wamid.}. Not thread-safe.
   */
  public static final class Standalone {

    /** The WABA id a standalone completion webhook names. */
    public static final String STANDALONE_WABA_ID = "100000000000001";

    /** The phone number id a standalone completion webhook names. */
    public static final String STANDALONE_PHONE_NUMBER_ID = "100000000000002";

    /** The business number, as digits, a standalone completion webhook names. */
    public static final String STANDALONE_DISPLAY_NUMBER = "15550000000";

    private static final Object DISPATCHER_LOCK = new Object();
    private static @Nullable WebhookDispatcher dispatcher;

    private @Nullable FlowJson flow;
    private @Nullable URI endpoint;
    private @Nullable EndpointKeySource key;
    private @Nullable AppSecret appSecret;
    private String flowToken = EndpointChannel.DEFAULT_FLOW_TOKEN;
    private String waId = "16505550100";
    private boolean init;
    private Optional<String> screen = Optional.empty();
    private Optional<JsonNode> data = Optional.empty();
    private @Nullable WebhookTarget callback;
    private Settings settings = Settings.DEFAULTS;
    private @Nullable OkHttpClient http;

    private Standalone() {}

    /** The flow to open. Required. */
    public Standalone flow(FlowJson flow) {
      this.flow = Objects.requireNonNull(flow, "flow");
      return this;
    }

    /**
     * The flow to open, as Flow JSON text.
     *
     * @throws dev.flowkit.json.InvalidFlowJsonException if the text is not Flow JSON
     */
    public Standalone flow(String json) {
      return flow(FlowJsonMapper.read(json));
    }

    /**
     * The flow to open, from a file.
     *
     * @throws UncheckedIOException if the file cannot be read
     * @throws dev.flowkit.json.InvalidFlowJsonException if it does not hold Flow JSON
     */
    public Standalone flow(Path file) {
      try {
        return flow(FlowJsonMapper.read(file));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Flow JSON file " + file, e);
      }
    }

    /**
     * The business's endpoint URL.
     *
     * @throws IllegalArgumentException if it is not an absolute http or https URL
     */
    public Standalone endpoint(URI url) {
      EndpointChannel.builder().endpoint(url); // checks it now
      this.endpoint = url;
      return this;
    }

    /**
     * The business public key the endpoint holds the private key of.
     *
     * @throws dev.flowkit.crypto.MalformedKeyException if it is not an RSA key
     * @throws dev.flowkit.crypto.KeyTooSmallException if it has fewer than 2048 bits
     */
    public Standalone businessPublicKey(PublicKey key) {
      this.key = EndpointKeySource.fixed(key); // checks it now, and keeps the cipher for every session opened
      return this;
    }

    /**
     * The business public key as PEM (SPKI or PKCS#1).
     *
     * @throws dev.flowkit.crypto.MalformedKeyException if the text is not an RSA public key
     * @throws dev.flowkit.crypto.KeyTooSmallException if the key has fewer than 2048 bits
     */
    public Standalone businessPublicKey(String pem) {
      return businessPublicKey(BusinessKeys.readPublicKey(pem));
    }

    /**
     * The app secret that signs each request ({@code X-Hub-Signature-256}, and {@code flow_token_signature} for
     * data API 4.0 with Flow JSON 7.3+). Without one, requests go unsigned.
     */
    public Standalone appSecret(AppSecret secret) {
      this.appSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * The flow token the requests and the completion carry; default {@code unused}, as WhatsApp's.
     *
     * @throws IllegalArgumentException if empty
     */
    public Standalone flowToken(String token) {
      if (token.isEmpty()) {
        throw new IllegalArgumentException("the flow token must not be empty");
      }
      this.flowToken = token;
      return this;
    }

    /** The user's WhatsApp id in the completion webhook; default {@code 16505550100}. */
    public Standalone user(String waId) {
      this.waId = digits(waId);
      return this;
    }

    /** Navigate mode (the default) on the first entry screen, without data. */
    public Standalone navigate() {
      this.init = false;
      this.screen = Optional.empty();
      this.data = Optional.empty();
      return this;
    }

    /** Navigate mode on this screen, which must be an entry screen, with this data (a JSON object). */
    public Standalone navigate(String screen, JsonNode data) {
      this.init = false;
      this.screen = Optional.of(screen);
      this.data = Optional.of(data.deepCopy());
      return this;
    }

    /** Data_exchange mode: the first screen is the endpoint's answer to INIT. */
    public Standalone dataExchange() {
      this.init = true;
      this.screen = Optional.empty();
      this.data = Optional.empty();
      return this;
    }

    /** Also deliver the completion as a signed {@code nfm_reply} webhook to this callback URL. */
    public Standalone completionWebhook(URI callbackUrl, AppSecret secret) {
      this.callback = new WebhookTarget(callbackUrl, secret);
      return this;
    }

    /**
     * How long each endpoint request may take; default 10 s, as WhatsApp.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Standalone timeout(Duration timeout) {
      positive(timeout, "timeout");
      settings = new Settings(timeout, settings.keyRefetchPause(), settings.screens());
      return this;
    }

    /**
     * The pause before resending after a 421; default 500 ms. A standalone phone refetches the same key.
     *
     * @throws IllegalArgumentException if negative
     */
    public Standalone keyRefetchPause(Duration pause) {
      notNegative(pause);
      settings = new Settings(settings.timeout(), pause, settings.screens());
      return this;
    }

    /**
     * The OkHttp client the sessions send with, which the caller owns: e.g. one with its own TLS settings or proxy,
     * or an interceptor that answers in process; default a shared one. As {@link EndpointChannel.Builder#httpClient}
     * says, the phone sends through a client derived from it with the phone's timeout, HTTP/1.1 and no redirects.
     */
    public Standalone httpClient(OkHttpClient client) {
      this.http = Objects.requireNonNull(client, "client");
      return this;
    }

    /** Other choices where the facts are uncertain (see {@link ScreenEngineOptions}). */
    public Standalone screenOptions(ScreenEngineOptions options) {
      settings = new Settings(settings.timeout(), settings.keyRefetchPause(),
          Objects.requireNonNull(options, "options"));
      return this;
    }

    /**
     * Opens the flow.
     *
     * @throws IllegalStateException if no flow was given, or an endpoint without a key (or a key without one)
     * @throws FlowSessionException if the opening is refused as the phone refuses it
     */
    public FlowSession open() {
      if (flow == null) {
        throw new IllegalStateException("a standalone session needs flow(...)");
      }
      if ((endpoint == null) != (key == null)) {
        throw new IllegalStateException("a standalone session needs both endpoint(...) and businessPublicKey(...), "
            + "or neither (a flow without data_exchange)");
      }
      EndpointCounters counters = new EndpointCounters();
      EndpointChannel channel = null;
      if (endpoint != null && key != null) {
        EndpointChannel.Builder builder = EndpointChannel.builder().endpoint(endpoint)
            .keys(key).flow(flow).flowToken(flowToken).timeout(settings.timeout())
            .keyRefetchPause(settings.keyRefetchPause()).metrics(counters);
        if (appSecret != null) {
          builder.appSecret(appSecret);
        }
        if (http != null) {
          builder.httpClient(http);
        }
        channel = builder.build();
      }
      String messageId = "wamid.standalone-" + UUID.randomUUID();
      FlowSession session = new FlowSession(flow, flowToken, messageId, channel, counters,
          new StandaloneLink(waId, Optional.ofNullable(callback)), settings.screens());
      return SimulatedPhone.open(session, init, screen, data);
    }

    static WebhookDispatcher dispatcher() {
      synchronized (DISPATCHER_LOCK) {
        if (dispatcher == null) {
          dispatcher = WebhookDispatcher.builder().build(); // daemon threads, shared by standalone sessions
        }
        return dispatcher;
      }
    }
  }

  /** A standalone completion: recorded on the session, delivered only when a callback was given. */
  private static final class StandaloneLink implements SessionLink {
    private final String waId;
    private final Optional<WebhookTarget> callback;

    StandaloneLink(String waId, Optional<WebhookTarget> callback) {
      this.waId = waId;
      this.callback = callback;
    }

    @Override
    public String completed(String messageId, JsonNode response) {
      String reply = "wamid.standalone-reply-" + UUID.randomUUID();
      callback.ifPresent(target -> Standalone.dispatcher().dispatch(Optional.of(target),
          WebhookEnvelopes.flowCompletion(Standalone.STANDALONE_WABA_ID, new BusinessPhone(
              Standalone.STANDALONE_PHONE_NUMBER_ID, Standalone.STANDALONE_DISPLAY_NUMBER), waId, Optional.empty(),
              reply, messageId, Clock.systemUTC().instant(), response)));
      return reply;
    }

    @Override
    public void tokenRejected(String messageId) {
      // a standalone session has no message button to disable; the session itself closes
    }
  }
}
