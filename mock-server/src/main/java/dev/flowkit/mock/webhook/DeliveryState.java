package dev.flowkit.mock.webhook;

/** Where a webhook delivery stands. All but {@link #PENDING} are final. */
public enum DeliveryState {
  /** Waiting for its first attempt or a retry. */
  PENDING,
  /** The callback answered with success (see {@link WebhookDispatcher.Builder#acceptAny2xx(boolean)}). */
  DELIVERED,
  /** Every attempt of the {@link RetryPolicy} failed. */
  FAILED,
  /** Dropped by a {@link WebhookFaults} fault: recorded, never sent. */
  DROPPED,
  /** No callback URL was configured, so there was nowhere to send it. */
  NO_TARGET,
  /** The dispatcher was closed before the delivery finished. */
  CANCELLED
}
