package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.webhook.PlatformWebhooks;
import dev.flowkit.mock.webhook.WebhookEnvelopes;
import dev.flowkit.webhook.FlowStatusChange.FlowStatus;
import java.time.Clock;
import java.util.Optional;

/**
 * The one place flow status change webhooks (spec/platform.md section 6.7, field {@code flows}) leave: on creation
 * (DRAFT), publish, deprecate, and the monitoring transitions (THROTTLED, BLOCKED, recovery). The section names no
 * webhook for an edit of a published flow back to DRAFT (section 2.13's newer model), so none is sent for it.
 */
final class FlowStatusWebhooks {

  private final PlatformWebhooks webhooks;
  private final Clock clock;

  FlowStatusWebhooks(PlatformWebhooks webhooks, Clock clock) {
    this.webhooks = webhooks;
    this.clock = clock;
  }

  /** The creation event of {@code flow}. */
  void created(FlowRecord flow) {
    webhooks.send(flow.wabaId(), null, "flows",
        WebhookEnvelopes.flowCreated(flow.wabaId(), clock.instant(), flow.id(), flow.name(), Optional.empty()));
  }

  /** {@code flow} went from {@code oldStatus} to its status; nothing when they are equal. */
  void changed(FlowRecord flow, String oldStatus) {
    if (oldStatus.equals(flow.status())) {
      return;
    }
    webhooks.send(flow.wabaId(), null, "flows", WebhookEnvelopes.flowStatusChanged(flow.wabaId(), clock.instant(),
        flow.id(), flow.name(), FlowStatus.valueOf(oldStatus), FlowStatus.valueOf(flow.status())));
  }
}
