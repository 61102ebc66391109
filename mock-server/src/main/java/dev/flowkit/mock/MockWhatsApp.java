package dev.flowkit.mock;

import dev.flowkit.mock.control.ControlRoutes;
import dev.flowkit.mock.control.Faults;
import dev.flowkit.mock.control.MessagingControl;
import dev.flowkit.mock.control.PhoneControl;
import dev.flowkit.mock.control.WebhookControl;
import dev.flowkit.mock.graph.GraphBehaviour;
import dev.flowkit.mock.graph.GraphRoutes;
import dev.flowkit.mock.graph.GraphServer;
import dev.flowkit.mock.phone.FlowMessageInbox;
import dev.flowkit.mock.phone.FlowReplies;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.Tenant;
import dev.flowkit.mock.state.TenantSpec;
import dev.flowkit.mock.webhook.DeliveryJournal;
import dev.flowkit.mock.webhook.MessageStatusWebhooks;
import dev.flowkit.mock.webhook.PlatformWebhooks;
import dev.flowkit.mock.webhook.WebhookDispatcher;
import dev.flowkit.mock.webhook.WebhookFaults;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A mock WhatsApp platform running in this JVM: a fake Graph API (point a Graph client at {@link #baseUrl()} with
 * {@link #accessToken()}) and a control API under {@code /_flowkit/}. Seeded with one tenant: a business, a WABA, a
 * phone number, an app and an access token. Thread-safe; {@link #close()} stops it.
 *
 * <pre>{@code
 * try (MockWhatsApp whatsapp = MockWhatsApp.start()) {
 *   GraphApiClient client = GraphApiClient.builder()
 *       .baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
 *   ...
 *   whatsapp.reset();   // between tests: back to the seed in a few milliseconds
 * }
 * }</pre>
 *
 * <p>Security: the mock prints and returns its own generated token and secrets on purpose; it is a local test
 * server, not a place for real credentials.
 */
public final class MockWhatsApp implements AutoCloseable {

  private final GraphServer server;
  private final StateStore store;
  private final Faults faults;
  private final PlatformWebhooks webhooks;
  private final FlowMessageInbox inbox;
  private final Tenant tenant;
  private final Map<String, SimulatedPhone> phones = new ConcurrentHashMap<>();

  private MockWhatsApp(GraphServer server, StateStore store, Faults faults, PlatformWebhooks webhooks,
      FlowMessageInbox inbox) {
    this.server = server;
    this.store = store;
    this.faults = faults;
    this.webhooks = webhooks;
    this.inbox = inbox;
    this.tenant = store.tenants().get(0);
  }

  /** Starts a mock with the defaults on a free loopback port. */
  public static MockWhatsApp start() {
    return start(MockWhatsAppConfig.defaults());
  }

  /**
   * Starts a mock as {@code config} says.
   *
   * @throws RuntimeException when the port cannot be bound or the data directory cannot be used
   */
  public static MockWhatsApp start(MockWhatsAppConfig config) {
    List<TenantSpec> tenants = new ArrayList<>();
    tenants.add(new TenantSpec("FlowKit Test Business", config.appSecret().orElse(null),
        config.accessToken().orElse(null), config.callbackUrl().orElse(null), config.wabaId().orElse(null),
        config.phoneNumberId().orElse(null), config.verifyToken().orElse(null)));
    config.extraTenants().forEach(name -> tenants.add(TenantSpec.named(name)));
    StateStore store = StateStore.open(config.dataDir().orElse(null), Clock.systemUTC(), tenants);
    GraphBehaviour behaviour = new GraphBehaviour(config.serveUnversionedPaths(),
        GraphBehaviour.DEFAULT_MAX_BODY_BYTES, config.editPublishedFlows(), config.publishHealthCheck(),
        config.customerServiceWindow(), config.autoApproveTemplates());
    Faults faults = new Faults();
    PlatformWebhooks webhooks = new PlatformWebhooks(store, WebhookDispatcher.builder().build());
    FlowMessageInbox inbox = new FlowMessageInbox(store, new MessageStatusWebhooks(store, webhooks));
    try {
      GraphServer server = GraphServer.start(config.host(), config.port(), store,
          GraphRoutes.table(store, behaviour, webhooks),
          ControlRoutes.table(store, faults, List.of(new WebhookControl(webhooks.dispatcher()),
              GraphRoutes.flowControl(store, webhooks),
              new MessagingControl(store, new MessageStatusWebhooks(store, webhooks)),
              new PhoneControl(inbox, new FlowReplies(store, webhooks)))),
          faults, behaviour);
      return new MockWhatsApp(server, store, faults, webhooks, inbox);
    } catch (RuntimeException e) {
      webhooks.close();
      throw e;
    }
  }

  /** {@code http://127.0.0.1:port}: the Graph base URL (calls go to {@code baseUrl/v21.0/...}). */
  public String baseUrl() {
    return server.baseUrl();
  }

  /** The seeded access token. */
  public String accessToken() {
    return tenant.token().token();
  }

  /** The seeded WABA's id. */
  public String wabaId() {
    return tenant.waba().id();
  }

  /** The seeded phone number's id (PNID). */
  public String phoneNumberId() {
    return tenant.phoneNumber().id();
  }

  /** The seeded phone number as displayed, e.g. {@code +1 555-010-2030}. */
  public String displayPhoneNumber() {
    return tenant.phoneNumber().displayPhoneNumber();
  }

  /** The seeded business's id. */
  public String businessId() {
    return tenant.business().id();
  }

  /** The seeded app's id. */
  public String appId() {
    return tenant.app().id();
  }

  /** The seeded app's secret (signs webhooks). */
  public String appSecret() {
    return tenant.app().secret();
  }

  /** The seeded app's webhook verify token. */
  public String verifyToken() {
    return tenant.app().verifyToken();
  }

  /** The state store, for tests in this module that put flows or keys in place directly. */
  StateStore store() {
    return store;
  }

  /**
   * Users' flow messages: what each user received, and opening one as the user's phone does (the hook the simulated
   * phone uses).
   */
  public FlowMessageInbox inbox() {
    return inbox;
  }

  /**
   * The phone of user {@code waId}: lists the flow messages the business sent them and opens one into a flow
   * session that walks the flow against the business's endpoint. The same user gets the same phone until
   * {@link #reset()}, so a button a 427 disabled stays disabled, as on a real device.
   *
   * @param waId the user's WhatsApp id, digits with an optional leading {@code +}
   * @throws IllegalArgumentException if the id is not 5 to 20 digits
   */
  public SimulatedPhone phone(String waId) {
    SimulatedPhone phone = SimulatedPhone.connectedTo(waId, inbox, webhooks, store);
    return phones.computeIfAbsent(phone.waId(), id -> phone);
  }

  /** The journal of every webhook the platform sent (or could not send) to the business's callback URL. */
  public DeliveryJournal webhookJournal() {
    return webhooks.dispatcher().journal();
  }

  /**
   * Back to the seed: flows, messages, templates and keys are gone, tenants and their tokens stay; no faults, an
   * empty webhook journal, users' phones new.
   */
  public void reset() {
    store.reset();
    phones.clear();
    faults.clear();
    webhooks.dispatcher().faults(WebhookFaults.none());
    webhooks.dispatcher().journal().clear();
  }

  /** Stops the server and the webhook deliveries still pending. State in a data directory stays there. */
  @Override
  public void close() {
    try {
      server.close();
    } finally {
      webhooks.close();
    }
  }

  /** The base URL and ids; no token or secret. */
  @Override
  public String toString() {
    return "MockWhatsApp[" + baseUrl() + ", waba=" + wabaId() + ", phone=" + phoneNumberId() + "]";
  }
}
