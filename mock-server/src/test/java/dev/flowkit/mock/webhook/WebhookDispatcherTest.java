package dev.flowkit.mock.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.webhook.BusinessPhone;
import dev.flowkit.webhook.FlowCompletion;
import dev.flowkit.webhook.FlowStatusChange;
import dev.flowkit.webhook.MessageStatus;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

class WebhookDispatcherTest {

  private static final String SECRET_TEXT = "s3cr3t-app-secret-never-shown";
  private static final AppSecret SECRET = AppSecret.of(SECRET_TEXT);
  private static final BusinessPhone PHONE = new BusinessPhone("109876543210987", "15550001111");
  private static final Duration WAIT = Duration.ofSeconds(5);
  private static final RetryPolicy FAST = new RetryPolicy(4, Duration.ofMillis(10), 2, Duration.ofMillis(40));

  private Receiver receiver;
  private final List<WebhookDispatcher> dispatchers = new ArrayList<>();

  @BeforeEach
  void start() throws IOException {
    receiver = new Receiver(SECRET);
  }

  @AfterEach
  void stop() {
    dispatchers.forEach(WebhookDispatcher::close);
    receiver.close();
  }

  private WebhookDispatcher dispatcher(WebhookDispatcher.Builder builder) {
    WebhookDispatcher dispatcher = builder.build();
    dispatchers.add(dispatcher);
    return dispatcher;
  }

  private WebhookDispatcher fast() {
    return dispatcher(WebhookDispatcher.builder().retryPolicy(FAST));
  }

  private Optional<WebhookTarget> target(String path) {
    return Optional.of(new WebhookTarget(receiver.url(path), SECRET));
  }

  private static OutgoingWebhook created(String flowId) {
    return WebhookEnvelopes.flowCreated("110200300400500", Instant.ofEpochSecond(1767225600), flowId, "booking",
        Optional.empty());
  }

  private static OutgoingWebhook read(String wamid) {
    return WebhookEnvelopes.messageStatus("110200300400500", PHONE, wamid, MessageStatus.Status.READ,
        Instant.ofEpochSecond(1767225760), "447700900123", Optional.empty());
  }

  @Test
  void a_business_verifier_accepts_the_signature_on_a_non_ascii_payload() {
    WebhookDispatcher hooks = fast();
    ObjectNode response = WebhookJson.object().put("flow_token", "t-1").put("name", "Zoë Ångström ☕ 🙂 a/b");
    OutgoingWebhook completion = WebhookEnvelopes.flowCompletion("110200300400500", PHONE, "447700900123",
        Optional.of("Zoë"), "wamid.reply", "wamid.flow", Instant.ofEpochSecond(1767226012), response);

    hooks.dispatch(target("/verified"), completion);
    Delivery delivery = hooks.journal().awaitState(DeliveryState.DELIVERED, 1, WAIT).get(0);

    assertThat(delivery.attempts()).singleElement().satisfies(a -> assertThat(a.status()).hasValue(200));
    assertThat(receiver.verified).singleElement().satisfies(n -> {
      FlowCompletion event = n.eventsOf(FlowCompletion.class).get(0);
      assertThat(event.response()).isEqualTo(response);
      assertThat(event.sender().name()).contains("Zoë");
    });
    assertThat(delivery.payload()).isEqualTo(completion.json()).contains("\\u00eb").doesNotContain("\\/");
  }

  @Test
  void the_post_carries_json_content_type_and_the_signature_of_the_exact_bytes() {
    WebhookDispatcher hooks = fast();
    OutgoingWebhook webhook = created("1");
    hooks.dispatch(target("/scripted"), webhook);
    hooks.journal().awaitState(DeliveryState.DELIVERED, 1, WAIT);

    Receiver.Received received = receiver.scripted.get(0);
    assertThat(received.body()).isEqualTo(webhook.json());
    assertThat(received.contentType()).isEqualTo("application/json");
    assertThat(received.signature()).isEqualTo(HubSignature.sign(webhook.json().getBytes(StandardCharsets.US_ASCII), SECRET));
  }

