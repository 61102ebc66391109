package dev.flowkit.junit.assertions;

import dev.flowkit.graph.Flow;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.Page;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.phone.ReceivedFlowMessage;
import dev.flowkit.mock.state.SentFlow;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.mock.webhook.WebhookKind;
import dev.flowkit.webhook.FlowCompletion;
import dev.flowkit.webhook.WebhookParser;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Predicate;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Assertions on the mock platform: the messages the business sent to a user, the webhooks the platform sent to
 * the business, and the flows it holds. Get one from {@link FlowAssertions#assertThat(MockWhatsApp)}; each method
 * returns this assert, for chaining.
 *
 * <p>Messages and flows are read when the assertion runs (messages from the control API, flows through the Graph
 * API with the mock's own token). Webhooks are delivered asynchronously, so a webhook assertion waits until the
 * journal holds what it expects, at most {@link #DEFAULT_WEBHOOK_WAIT} (see {@link #waitingForWebhooksUpTo});
 * an assertion that expects an exact count waits for that many, then checks that there are no more.
 *
 * <p>A failure lists what the platform holds (messages, webhooks, flows) and names the closest flow, CTA,
 * message id or token to the one expected. It never shows the access token or the app secret.
 */
public class MockWhatsAppAssert extends AbstractAssert<MockWhatsAppAssert, MockWhatsApp> {

  /** How long a webhook assertion waits for deliveries unless told otherwise. */
  public static final Duration DEFAULT_WEBHOOK_WAIT = Duration.ofSeconds(5);

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private Duration webhookWait = DEFAULT_WEBHOOK_WAIT;
  private @Nullable GraphApiClient graph;

  /**
   * An assert on this platform; for soft assertions and custom entry points.
   *
   * @param actual the platform, may be null (every assertion then fails)
   */
  public MockWhatsAppAssert(@Nullable MockWhatsApp actual) {
    super(actual, MockWhatsAppAssert.class);
  }

  /**
   * How long the webhook assertions that follow wait for deliveries; {@link Duration#ZERO} checks the journal as
   * it is.
   *
   * @throws IllegalArgumentException if negative
   */
  public MockWhatsAppAssert waitingForWebhooksUpTo(Duration timeout) {
    if (timeout.isNegative()) {
      throw new IllegalArgumentException("the webhook wait must not be negative, got " + timeout);
    }
    this.webhookWait = timeout;
    return this;
  }

  // ------------------------------------------------------------------------------------------ messages

  /** Verifies how many messages of any type (flow, text, template) the business sent to this user. */
  public MockWhatsAppAssert hasSentMessagesTo(String waId, int count) {
    isNotNull();
    List<String> sent = messagesTo(digits(waId));
    if (sent.size() != count) {
      throw failureWithActualExpected(sent.size(), count, "%s", "Expected " + count + " message(s) sent to "
          + waId + " but there " + (sent.size() == 1 ? "was 1" : "were " + sent.size()) + ": " + Report.list(sent));
    }
    return this;
  }

  /** Verifies how many flow messages (interactive or a template's flow button) the business sent to this user. */
  public MockWhatsAppAssert hasSentFlowMessagesTo(String waId, int count) {
    List<ReceivedFlowMessage> sent = flowMessagesTo(waId);
    if (sent.size() != count) {
      throw failureWithActualExpected(sent.size(), count, "%s", "Expected " + count + " flow message(s) sent to "
          + waId + " but there " + (sent.size() == 1 ? "was 1" : "were " + sent.size()) + describe(sent));
    }
    return this;
  }

  /** Verifies that the business sent this user a flow message opening the flow with this name or id. */
  public MockWhatsAppAssert hasSentFlowMessageTo(String waId, String flowNameOrId) {
    Objects.requireNonNull(flowNameOrId, "flowNameOrId");
    List<ReceivedFlowMessage> sent = flowMessagesTo(waId);
    if (sent.stream().noneMatch(m -> opens(m.flow(), flowNameOrId))) {
      List<String> flows = new ArrayList<>();
      sent.forEach(m -> {
        Optional.ofNullable(m.flow().flowName()).ifPresent(flows::add);
        Optional.ofNullable(m.flow().flowId()).ifPresent(flows::add);
      });
      throw failure("%s", "Expected a flow message to " + waId + " for flow " + flowNameOrId + " but there is none"
          + Report.closest("flow", flowNameOrId, flows) + describe(sent));
    }
    return this;
  }

  /** Verifies that the business sent this user a flow message opening this flow with this {@code flow_token}. */
  public MockWhatsAppAssert hasSentFlowMessageTo(String waId, String flowNameOrId, String flowToken) {
    hasSentFlowMessageTo(waId, flowNameOrId);
    Objects.requireNonNull(flowToken, "flowToken");
    List<ReceivedFlowMessage> sent = flowMessagesTo(waId);
    if (sent.stream().noneMatch(m -> opens(m.flow(), flowNameOrId) && m.flow().flowToken().equals(flowToken))) {
      List<String> tokens = sent.stream().filter(m -> opens(m.flow(), flowNameOrId)).map(m -> m.flow().flowToken())
          .toList();
      throw failure("%s", "Expected a flow message to " + waId + " for flow " + flowNameOrId + " with the flow token "
          + flowToken + " but its flow messages carry " + Report.list(tokens)
          + Report.closest("token", flowToken, tokens) + describe(sent));
    }
    return this;
  }

  /** Verifies that the business sent this user a flow message whose button reads this text. */
  public MockWhatsAppAssert hasSentFlowMessageWithCta(String waId, String cta) {
    Objects.requireNonNull(cta, "cta");
    List<ReceivedFlowMessage> sent = flowMessagesTo(waId);
    if (sent.stream().noneMatch(m -> m.flow().cta().equals(cta))) {
      List<String> ctas = sent.stream().map(m -> m.flow().cta()).toList();
      throw failure("%s", "Expected a flow message to " + waId + " with the button \"" + cta + "\" but there is none"
          + Nearest.to(cta, ctas).map(n -> "; the closest button is \"" + n + "\"").orElse("") + describe(sent));
    }
    return this;
  }

  // ------------------------------------------------------------------------------------------ webhooks

  /** Verifies how many webhooks of this kind the platform sent (in any delivery state). */
  public MockWhatsAppAssert hasWebhooks(WebhookKind kind, int count) {
    Objects.requireNonNull(kind, "kind");
    return webhooks(d -> d.kind() == kind, count, kind.name());
  }

  /** Verifies how many webhooks of this kind are in this delivery state, e.g. {@code DELIVERED}. */
  public MockWhatsAppAssert hasWebhooks(WebhookKind kind, DeliveryState state, int count) {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(state, "state");
    return webhooks(d -> d.kind() == kind && d.state() == state, count, kind.name() + " " + state.name());
  }

  /**
   * Verifies that a flow completion ({@code nfm_reply}) webhook was delivered for the flow message with this id
   * ({@code context.id}), or carrying this flow token.
   */
  public MockWhatsAppAssert hasDeliveredCompletionFor(String messageIdOrFlowToken) {
    Objects.requireNonNull(messageIdOrFlowToken, "messageIdOrFlowToken");
    isNotNull();
    List<Delivery> found = await(d -> d.kind() == WebhookKind.FLOW_COMPLETION && d.state() == DeliveryState.DELIVERED
        && completions(d).stream().anyMatch(c -> c.contextMessageId().filter(messageIdOrFlowToken::equals).isPresent()
            || c.flowToken().filter(messageIdOrFlowToken::equals).isPresent()), 1);
    if (found.isEmpty()) {
      List<Delivery> completions = actual.webhookJournal().ofKind(WebhookKind.FLOW_COMPLETION);
      List<String> ids = new ArrayList<>();
      completions.forEach(d -> completions(d).forEach(c -> {
        c.contextMessageId().ifPresent(ids::add);
        c.flowToken().ifPresent(ids::add);
      }));
      throw failure("%s", "Expected a delivered flow completion webhook for " + messageIdOrFlowToken
          + " but there is none" + Report.closest("message id or token", messageIdOrFlowToken, ids)
          + "; the completion webhooks:" + (completions.isEmpty() ? " none" : completions.stream()
              .map(d -> "\n  - " + d.id() + " " + d.state() + " " + completions(d).stream()
                  .map(c -> "for message " + c.contextMessageId().orElse("(none)") + ", token "
                      + c.flowToken().orElse("(none)")).collect(Collectors.joining("; ")))
              .collect(Collectors.joining())) + journal());
    }
    return this;
  }

  private MockWhatsAppAssert webhooks(Predicate<Delivery> condition, int count, String what) {
    isNotNull();
    List<Delivery> found = await(condition, count);
    if (found.size() != count) {
      throw failureWithActualExpected(found.size(), count, "%s", "Expected " + count + " " + what + " webhook(s)"
          + " but " + (found.size() == 1 ? "1 was" : found.size() + " were") + " found" + (found.size() < count
          ? " within " + webhookWait.toMillis() + " ms" : "") + journal());
    }
    return this;
  }

  /** What the journal holds once {@code count} match or the wait is over. */
  private List<Delivery> await(Predicate<Delivery> condition, int count) {
    if (count > 0 && !webhookWait.isZero()) {
      try {
        return actual.webhookJournal().await(condition, count, webhookWait, "webhooks");
      } catch (AssertionError notYet) {
        // fall through: the count below says what the journal holds
      }
    }
    return actual.webhookJournal().all().stream().filter(condition).toList();
  }

  private String journal() {
    List<Delivery> all = actual.webhookJournal().all();
    return "\nThe webhook journal holds " + (all.isEmpty() ? "nothing" : all.size() + " deliveries:" + all.stream()
        .map(d -> "\n  - " + d.id() + " " + d.kind() + " " + d.state() + " after " + d.attempts().size()
            + " attempt(s)").collect(Collectors.joining()));
  }

  private static List<FlowCompletion> completions(Delivery delivery) {
    try {
      return WebhookParser.parse(delivery.payload()).eventsOf(FlowCompletion.class);
    } catch (RuntimeException unreadable) {
      return List.of();
    }
  }

  // ------------------------------------------------------------------------------------------ flows

  /** Verifies that the seeded WABA holds a flow with this name or id. */
  public MockWhatsAppAssert hasFlow(String nameOrId) {
    flow(nameOrId);
    return this;
  }

  /** Verifies that the seeded WABA holds a flow with this name or id, in this status. */
  public MockWhatsAppAssert hasFlowInState(String nameOrId, FlowStatus status) {
    Objects.requireNonNull(status, "status");
    Flow flow = flow(nameOrId);
    if (flow.status().filter(status::equals).isEmpty()) {
      String found = flow.status().map(FlowStatus::name).orElse("unknown");
      throw failureWithActualExpected(found, status.name(), "%s", "Expected flow " + nameOrId + " to be " + status
          + " but it is " + found + flows(flows()));
    }
    return this;
  }

  private Flow flow(String nameOrId) {
    Objects.requireNonNull(nameOrId, "nameOrId");
    isNotNull();
    List<Flow> flows = flows();
    Optional<Flow> found = flows.stream().filter(f -> f.id().equals(nameOrId)).findFirst()
        .or(() -> flows.stream().filter(f -> f.name().filter(nameOrId::equals).isPresent()).findFirst());
    if (found.isEmpty()) {
      List<String> names = new ArrayList<>();
      flows.forEach(f -> {
        f.name().ifPresent(names::add);
        names.add(f.id());
      });
      throw failure("%s", "Expected a flow named or with the id " + nameOrId + " but there is none"
          + Report.closest("flow", nameOrId, names) + flows(flows));
    }
    return found.get();
  }

  private List<Flow> flows() {
    if (graph == null) {
      graph = GraphApiClient.builder().baseUrl(actual.baseUrl()).accessToken(actual.accessToken()).build();
    }
    GraphApiClient graph = this.graph;
    List<Flow> all = new ArrayList<>();
    Optional<Page<Flow>> page = Optional.of(graph.listFlows(actual.wabaId()));
    while (page.isPresent()) {
      all.addAll(page.get().data());
      page = graph.nextPage(page.get());
    }
    return all;
  }

  private static String flows(List<Flow> flows) {
    return "\nThe flows: " + (flows.isEmpty() ? "none" : flows.stream().map(f -> f.name().orElse("(no name)")
        + " (id " + f.id() + ", " + f.status().map(FlowStatus::name).orElse("unknown") + ")")
        .collect(Collectors.joining(", ")));
  }

  // ------------------------------------------------------------------------------------------ the workshop

  private List<ReceivedFlowMessage> flowMessagesTo(String waId) {
    isNotNull();
    return actual.inbox().flowMessagesTo(digits(waId));
  }

  private static boolean opens(SentFlow flow, String nameOrId) {
    return nameOrId.equals(flow.flowId()) || nameOrId.equals(flow.flowName());
  }

  private static String describe(List<ReceivedFlowMessage> sent) {
    return "\nThe flow messages:" + (sent.isEmpty() ? " none" : sent.stream().map(m -> "\n  - " + m.wamid()
        + ": flow " + Optional.ofNullable(m.flow().flowName()).orElse("(from flow_json)")
        + Optional.ofNullable(m.flow().flowId()).map(id -> " (id " + id + ")").orElse("") + ", token "
        + m.flow().flowToken() + ", button \"" + m.flow().cta() + "\", " + m.flow().flowAction())
        .collect(Collectors.joining()));
  }

  /** Every message to the user as {@code wamid (type)}, from the control API. */
  private List<String> messagesTo(String waId) {
    URI uri = URI.create(actual.baseUrl() + "/_flowkit/messages?to=" + URLEncoder.encode(waId, StandardCharsets.UTF_8));
    HttpResponse<String> response;
    try {
      response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(uri).GET().build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the messages from the mock platform at " + actual.baseUrl(), e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while reading the messages from the mock platform", e);
    }
    if (response.statusCode() != 200) {
      throw new IllegalStateException("the mock platform answered " + response.statusCode() + " to " + uri.getPath());
    }
    List<String> sent = new ArrayList<>();
    for (JsonNode message : JSON.readTree(response.body()).path("data")) {
      sent.add(message.path("wamid").asString("?") + " (" + message.path("type").asString("?") + ")");
    }
    return sent;
  }

  private static String digits(String waId) {
    Objects.requireNonNull(waId, "waId");
    return waId.startsWith("+") ? waId.substring(1) : waId;
  }
}
