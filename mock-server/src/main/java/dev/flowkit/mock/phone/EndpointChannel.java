package dev.flowkit.mock.phone;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.FlowResponseDecryptionException;
import dev.flowkit.crypto.FlowTokenSignature;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.PendingFlowRequest;
import dev.flowkit.json.FlowJson;
import dev.flowkit.mock.phone.EndpointExchange.Attempt;
import dev.flowkit.mock.phone.EndpointOutcome.Failed;
import dev.flowkit.mock.phone.EndpointOutcome.InvalidResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.PublicKey;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Protocol;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import okio.BufferedSink;
import org.jspecify.annotations.NullMarked;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The encrypted conversation of one flow session with the business's flow endpoint, exactly as a phone holds it
 * (platform facts §5): {@link #send(EndpointRequest)} builds the clear request, encrypts it with a fresh AES key
 * and IV for the business public key, POSTs {@code {encrypted_flow_data, encrypted_aes_key, initial_vector}} as
 * {@code application/json} signed in {@code X-Hub-Signature-256}, and reads the answer into an
 * {@link EndpointOutcome}. Every exchange goes into the {@link #transcript()} and every HTTP request into the
 * {@link EndpointMetrics}.
 *
 * <pre>{@code
 * EndpointChannel channel = EndpointChannel.builder()
 *     .endpoint(URI.create("http://127.0.0.1:8080/flow"))
 *     .keys(EndpointKeySource.fixed(businessPublicKey))
 *     .appSecret(AppSecret.of(secret))
 *     .flow(flowJson)                        // its data API and Flow JSON versions, its sensitive fields
 *     .flowToken("bk-5f2c9a71")
 *     .build();
 * EndpointOutcome first = channel.send(EndpointRequest.init()).outcome();
 * }</pre>
 *
 * <h2>Statuses (platform facts §5.6)</h2>
 * <ul>
 *   <li>200: decrypted with the flipped IV and checked ({@link EndpointOutcome.NextScreen},
 *       {@link EndpointOutcome.Completed}, {@link EndpointOutcome.Acknowledged}, or
 *       {@link EndpointOutcome.InvalidResponse} with {@code response-decryption-error} or
 *       {@code payload-schema-error});</li>
 *   <li>421: the key source is asked to {@link EndpointKeySource#refetch() refetch}, and after
 *       {@link Builder#keyRefetchPause(Duration) a pause} the request is encrypted again and resent once; a second
 *       421 is {@code business-decryption-error};</li>
 *   <li>427: {@link EndpointOutcome.FlowTokenRejected}, its {@code error_msg} read from an encrypted or plain
 *       body;</li>
 *   <li>any other status (432, 500, 302: redirects are not followed): {@code unexpected_http_status_code};</li>
 *   <li>no HTTP answer: {@code no_http_response_error}; none within {@link Builder#timeout(Duration) the timeout}:
 *       {@code timeout_error}.</li>
 * </ul>
 *
 * <h2>Threads and security</h2>
 * Thread-safe: exchanges may overlap, each with its own AES key. Neither the transcript, nor any outcome, nor
 * {@code toString()} holds the encrypted body, the AES key, a business key or the app secret.
 */
@NullMarked
public final class EndpointChannel {

  /** How long a phone waits for the endpoint: 10 s (platform facts §5.1, §5.7). */
  public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

  /** How long Meta's client waits before resending after a 421: about 500 ms (platform facts §5.6). */
  public static final Duration DEFAULT_KEY_REFETCH_PAUSE = Duration.ofMillis(500);

  /** The flow token a message carries when the business gave none (flow-json §9.1). */
  public static final String DEFAULT_FLOW_TOKEN = "unused";

  /** When requests carry {@code flow_token_signature}. */
  public enum TokenSigning {
    /**
     * As WhatsApp: data API 4.0 with Flow JSON 7.3 or later (platform facts §5.8), on every request but ping.
     * Without an app secret nothing can be signed, so the field is left out: a standalone phone given no secret
     * talks to an endpoint that checks no signatures (FlowKit's choice; {@link #ALWAYS} refuses to build instead).
     */
    BY_VERSION,
    /** On every request but ping, whatever the versions, e.g. to test an endpoint's check; needs an app secret. */
    ALWAYS,
    /** Never, e.g. to see an endpoint that requires the signature refuse a request without one. */
    NEVER
  }

  private static final Pattern FLOW_JSON_VERSION = Pattern.compile("[0-9]{1,3}\\.[0-9]{1,3}");

  private static final MediaType JSON = MediaType.get("application/json");

  /**
   * The client every channel given none sends with, set up as {@link #sendingClient} sets up any: its connection
   * pool is shared, so consecutive sessions reuse keep-alive connections. OkHttp's synchronous calls run on the
   * caller's thread, with no hand-off to a selector or worker thread (what made the JDK client the phone's
   * largest cost).
   */
  private static final OkHttpClient SHARED_HTTP = sendingClient(new OkHttpClient(), DEFAULT_TIMEOUT);

  /** The endpoint URL last parsed for OkHttp, since sessions one after another mostly talk to the same one. */
  private static volatile @Nullable ParsedUrl lastUrl;

  private record ParsedUrl(URI uri, HttpUrl url) {}

  private final URI endpoint;
  private final EndpointKeySource keys;
  private final @Nullable AppSecret appSecret;
  private final String dataApiVersion;
  private final String flowJsonVersion;
  private final String flowToken;
  private final boolean signsFlowToken;
  private final String tokenClaim;
  private final Duration timeout;
  private final Duration keyRefetchPause;
  private final boolean protocolStatusesAreErrors;
  private final EndpointReplies replies;
  private final EndpointMask mask;
  private final EndpointMetrics metrics;
  private final Clock clock;
  private final HttpUrl url;
  private final OkHttpClient http;
  private final EndpointTranscript transcript = new EndpointTranscript();
  private final AtomicLong sequence = new AtomicLong();
  private final Object keyLock = new Object();
  private @Nullable FlowClientCipher cipher;

  private EndpointChannel(Builder builder) {
    this.endpoint = Objects.requireNonNull(builder.endpoint, "an EndpointChannel needs endpoint(...)");
    this.keys = Objects.requireNonNull(builder.keys, "an EndpointChannel needs keys(...)");
    this.appSecret = builder.appSecret;
    this.dataApiVersion = builder.dataApiVersion;
    this.flowJsonVersion = builder.flowJsonVersion;
    this.flowToken = builder.flowToken;
    boolean byVersion = dataApiVersion.equals("4.0") && atLeast73(flowJsonVersion);
    switch (builder.tokenSigning) {
      case ALWAYS:
        if (appSecret == null) {
          throw new IllegalStateException("tokenSigning(ALWAYS) needs appSecret(...): flow_token_signature is "
              + "signed with the app secret");
        }
        this.signsFlowToken = true;
        break;
      case NEVER:
        this.signsFlowToken = false;
        break;
      default:
        this.signsFlowToken = byVersion && appSecret != null;
    }
    this.tokenClaim = builder.tokenClaim;
    this.timeout = builder.timeout;
    this.keyRefetchPause = builder.keyRefetchPause;
    this.protocolStatusesAreErrors = builder.protocolStatusesAreErrors;
    this.replies = new EndpointReplies(builder.unparsable);
    this.mask = builder.mask;
    this.metrics = builder.metrics;
    this.clock = builder.clock;
    this.url = httpUrl(endpoint);
    this.http = builder.http == null && timeout.equals(DEFAULT_TIMEOUT) ? SHARED_HTTP
        : sendingClient(builder.http == null ? SHARED_HTTP : builder.http, timeout);
  }

  /** The URL as OkHttp takes it, parsed once per endpoint rather than per session (it checks the host name). */
  private static HttpUrl httpUrl(URI endpoint) {
    ParsedUrl last = lastUrl;
    if (last != null && last.uri().equals(endpoint)) {
      return last.url();
    }
    HttpUrl parsed = Objects.requireNonNull(HttpUrl.parse(endpoint.toString()), "endpoint");
    lastUrl = new ParsedUrl(endpoint, parsed);
    return parsed;
  }

  /**
   * The client as a phone sends with it, derived from the given one (sharing its connection pool and dispatcher):
   * the whole call, connecting included, within the timeout; HTTP/1.1 only; no redirects followed, WhatsApp
   * follows none; TCP_NODELAY is OkHttp's default; a pooled connection the endpoint closed is not used
   * ({@link StaleConnectionCheck}).
   */
  private static OkHttpClient sendingClient(OkHttpClient client, Duration timeout) {
    return StaleConnectionCheck.addTo(client.newBuilder())
        .callTimeout(timeout)
        .connectTimeout(timeout)
        .readTimeout(timeout)
        .writeTimeout(timeout)
        .followRedirects(false)
        .followSslRedirects(false)
        .protocols(List.of(Protocol.HTTP_1_1))
        .build();
  }

  /** A builder; {@link Builder#endpoint(URI)} and {@link Builder#keys(EndpointKeySource)} are required. */
  public static Builder builder() {
    return new Builder();
  }

  /** The endpoint URL. */
  public URI endpoint() {
    return endpoint;
  }

  /** The flow token every request but ping carries. */
  public String flowToken() {
    return flowToken;
  }

  /** Whether requests other than ping carry {@code flow_token_signature}. */
  public boolean signsFlowToken() {
    return signsFlowToken;
  }

  /** Every exchange so far. */
  public EndpointTranscript transcript() {
    return transcript;
  }

  /**
   * Sends one request and waits for its outcome (at most the timeout per HTTP request, twice plus the pause after
   * a 421). The exchange is added to the transcript before it is returned.
   *
   * @throws NullPointerException if the request is null; anything the endpoint does is an outcome
   */
  public EndpointExchange send(EndpointRequest request) {
    return exchange(request).exchange();
  }

  /**
   * An exchange and its response already parsed, for the session.
   *
   * @param exchange what {@link #send(EndpointRequest)} returns
   * @param response the clear 200 response as a JSON object, when it is one; nothing else holds this tree
   */
  record Sent(EndpointExchange exchange, Optional<JsonNode> response) {}

  /** {@link #send(EndpointRequest)}, keeping the parsed response so that the session does not parse it again. */
  Sent exchange(EndpointRequest request) {
    Objects.requireNonNull(request, "request");
    Instant at = clock.instant();
    long started = System.nanoTime();
    String json = clearJson(request);
    byte[] utf8 = json.getBytes(StandardCharsets.UTF_8);
    List<Attempt> attempts = new ArrayList<>();
    EndpointReplies.Read read = converse(request, utf8, attempts);
    EndpointOutcome outcome = read.outcome();
    Set<String> masked = new HashSet<>(mask.fieldsToMask(request.screen()));
    if (outcome instanceof EndpointOutcome.NextScreen) {
      masked.addAll(mask.fieldsToMask(Optional.of(((EndpointOutcome.NextScreen) outcome).screen())));
    }
    EndpointExchange exchange = new EndpointExchange(sequence.incrementAndGet(), at, request, json, attempts,
        read.clear(), outcome, Duration.ofNanos(System.nanoTime() - started), masked);
    transcript.add(exchange);
    return new Sent(exchange, read.tree());
  }

  /** Encrypts, posts, and on a 421 refetches the key and resends once. */
  private EndpointReplies.Read converse(EndpointRequest request, byte[] clear, List<Attempt> attempts) {
    Optional<FlowClientCipher> encryptor = cipher(false);
    if (encryptor.isEmpty()) {
      return unread(noKey());
    }
    Answer answer = post(encryptor.get(), clear, attempts);
    if (answer.status == 421) {
      if (!pause()) {
        return unread(interrupted());
      }
      encryptor = cipher(true);
      if (encryptor.isEmpty()) {
        return unread(noKey());
      }
      answer = post(encryptor.get(), clear, attempts);
      if (answer.status == 421) {
        return unread(new Failed(EndpointErrorType.BUSINESS_DECRYPTION_ERROR, OptionalInt.of(421),
            "the endpoint could not decrypt the request (421), again after the key was refetched: it does not "
                + "hold the private key of the public key registered for the phone number"));
      }
    }
    return interpret(request, answer);
  }

  private static EndpointReplies.Read unread(EndpointOutcome outcome) {
    return new EndpointReplies.Read(outcome, Optional.empty());
  }

  private String clearJson(EndpointRequest request) {
    ObjectNode clear = EndpointJson.MAPPER.createObjectNode();
    clear.put("version", dataApiVersion);
    clear.put("action", request.action());
    if (request.kind() != EndpointRequest.Kind.PING) {
      clear.put("screen", request.screen().orElse(""));
      clear.set("data", request.dataUncopied()); // only written out, never changed
      clear.put("flow_token", flowToken);
      if (signsFlowToken) {
        clear.put("flow_token_signature", FlowTokenSignature.mint(flowToken, Objects.requireNonNull(appSecret),
            tokenClaim));
      }
    }
    return EndpointJson.write(clear);
  }

  /** The cipher for the key in hand; fetched on first use, refetched on demand. */
  private Optional<FlowClientCipher> cipher(boolean refetch) {
    synchronized (keyLock) {
      if (cipher == null || refetch) {
        if (keys instanceof FixedKeySource fixed) {
          cipher = fixed.cipher(); // made when the key was checked; a refetch gets the same key
        } else {
          Optional<PublicKey> key = refetch ? keys.refetch() : keys.current();
          cipher = key.map(FlowClientCipher::create).orElse(null);
        }
      }
      return Optional.ofNullable(cipher);
    }
  }

  /** What one HTTP request got: a status and body, or a failure. */
  private static final class Answer {
    final int status;
    final String body;
    final PendingFlowRequest pending;
    final @Nullable EndpointErrorType failure;
    final String failureText;

    Answer(int status, String body, PendingFlowRequest pending, @Nullable EndpointErrorType failure,
        String failureText) {
      this.status = status;
      this.body = body;
      this.pending = pending;
      this.failure = failure;
      this.failureText = failureText;
    }
  }

  private Answer post(FlowClientCipher encryptor, byte[] clear, List<Attempt> attempts) {
    PendingFlowRequest pending = encryptor.encrypt(clear);
    byte[] body = pending.body().toJsonBytes();
    Request.Builder request = new Request.Builder().url(url).post(new OneShotBody(body));
    if (appSecret != null) {
      request.header(HubSignature.HEADER, HubSignature.sign(body, appSecret));
    }
    Instant at = clock.instant();
    long started = System.nanoTime();
    Answer answer;
    try (Response response = StaleConnectionCheck.execute(http, request.build())) {
      ResponseBody responseBody = response.body();
      answer = new Answer(response.code(), responseBody.string(), pending, null, "");
    } catch (InterruptedIOException e) {
      if (Thread.currentThread().isInterrupted()) {
        answer = new Answer(-1, "", pending, null, "interrupted before the endpoint answered");
      } else {
        answer = new Answer(-1, "", pending, EndpointErrorType.TIMEOUT_ERROR,
            "no answer within " + timeout.toMillis() + " ms");
      }
    } catch (IOException e) {
      // OkHttp's messages name the failure (refused, reset, not HTTP), never the body or headers.
      answer = new Answer(-1, "", pending, EndpointErrorType.NO_HTTP_RESPONSE_ERROR,
          e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    }
    Duration took = Duration.ofNanos(System.nanoTime() - started);
    OptionalInt status = answer.status < 0 ? OptionalInt.empty() : OptionalInt.of(answer.status);
    attempts.add(new Attempt(status, took,
        answer.status < 0 ? Optional.of(answer.failureText) : Optional.empty()));
    if (answer.status >= 0 || answer.failure != null) {
      metrics.record(new EndpointMetrics.Sample(at, took, status, metricError(answer)));
    }
    return answer;
  }

  private Optional<EndpointErrorType> metricError(Answer answer) {
    if (answer.failure != null) {
      return Optional.of(answer.failure);
    }
    boolean protocol = answer.status == 421 || answer.status == 427;
    return answer.status == 200 || (protocol && !protocolStatusesAreErrors) ? Optional.empty()
        : Optional.of(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE);
  }

  /**
   * The encrypted body, sent once: OkHttp resends a body that is not one-shot after a failure once the request
   * was sent (say, the endpoint closed the connection without answering), and a phone never sends a request
   * twice. A stale pooled connection found before sending is still replaced silently.
   */
  private static final class OneShotBody extends RequestBody {
    private final byte[] bytes;

    OneShotBody(byte[] bytes) {
      this.bytes = bytes;
    }

    @Override
    public MediaType contentType() {
      return JSON;
    }

    @Override
    public long contentLength() {
      return bytes.length;
    }

    @Override
    public boolean isOneShot() {
      return true;
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
      sink.write(bytes);
    }
  }

  private EndpointReplies.Read interpret(EndpointRequest request, Answer answer) {
    if (answer.status < 0) {
      return unread(answer.failure == null ? interrupted()
          : new Failed(answer.failure, OptionalInt.empty(), answer.failureText));
    }
    if (answer.status == 200) {
      String clear;
      try {
        clear = answer.pending.decryptResponse(answer.body);
      } catch (FlowResponseDecryptionException e) {
        return unread(new InvalidResponse(EndpointErrorType.RESPONSE_DECRYPTION_ERROR,
            e.reason().name().toLowerCase(Locale.ROOT) + ": " + e.getMessage(), !request.isConsumedByPlatform()));
      }
      return replies.read(request, clear);
    }
    if (answer.status == 427) {
      return EndpointReplies.tokenRejected(answer.pending, answer.body);
    }
    return unread(new Failed(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE, OptionalInt.of(answer.status),
        "the endpoint answered HTTP " + answer.status + statusHint(answer.status) + " (" + answer.body.length()
            + " chars of body)"));
  }

  private static String statusHint(int status) {
    if (status == 432) {
      return ": it did not accept X-Hub-Signature-256 (or flow_token_signature); check that both sides use the "
          + "same app secret";
    }
    if (status >= 300 && status < 400) {
      return ": WhatsApp does not follow redirects";
    }
    return "";
  }

  private boolean pause() {
    if (keyRefetchPause.isZero()) {
      return true;
    }
    try {
      Thread.sleep(keyRefetchPause.toMillis());
      return true;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static Failed noKey() {
    return new Failed(EndpointErrorType.PUBLIC_KEY_MISSING, OptionalInt.empty(),
        "no business public key is registered for the phone number, so nothing could be encrypted");
  }

  private static Failed interrupted() {
    return new Failed(EndpointErrorType.NO_HTTP_RESPONSE_ERROR, OptionalInt.empty(),
        "the phone's thread was interrupted before the endpoint answered");
  }

  static boolean atLeast73(String flowJsonVersion) {
    String[] parts = flowJsonVersion.split("\\.", -1);
    int major = Integer.parseInt(parts[0]);
    int minor = Integer.parseInt(parts[1]);
    return major > 7 || (major == 7 && minor >= 3);
  }

  /** The endpoint, the versions and whether it signs; never a key, secret or token. */
  @Override
  public String toString() {
    return "EndpointChannel[" + endpoint + ", data API " + dataApiVersion + ", Flow JSON " + flowJsonVersion
        + (appSecret == null ? ", unsigned" : ", signed") + (signsFlowToken ? ", flow_token_signature" : "")
        + ", timeout " + timeout.toMillis() + " ms]";
  }

  /** Builds an {@link EndpointChannel}. Not thread-safe. */
  public static final class Builder {

    private @Nullable URI endpoint;
    private @Nullable EndpointKeySource keys;
    private @Nullable AppSecret appSecret;
    private String dataApiVersion = "3.0";
    private String flowJsonVersion = FlowJson.LATEST_VERSION;
    private String flowToken = DEFAULT_FLOW_TOKEN;
    private TokenSigning tokenSigning = TokenSigning.BY_VERSION;
    private String tokenClaim = FlowTokenSignature.DEFAULT_CLAIM;
    private Duration timeout = DEFAULT_TIMEOUT;
    private Duration keyRefetchPause = DEFAULT_KEY_REFETCH_PAUSE;
    private boolean protocolStatusesAreErrors = true;
    private EndpointErrorType unparsable = EndpointErrorType.PAYLOAD_SCHEMA_ERROR;
    private EndpointMask mask = EndpointMask.none();
    private EndpointMetrics metrics = EndpointMetrics.none();
    private Clock clock = Clock.systemUTC();
    private @Nullable OkHttpClient http;

    private Builder() {}

    /**
     * The flow's endpoint URL. Required.
     *
     * @throws IllegalArgumentException if it is not an absolute http or https URL
     */
    public Builder endpoint(URI url) {
      String scheme = url.getScheme();
      if (scheme == null || !(scheme.equalsIgnoreCase("http") || scheme.equalsIgnoreCase("https"))
          || url.getHost() == null) {
        throw new IllegalArgumentException("the endpoint must be an absolute http or https URL, got " + url);
      }
      this.endpoint = url;
      return this;
    }

    /** Where the business public key comes from. Required. */
    public Builder keys(EndpointKeySource source) {
      this.keys = Objects.requireNonNull(source, "source");
      return this;
    }

    /**
     * The secret of the app linked to the flow: signs each body in {@code X-Hub-Signature-256} and mints
     * {@code flow_token_signature}. Without one, requests go unsigned.
     */
    public Builder appSecret(AppSecret secret) {
      this.appSecret = Objects.requireNonNull(secret, "secret");
      return this;
    }

    /**
     * The flow's {@code data_api_version}, sent as {@code version}; default {@code "3.0"}.
     *
     * @throws IllegalArgumentException unless {@code "3.0"} or {@code "4.0"} (1.0 did not flip the IV and is
     *     gone)
     */
    public Builder dataApiVersion(String version) {
      if (!version.equals("3.0") && !version.equals("4.0")) {
        throw new IllegalArgumentException("data API version must be \"3.0\" or \"4.0\", got \"" + version + "\"");
      }
      this.dataApiVersion = version;
      return this;
    }

    /**
     * The flow's Flow JSON {@code version}, e.g. {@code "7.3"}; default {@value FlowJson#LATEST_VERSION}.
     *
     * @throws IllegalArgumentException if it is not of the form {@code MAJOR.MINOR}
     */
    public Builder flowJsonVersion(String version) {
      if (!FLOW_JSON_VERSION.matcher(version).matches()) {
        throw new IllegalArgumentException("a Flow JSON version is MAJOR.MINOR such as \"7.3\", got \"" + version
            + "\"");
      }
      this.flowJsonVersion = version;
      return this;
    }

    /**
     * Takes the flow's Flow JSON version, its data API version (when it declares one) and its screens'
     * {@code sensitive} lists as the transcript's mask (added to any mask given).
     */
    public Builder flow(FlowJson flow) {
      flowJsonVersion(flow.version());
      flow.dataApiVersion().ifPresent(this::dataApiVersion);
      this.mask = mask.and(EndpointMask.sensitiveFieldsOf(flow));
      return this;
    }

    /**
     * The message's flow token, sent in every request but ping; default {@value EndpointChannel#DEFAULT_FLOW_TOKEN}.
     *
     * @throws IllegalArgumentException if empty
     */
    public Builder flowToken(String token) {
      if (token.isEmpty()) {
        throw new IllegalArgumentException("the flow token must not be empty");
      }
      this.flowToken = token;
      return this;
    }

    /** When to send {@code flow_token_signature}; default {@link TokenSigning#BY_VERSION}. */
    public Builder tokenSigning(TokenSigning signing) {
      this.tokenSigning = Objects.requireNonNull(signing, "signing");
      return this;
    }

    /**
     * The JWT claim carrying the flow token; default {@value FlowTokenSignature#DEFAULT_CLAIM} (UNCERTAIN in
     * platform facts §5.8).
     */
    public Builder tokenSignatureClaim(String claim) {
      if (claim.isBlank()) {
        throw new IllegalArgumentException("the claim must not be blank");
      }
      this.tokenClaim = claim;
      return this;
    }

    /**
     * How long each HTTP request may take, connecting included; default 10 s.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder timeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the timeout must be positive, got " + timeout);
      }
      this.timeout = timeout;
      return this;
    }

    /**
     * The pause between a 421 and the retry with the refetched key; default 500 ms, zero for none.
     *
     * @throws IllegalArgumentException if negative
     */
    public Builder keyRefetchPause(Duration pause) {
      if (pause.isNegative()) {
        throw new IllegalArgumentException("the pause must not be negative, got " + pause);
      }
      this.keyRefetchPause = pause;
      return this;
    }

    /**
     * Whether a 421 or 427 answer counts as {@code unexpected_http_status_code} in the metrics. Default
     * {@code true}: platform facts §7 counts every non-200 answer as an endpoint error, though these two are
     * statuses the protocol defines (UNCERTAIN); {@code false} counts them as answered.
     */
    public Builder protocolStatusesAreErrors(boolean errors) {
      this.protocolStatusesAreErrors = errors;
      return this;
    }

    /**
     * The error type of a 200 that decrypts to something other than a JSON object. Default
     * {@link EndpointErrorType#PAYLOAD_SCHEMA_ERROR}: Meta names no type for it, and the body did decrypt, so
     * FlowKit counts it with the other shape errors; {@link EndpointErrorType#RESPONSE_DECRYPTION_ERROR} is the
     * other plausible reading.
     *
     * @throws IllegalArgumentException for any other type
     */
    public Builder unparsableResponseError(EndpointErrorType type) {
      if (type != EndpointErrorType.PAYLOAD_SCHEMA_ERROR && type != EndpointErrorType.RESPONSE_DECRYPTION_ERROR) {
        throw new IllegalArgumentException("an unparsable response is a payload-schema-error or a "
            + "response-decryption-error, not " + type.wireName());
      }
      this.unparsable = type;
      return this;
    }

    /** The fields the transcript masks, e.g. {@link EndpointMask#sensitiveFieldsOf(FlowJson)}; default none. */
    public Builder mask(EndpointMask mask) {
      this.mask = Objects.requireNonNull(mask, "mask");
      return this;
    }

    /** Where each HTTP request is counted; default nowhere. */
    public Builder metrics(EndpointMetrics metrics) {
      this.metrics = Objects.requireNonNull(metrics, "metrics");
      return this;
    }

    /** The clock stamping exchanges and samples; default UTC system clock. Latency is measured apart from it. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * The OkHttp client to send with, which the caller owns (its connection pool, dispatcher, interceptors, TLS
     * settings and proxy); default a shared one. The channel sends through a client derived from it with
     * {@link OkHttpClient#newBuilder()} (sharing its pool), whose call, connect, read and write timeouts are
     * {@link #timeout(Duration) the timeout}, that speaks HTTP/1.1 only and follows no redirects, as WhatsApp
     * follows none, whatever the given client says.
     */
    public Builder httpClient(OkHttpClient client) {
      this.http = Objects.requireNonNull(client, "client");
      return this;
    }

    /**
     * The channel.
     *
     * @throws NullPointerException if the endpoint or the key source is missing
     * @throws IllegalStateException if {@link TokenSigning#ALWAYS} is asked without an app secret
     */
    public EndpointChannel build() {
      return new EndpointChannel(this);
    }
  }
}
