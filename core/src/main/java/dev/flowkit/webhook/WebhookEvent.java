package dev.flowkit.webhook;

/**
 * One thing a webhook tells the business. Closed, so a {@code switch} or {@code instanceof} chain over it can be
 * complete; what FlowKit does not recognise arrives as {@link UnknownEvent}, never dropped.
 */
public sealed interface WebhookEvent
    permits FlowCompletion, IncomingMessage, MessageStatus, MessagingErrors, FlowStatusChange, FlowAlert,
        FlowVersionExpiryWarning, UnknownEvent {

  /** The WhatsApp Business Account id of the envelope entry ({@code entry[].id}) the event came in. */
  String businessAccountId();
}
