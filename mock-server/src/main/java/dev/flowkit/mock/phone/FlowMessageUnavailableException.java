package dev.flowkit.mock.phone;

/**
 * A flow message the phone cannot open, and why: WhatsApp refuses to open a message whose flow is blocked,
 * deprecated or gone (spec/platform.md sections 2.13 and 5.10), and there is nothing to open in an unknown message
 * or one without a flow button.
 */
public final class FlowMessageUnavailableException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** Why the message cannot be opened. */
  public enum Reason {
    /** No message with that id was sent. */
    UNKNOWN_MESSAGE,
    /** The message has no flow button (a text message, or a template without a FLOW button). */
    NOT_A_FLOW_MESSAGE,
    /** The flow was deleted after the message was sent. */
    FLOW_DELETED,
    /** The flow is DEPRECATED: delivered messages no longer open. */
    FLOW_DEPRECATED,
    /** The flow is BLOCKED: delivered messages no longer open until it recovers. */
    FLOW_BLOCKED,
    /** The endpoint answered 427 (flow token no longer valid): the phone disabled the message's button. */
    BUTTON_DISABLED
  }

  private final Reason reason;

  FlowMessageUnavailableException(Reason reason, String message) {
    super(message);
    this.reason = reason;
  }

  /** Why the message cannot be opened. */
  public Reason reason() {
    return reason;
  }
}