  @Test
  void a_wrong_secret_is_refused_by_the_business_and_retried_until_given_up() {
    WebhookDispatcher hooks = fast();
    hooks.dispatch(Optional.of(new WebhookTarget(receiver.url("/verified"), AppSecret.of("another-secret"))),
        created("1"));
    Delivery failed = hooks.journal().awaitState(DeliveryState.FAILED, 1, WAIT).get(0);
    assertThat(failed.attempts()).hasSize(4).allSatisfy(a -> assertThat(a.status()).hasValue(403));
    assertThat(receiver.verified).isEmpty();
  }

  @Test
  void retries_after_500s_then_succeeds_with_the_same_bytes() {
    WebhookDispatcher hooks = fast();
    receiver.answer(500, 503);
    hooks.dispatch(target("/scripted"), created("1"));

    Delivery delivered = hooks.journal().awaitState(DeliveryState.DELIVERED, 1, WAIT).get(0);
    assertThat(delivered.attempts()).extracting(a -> a.status().getAsInt()).containsExactly(500, 503, 200);
    assertThat(receiver.bodies()).hasSize(3).containsOnly(delivered.payload());
    assertThat(receiver.scripted).extracting(Receiver.Received::signature).containsOnly(receiver.scripted.get(0).signature());
  }

  @Test
  void gives_up_after_the_policys_attempts_waiting_longer_each_time() {
    WebhookDispatcher hooks = dispatcher(WebhookDispatcher.builder()
        .retryPolicy(new RetryPolicy(3, Duration.ofMillis(50), 2, Duration.ofSeconds(1))));
    receiver.answerAlways(500);
    hooks.dispatch(target("/scripted"), created("1"));

    Delivery failed = hooks.journal().awaitState(DeliveryState.FAILED, 1, WAIT).get(0);
    assertThat(failed.attempts()).hasSize(3);
    List<Instant> at = failed.attempts().stream().map(Delivery.Attempt::at).toList();
    assertThat(Duration.between(at.get(0), at.get(1))).isGreaterThanOrEqualTo(Duration.ofMillis(50));
    assertThat(Duration.between(at.get(1), at.get(2))).isGreaterThanOrEqualTo(Duration.ofMillis(100));
    assertThat(receiver.scripted).hasSize(3);
  }

  @Test
  void only_200_counts_unless_any_2xx_is_accepted() {
    receiver.answerAlways(204);
    WebhookDispatcher strict = fast();
    strict.dispatch(target("/scripted"), created("1"));
    assertThat(strict.journal().awaitState(DeliveryState.FAILED, 1, WAIT).get(0).attempts()).hasSize(4);

    WebhookDispatcher lenient = dispatcher(WebhookDispatcher.builder().retryPolicy(FAST).acceptAny2xx(true));
    lenient.dispatch(target("/scripted"), created("2"));
    assertThat(lenient.journal().awaitState(DeliveryState.DELIVERED, 1, WAIT).get(0).attempts()).hasSize(1);
  }

