package dev.flowkit.mock.webhook;

/** What a webhook the mock platform sends is about; the journal can be queried by it. */
public enum WebhookKind {
  /** {@code field: flows}, {@code event: FLOW_STATUS_CHANGE} (§6.7). */
  FLOW_STATUS_CHANGE,
  /** {@code field: flows}, one of the health alert events (§6.7). */
  FLOW_ALERT,
  /** {@code field: flows}, {@code event: FLOW_VERSION_EXPIRY_WARNING} (§6.7). */
  FLOW_VERSION_EXPIRY_WARNING,
  /** {@code field: messages}, a {@code statuses[]} entry (§6.6). */
  MESSAGE_STATUS,
  /** {@code field: messages}, the user's {@code nfm_reply} completing a flow (§6.5). */
  FLOW_COMPLETION
}
