package dev.flowkit.webhook;

import java.time.Instant;
import java.util.Optional;

/**
 * A flow changed status ({@code field: flows}, {@code event: FLOW_STATUS_CHANGE}, platform spec §6.7): on
 * creation (no old status), publish, throttle, block, deprecate and recovery. A status FlowKit does not know
 * makes the whole event an {@link UnknownEvent}.
 *
 * @param businessAccountId {@code entry[].id}
 * @param time {@code entry[].time}, when sent
 * @param flowId the flow
 * @param oldStatus the status before; empty on creation
 * @param newStatus the status now
 * @param message Meta's human description, when sent
 * @param warning a version warning riding on the change, when sent
 */
public record FlowStatusChange(String businessAccountId, Optional<Instant> time, String flowId,
    Optional<FlowStatus> oldStatus, FlowStatus newStatus, Optional<String> message, Optional<String> warning)
    implements WebhookEvent {

  /** The statuses a flow can be in. */
  public enum FlowStatus {
    /** Editable, not sendable to users. */
    DRAFT,
    /** Live and immutable. */
    PUBLISHED,
    /** Retired by the business; can no longer be sent. */
    DEPRECATED,
    /** Stopped by Meta for poor health; cannot be sent. */
    BLOCKED,
    /** Limited by Meta for poor health. */
    THROTTLED
  }
}
