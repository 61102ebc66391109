package dev.flowkit.mock.webhook;

import dev.flowkit.crypto.HubSignature;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Delivers webhooks to the business's callback URL as WhatsApp does (platform spec §6.2, §6.3): an asynchronous
 * POST of the exact body, {@code Content-Type: application/json}, signed in {@code X-Hub-Signature-256} with the
 * target's app secret; retried with backoff ({@link RetryPolicy}) when the answer is not a success or no answer
 * comes within the request timeout. Every webhook is recorded in the {@link #journal()}. Thread-safe.
 *
 * <h2>Semantics</h2>
 * <ul>
 *   <li>Success is HTTP 200 only by default, as §6.3 says WhatsApp treats any other answer as a failure; a mock
 *       serving receivers that answer 202 or 204 can count any 2xx with {@link Builder#acceptAny2xx(boolean)}.
 *   <li>Delivery is at-least-once and unordered, as WhatsApp's: webhooks to the same target may overtake each
 *       other (a retry waits while later webhooks go out), and {@link WebhookFaults#duplicate()} sends twice.
 *   <li>WhatsApp retries for up to 7 days; the default policy gives up after about a second and a half.
 *   <li>A webhook with no target (no callback URL configured) is recorded as {@link DeliveryState#NO_TARGET}.
 * </ul>
 *
 * <p>Deliveries run on a small pool of daemon threads of this dispatcher's own. {@link #close()} cancels pending
 * retries and delays (their entries become {@link DeliveryState#CANCELLED}) and stops the threads.
 */
public final class WebhookDispatcher implements AutoCloseable {

  private static final AtomicInteger INSTANCES = new AtomicInteger();

  private final RetryPolicy retryPolicy;
  private final Duration requestTimeout;
  private final boolean acceptAny2xx;
  private final Clock clock;
  private final Random random;
  private final DeliveryJournal journal;
  private final ScheduledThreadPoolExecutor scheduler;
  private final ExecutorService httpExecutor;
  private final HttpClient http;
  private final AtomicLong ids = new AtomicLong();
  private volatile WebhookFaults faults;
  private volatile boolean closed;

  private WebhookDispatcher(Builder builder) {
    this.retryPolicy = builder.retryPolicy;
    this.requestTimeout = builder.requestTimeout;
    this.acceptAny2xx = builder.acceptAny2xx;
    this.clock = builder.clock;
    this.random = builder.random;
    this.faults = builder.faults;
    this.journal = new DeliveryJournal(builder.journalCapacity);
    String name = "flowkit-webhooks-" + INSTANCES.incrementAndGet();
    this.scheduler = new ScheduledThreadPoolExecutor(builder.threads, daemon(name));
    scheduler.setRemoveOnCancelPolicy(true);
    this.httpExecutor = Executors.newCachedThreadPool(daemon(name + "-http"));
    this.http = HttpClient.newBuilder()
        .version(HttpClient.Version.HTTP_1_1)
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(requestTimeout)
        .executor(httpExecutor)
        .build();
  }

  /** A builder with the defaults: {@link RetryPolicy#defaults()}, 5 s timeout, 2 threads, 1000 journal entries. */
  public static Builder builder() {
    return new Builder();
  }

  /** The journal of every webhook dispatched. */
  public DeliveryJournal journal() {
    return journal;
  }

  /** The faults in force. */
  public WebhookFaults faults() {
    return faults;
  }

  /** Replaces the faults; applies to webhooks dispatched from now on. */
  public void faults(WebhookFaults faults) {
    this.faults = Objects.requireNonNull(faults, "faults");
  }

  /**
   * Records a webhook and, unless it has no target or a fault drops it, starts delivering it in the background.
   *
   * @param target the callback URL and app secret; empty when none is configured
   * @return the journal id of the delivery (of the first one, when the duplicate fault makes two)
   * @throws IllegalStateException if the dispatcher is closed
   */
  public String dispatch(Optional<WebhookTarget> target, OutgoingWebhook webhook) {
    if (closed) {
      throw new IllegalStateException("the webhook dispatcher is closed");
    }
    WebhookFaults now = faults;
    Instant created = clock.instant();
    String id = nextId();
    if (target.isEmpty()) {
      journal.add(id, webhook.kind(), Optional.empty(), created, webhook.json(), Optional.empty(),
          DeliveryState.NO_TARGET);
      return id;
    }
    URI url = target.get().url();
    if (now.drops(random)) {
      journal.add(id, webhook.kind(), Optional.of(url), created, webhook.json(), Optional.empty(),
          DeliveryState.DROPPED);
      return id;
    }
    HttpRequest request = request(target.get(), webhook);
    journal.add(id, webhook.kind(), Optional.of(url), created, webhook.json(), Optional.empty(), DeliveryState.PENDING);
    schedule(id, request, 1, now.delay(random));
    if (now.duplicate()) {
      String copy = nextId();
      journal.add(copy, webhook.kind(), Optional.of(url), created, webhook.json(), Optional.of(id),
          DeliveryState.PENDING);
      schedule(copy, request, 1, now.delay(random));
    }
    return id;
  }

  /**
   * Cancels pending deliveries and retries (their entries become {@link DeliveryState#CANCELLED}), interrupts
   * attempts under way and stops the threads. The journal stays readable. Idempotent.
   */
  @Override
  public void close() {
    if (closed) {
      return;
    }
    closed = true;
    scheduler.shutdownNow();
    httpExecutor.shutdownNow();
    try {
      scheduler.awaitTermination(requestTimeout.toMillis() + 1000, TimeUnit.MILLISECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    for (Delivery pending : journal.inState(DeliveryState.PENDING)) {
      journal.update(pending.id(), Optional.empty(), DeliveryState.CANCELLED);
    }
  }

  private String nextId() {
    return "d-" + ids.incrementAndGet();
  }

  private HttpRequest request(WebhookTarget target, OutgoingWebhook webhook) {
    byte[] body = webhook.body();
    return HttpRequest.newBuilder(target.url())
        .timeout(requestTimeout)
        .header("Content-Type", "application/json")
        .header(HubSignature.HEADER, HubSignature.sign(body, target.appSecret()))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body))
        .build();
  }

  private void schedule(String id, HttpRequest request, int attempt, Duration delay) {
    try {
      scheduler.schedule(() -> attempt(id, request, attempt), delay.toMillis(), TimeUnit.MILLISECONDS);
    } catch (RejectedExecutionException e) {
      journal.update(id, Optional.empty(), DeliveryState.CANCELLED);
    }
  }

  private void attempt(String id, HttpRequest request, int attempt) {
    if (closed) {
      journal.update(id, Optional.empty(), DeliveryState.CANCELLED);
      return;
    }
    Instant at = clock.instant();
    OptionalInt status = OptionalInt.empty();
    Optional<String> error = Optional.empty();
    try {
      status = OptionalInt.of(http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode());
    } catch (IOException e) {
      // The JDK client's messages name the failure (refused, timed out, reset), never the body or headers.
      error = Optional.of(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      journal.update(id, Optional.of(new Delivery.Attempt(at, status, Optional.of("cancelled by close()"))),
          DeliveryState.CANCELLED);
      return;
    }
    Delivery.Attempt record = new Delivery.Attempt(at, status, error);
    if (status.isPresent() && succeeded(status.getAsInt())) {
      journal.update(id, Optional.of(record), DeliveryState.DELIVERED);
    } else if (attempt >= retryPolicy.maxAttempts()) {
      journal.update(id, Optional.of(record), DeliveryState.FAILED);
    } else {
      journal.update(id, Optional.of(record), DeliveryState.PENDING);
      schedule(id, request, attempt + 1, retryPolicy.backoffAfter(attempt));
    }
  }

  private boolean succeeded(int status) {
    return status == 200 || (acceptAny2xx && status >= 200 && status < 300);
  }

  private static ThreadFactory daemon(String name) {
    AtomicInteger count = new AtomicInteger();
    return runnable -> {
      Thread thread = new Thread(runnable, name + "-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  /** Configures a {@link WebhookDispatcher}. Not thread-safe; build once. */
  public static final class Builder {

    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private Duration requestTimeout = Duration.ofSeconds(5);
    private boolean acceptAny2xx;
    private int threads = 2;
    private int journalCapacity = 1000;
    private Clock clock = Clock.systemUTC();
    private Random random = new Random();
    private WebhookFaults faults = WebhookFaults.none();

    private Builder() {}

    /** The retry schedule; default {@link RetryPolicy#defaults()}. */
    public Builder retryPolicy(RetryPolicy policy) {
      this.retryPolicy = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * How long one attempt may take, connecting included; default 5 s.
     *
     * @throws IllegalArgumentException if not positive
     */
    public Builder requestTimeout(Duration timeout) {
      if (timeout.isNegative() || timeout.isZero()) {
        throw new IllegalArgumentException("the request timeout must be positive, got " + timeout);
      }
      this.requestTimeout = timeout;
      return this;
    }

    /** Whether any 2xx answer counts as delivered; default {@code false}: only 200, as WhatsApp (§6.3). */
    public Builder acceptAny2xx(boolean accept) {
      this.acceptAny2xx = accept;
      return this;
    }

    /**
     * How many deliveries may run at once; default 2.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder threads(int threads) {
      if (threads < 1) {
        throw new IllegalArgumentException("threads must be at least 1, got " + threads);
      }
      this.threads = threads;
      return this;
    }

    /**
     * How many deliveries the journal keeps before evicting the oldest; default 1000.
     *
     * @throws IllegalArgumentException if less than 1
     */
    public Builder journalCapacity(int capacity) {
      if (capacity < 1) {
        throw new IllegalArgumentException("the journal capacity must be at least 1, got " + capacity);
      }
      this.journalCapacity = capacity;
      return this;
    }

    /** The clock stamping journal entries and attempts; default the system clock in UTC. */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /** The source of chance for random delays and drops; seed it for reproducible runs. */
    public Builder random(Random random) {
      this.random = Objects.requireNonNull(random, "random");
      return this;
    }

    /** The faults in force from the start; default {@link WebhookFaults#none()}. */
    public Builder faults(WebhookFaults faults) {
      this.faults = Objects.requireNonNull(faults, "faults");
      return this;
    }

    /** A running dispatcher; close it when done. */
    public WebhookDispatcher build() {
      return new WebhookDispatcher(this);
    }
  }
}