  @Test
  void a_refused_connection_is_recorded_as_an_error_and_retried() throws IOException {
    int closedPort;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      closedPort = socket.getLocalPort();
    }
    WebhookDispatcher hooks = fast();
    hooks.dispatch(Optional.of(new WebhookTarget(URI.create("http://127.0.0.1:" + closedPort + "/hook"), SECRET)),
        created("1"));
    Delivery failed = hooks.journal().awaitState(DeliveryState.FAILED, 1, WAIT).get(0);
    assertThat(failed.attempts()).hasSize(4).allSatisfy(a -> {
      assertThat(a.status()).isEmpty();
      assertThat(a.error()).hasValueSatisfying(e -> assertThat(e).contains("ConnectException"));
    });
  }

  @Test
  void a_slow_receiver_times_out() {
    receiver.pause(1000);
    WebhookDispatcher hooks = dispatcher(WebhookDispatcher.builder().retryPolicy(RetryPolicy.noRetries())
        .requestTimeout(Duration.ofMillis(150)));
    hooks.dispatch(target("/scripted"), created("1"));
    Delivery failed = hooks.journal().awaitState(DeliveryState.FAILED, 1, WAIT).get(0);
    assertThat(failed.attempts()).singleElement()
        .satisfies(a -> assertThat(a.error()).hasValueSatisfying(e -> assertThat(e).contains("HttpTimeoutException")));
  }

  @Test
  void the_duplicate_fault_delivers_the_same_signed_bytes_twice() {
    WebhookDispatcher hooks = dispatcher(WebhookDispatcher.builder().faults(WebhookFaults.none().withDuplicate(true)));
    String id = hooks.dispatch(target("/verified"), read("wamid.1"));

    List<Delivery> delivered = hooks.journal().awaitState(DeliveryState.DELIVERED, 2, WAIT);
    assertThat(delivered).extracting(Delivery::duplicateOf).containsExactlyInAnyOrder(Optional.empty(), Optional.of(id));
    assertThat(receiver.verified).hasSize(2);
    assertThat(receiver.verified.get(0).eventsOf(MessageStatus.class))
        .isEqualTo(receiver.verified.get(1).eventsOf(MessageStatus.class));
  }

  @Test
  void dropped_webhooks_are_recorded_and_never_sent_and_faults_change_at_runtime() {
    WebhookDispatcher hooks = fast();
    hooks.faults(WebhookFaults.none().withDropRate(1));
    String dropped = hooks.dispatch(target("/scripted"), created("dropped"));
    hooks.faults(WebhookFaults.none());
    hooks.dispatch(target("/scripted"), created("kept"));

    hooks.journal().awaitState(DeliveryState.DELIVERED, 1, WAIT);
    assertThat(hooks.journal().get(dropped)).hasValueSatisfying(d -> {
      assertThat(d.state()).isEqualTo(DeliveryState.DROPPED);
      assertThat(d.attempts()).isEmpty();
    });
    assertThat(receiver.bodies()).singleElement().asString().contains("kept").doesNotContain("dropped");
  }

  @Test
  void a_seeded_drop_rate_drops_about_that_share_reproducibly() {
    List<DeliveryState> first = dropRun(new Random(7));
    List<DeliveryState> second = dropRun(new Random(7));
    assertThat(first).isEqualTo(second);
    long dropped = first.stream().filter(DeliveryState.DROPPED::equals).count();
    assertThat(dropped).isBetween(25L, 75L);
  }

  private List<DeliveryState> dropRun(Random random) {
    WebhookDispatcher hooks = dispatcher(WebhookDispatcher.builder().random(random)
        .faults(WebhookFaults.none().withDropRate(0.5).withDelay(Duration.ofHours(1))));
    for (int i = 0; i < 100; i++) {
      hooks.dispatch(target("/scripted"), created(Integer.toString(i)));
    }
    return hooks.journal().all().stream().map(Delivery::state).toList();
  }

  @Test
  void a_fixed_delay_holds_the_first_attempt_back() {
    WebhookDispatcher hooks = dispatcher(WebhookDispatcher.builder()
        .faults(WebhookFaults.none().withDelay(Duration.ofMillis(300))));
    long start = System.nanoTime();
    hooks.dispatch(target("/scripted"), created("1"));
    assertThat(hooks.journal().all()).singleElement().extracting(Delivery::state).isEqualTo(DeliveryState.PENDING);

    hooks.journal().awaitState(DeliveryState.DELIVERED, 1, WAIT);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
  }

  @Test
  void a_random_delay_stays_within_its_bounds() {
    WebhookFaults faults = WebhookFaults.none().withDelay(Duration.ofMillis(20), Duration.ofMillis(60));
    Random random = new Random(3);
    Set<Duration> seen = new HashSet<>();
    for (int i = 0; i < 200; i++) {
      Duration delay = faults.delay(random);
      assertThat(delay).isBetween(Duration.ofMillis(20), Duration.ofMillis(60));
      seen.add(delay);
    }
    assertThat(seen).hasSizeGreaterThan(10);
  }

  @Test
  void without_a_callback_url_the_webhook_is_recorded_as_having_no_target() {
    WebhookDispatcher hooks = fast();
    String id = hooks.dispatch(Optional.empty(), created("1"));
    assertThat(hooks.journal().get(id)).hasValueSatisfying(d -> {
      assertThat(d.state()).isEqualTo(DeliveryState.NO_TARGET);
      assertThat(d.target()).isEmpty();
      assertThat(d.attempts()).isEmpty();
      assertThat(d.toJson().get("target").isNull()).isTrue();
    });
  }

  @Test
  void the_journal_is_bounded_queryable_and_clearable() {
    WebhookDispatcher hooks = dispatcher(WebhookDispatcher.builder().journalCapacity(3));
    for (int i = 1; i <= 4; i++) {
      hooks.dispatch(Optional.empty(), created(Integer.toString(i)));
    }
    Instant middle = hooks.journal().all().get(2).created();
    hooks.dispatch(Optional.empty(), read("wamid.5"));

    DeliveryJournal journal = hooks.journal();
    assertThat(journal.capacity()).isEqualTo(3);
    assertThat(journal.all()).extracting(Delivery::id).containsExactly("d-3", "d-4", "d-5");
    assertThat(journal.get("d-1")).isEmpty();
    assertThat(journal.ofKind(WebhookKind.MESSAGE_STATUS)).extracting(Delivery::id).containsExactly("d-5");
    assertThat(journal.ofKind(WebhookKind.FLOW_STATUS_CHANGE)).extracting(Delivery::id).containsExactly("d-3", "d-4");
    assertThat(journal.since(middle)).extracting(Delivery::id).contains("d-4", "d-5");
    assertThat(journal.since(Instant.now().plusSeconds(60))).isEmpty();
    journal.clear();
    assertThat(journal.all()).isEmpty();
  }

  @Test
  void journal_output_never_holds_the_app_secret() {
    WebhookDispatcher hooks = fast();
    receiver.answer(500);
    hooks.dispatch(target("/verified"), created("1"));
    hooks.dispatch(target("/scripted"), created("2"));
    hooks.journal().awaitState(DeliveryState.DELIVERED, 2, WAIT);

    assertThat(hooks.journal().toJson().toString()).contains("\"state\":\"DELIVERED\"").doesNotContain(SECRET_TEXT);
    assertThat(hooks.journal().all().toString()).doesNotContain(SECRET_TEXT);
    assertThat(target("/x").orElseThrow().toString()).doesNotContain(SECRET_TEXT);
  }

  @Test
  void delivery_json_shows_attempts_and_the_payload_as_a_tree() {
    WebhookDispatcher hooks = fast();
    receiver.answer(500);
    String id = hooks.dispatch(target("/scripted"), created("77"));
    hooks.journal().awaitState(DeliveryState.DELIVERED, 1, WAIT);

    ObjectNode json = hooks.journal().get(id).orElseThrow().toJson();
    assertThat(json.get("kind").asString()).isEqualTo("FLOW_STATUS_CHANGE");
    assertThat(json.get("target").asString()).isEqualTo(receiver.url("/scripted").toString());
    assertThat(json.get("attempts")).hasSize(2);
    assertThat(json.get("attempts").get(0).get("status").asInt()).isEqualTo(500);
    assertThat(json.get("payload").get("entry").get(0).get("changes").get(0).get("value").get("flow_id").asString())
        .isEqualTo("77");
  }

  @Test
  void await_fails_with_what_the_journal_holds() {
    WebhookDispatcher hooks = fast();
    hooks.dispatch(Optional.empty(), created("1"));
    assertThatExceptionOfType(AssertionError.class)
        .isThrownBy(() -> hooks.journal().awaitState(DeliveryState.DELIVERED, 1, Duration.ofMillis(50)))
        .withMessageContaining("Expected 1 deliveries DELIVERED")
        .withMessageContaining("d-1 FLOW_STATUS_CHANGE NO_TARGET after 0 attempt(s)");
  }

  @Test
  void close_cancels_pending_retries_and_stops_its_threads() throws InterruptedException {
    Set<Thread> before = Thread.getAllStackTraces().keySet();
    WebhookDispatcher hooks = dispatcher(WebhookDispatcher.builder()
        .retryPolicy(new RetryPolicy(10, Duration.ofMillis(200), 1, Duration.ofMillis(200))));
    receiver.answerAlways(500);
    hooks.dispatch(target("/scripted"), created("retried"));
    hooks.journal().await(d -> d.attempts().size() == 1, 1, WAIT, "a first failed attempt");
    hooks.dispatch(target("/scripted"), created("delayed"));
    hooks.faults(WebhookFaults.none().withDelay(Duration.ofHours(1)));
    hooks.dispatch(target("/scripted"), created("never"));
    List<Thread> ours = Thread.getAllStackTraces().keySet().stream()
        .filter(t -> !before.contains(t) && t.getName().startsWith("flowkit-webhooks-")).toList();
    assertThat(ours).isNotEmpty();

    hooks.close();

    assertThat(hooks.journal().all()).extracting(Delivery::state).containsOnly(DeliveryState.CANCELLED);
    int sent = receiver.scripted.size();
    TimeUnit.MILLISECONDS.sleep(400);
    assertThat(receiver.scripted).hasSize(sent);
    for (Thread thread : ours) {
      thread.join(2000);
    }
    assertThat(ours).noneMatch(Thread::isAlive);
    assertThatIllegalStateException().isThrownBy(() -> hooks.dispatch(Optional.empty(), created("late")));
    hooks.close();
  }

  @Test
  void concurrent_dispatches_are_all_delivered_once() throws Exception {
    WebhookDispatcher hooks = dispatcher(WebhookDispatcher.builder().threads(4));
    ExecutorService callers = Executors.newFixedThreadPool(8);
    try {
      List<Future<List<String>>> ids = new ArrayList<>();
      for (int t = 0; t < 8; t++) {
        int caller = t;
        ids.add(callers.submit(() -> {
          List<String> mine = new ArrayList<>();
          for (int i = 0; i < 25; i++) {
            mine.add(hooks.dispatch(target("/verified"), read("wamid." + caller + "." + i)));
          }
          return mine;
        }));
      }
      Set<String> all = new HashSet<>();
      for (Future<List<String>> future : ids) {
        all.addAll(future.get(10, TimeUnit.SECONDS));
      }
      assertThat(all).hasSize(200);
    } finally {
      callers.shutdownNow();
    }
    assertThat(hooks.journal().awaitState(DeliveryState.DELIVERED, 200, Duration.ofSeconds(20))).hasSize(200);
    Set<String> wamids = new HashSet<>();
    receiver.verified.forEach(n -> n.eventsOf(MessageStatus.class).forEach(s -> wamids.add(s.messageId())));
    assertThat(wamids).hasSize(200);
    assertThat(receiver.verified).hasSize(200);
  }

  @Test
  void a_status_change_reaches_the_business_as_a_typed_event() {
    WebhookDispatcher hooks = fast();
    hooks.dispatch(target("/verified"), WebhookEnvelopes.flowStatusChanged("110200300400500", Instant.now(), "42",
        "booking", FlowStatusChange.FlowStatus.DRAFT, FlowStatusChange.FlowStatus.PUBLISHED));
    hooks.journal().awaitState(DeliveryState.DELIVERED, 1, WAIT);
    assertThat(receiver.verified.get(0).eventsOf(FlowStatusChange.class)).singleElement()
        .satisfies(c -> assertThat(c.newStatus()).isEqualTo(FlowStatusChange.FlowStatus.PUBLISHED));
  }

  @Test
  void configuration_mistakes_are_refused_with_clear_messages() {
    assertThatIllegalArgumentException().isThrownBy(() -> new WebhookTarget(URI.create("/relative"), SECRET))
        .withMessageContaining("absolute http or https URL");
    assertThatIllegalArgumentException().isThrownBy(() -> new WebhookTarget(URI.create("ftp://h/x"), SECRET));
    assertThatIllegalArgumentException().isThrownBy(() -> new RetryPolicy(0, Duration.ZERO, 1, Duration.ZERO));
    assertThatIllegalArgumentException().isThrownBy(() -> WebhookFaults.none().withDropRate(1.5));
    assertThatIllegalArgumentException()
        .isThrownBy(() -> WebhookFaults.none().withDelay(Duration.ofMillis(5), Duration.ofMillis(1)));
    assertThatIllegalArgumentException().isThrownBy(() -> WebhookDispatcher.builder().journalCapacity(0));
  }

  @Test
  void the_default_backoff_doubles_from_a_tenth_of_a_second_up_to_its_cap() {
    RetryPolicy policy = RetryPolicy.defaults();
    assertThat(policy.maxAttempts()).isEqualTo(5);
    assertThat(List.of(1, 2, 3, 4, 5, 6).stream().map(policy::backoffAfter).toList()).containsExactly(
        Duration.ofMillis(100), Duration.ofMillis(200), Duration.ofMillis(400), Duration.ofMillis(800),
        Duration.ofMillis(1600), Duration.ofSeconds(2));
  }
}
