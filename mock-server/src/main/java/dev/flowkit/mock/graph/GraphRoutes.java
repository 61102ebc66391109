package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.webhook.MessageStatusWebhooks;
import dev.flowkit.mock.webhook.PlatformWebhooks;

/**
 * The Graph route table: the id kinds templates may name, and one line per route group. Adding a group is one class
 * implementing {@link RouteGroup} plus one {@code .add(...)} line here.
 */
public final class GraphRoutes {

  private GraphRoutes() {}

  /** The table of every Graph call the mock serves; route groups send webhooks through {@code webhooks}. */
  public static RouteTable table(StateStore store, GraphBehaviour behaviour, PlatformWebhooks webhooks) {
    FlowStatusWebhooks flowWebhooks = new FlowStatusWebhooks(webhooks, store.clock());
    Publisher publisher = new Publisher(store, behaviour);
    return new RouteTable()
        .idKind("waba-id", (id, c) -> c != null && store.read(s -> s.waba(id, c.businessId()).isPresent()))
        .idKind("pnid", (id, c) -> c != null && store.read(s -> s.phoneNumber(id, c.businessId()).isPresent()))
        .idKind("flow-id", (id, c) -> c != null && store.read(s -> s.flow(id, c.businessId()).isPresent()))
        .idKind("template-id", (id, c) -> c != null && store.read(s -> s.templates().containsKey(id)
            && s.waba(s.templates().get(id).wabaId(), c.businessId()).isPresent()))
        .idKind("app-id", (id, c) -> c != null && c.appId().equals(id))
        .add(new AccountReads(store))
        .add(new FlowCreation(store, publisher, flowWebhooks))
        .add(new FlowReads(store))
        .add(new FlowEdits(store, behaviour))
        .add(new FlowLifecycle(store, publisher, flowWebhooks))
        .add(new BusinessEncryption(store))
        .add(new MessageSends(store, behaviour, new MessageStatusWebhooks(store, webhooks)))
        .add(new Templates(store, behaviour))
        .add(new Subscriptions(store));
  }

  /**
   * The control routes of flows and keys (set a flow's monitoring status, count endpoint requests, set a key's
   * signature status) and the flow assets' download links, for the control table.
   */
  public static RouteGroup flowControl(StateStore store, PlatformWebhooks webhooks) {
    FlowStatusWebhooks flowWebhooks = new FlowStatusWebhooks(webhooks, store.clock());
    return table -> table.add(new FlowControl(store, flowWebhooks)).add(new AssetDownloads(store));
  }
}
