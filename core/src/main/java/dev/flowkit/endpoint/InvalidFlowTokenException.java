package dev.flowkit.endpoint;

import java.util.Objects;

/**
 * Thrown by a {@link FlowHandler} when the request's flow token is unknown, expired or used up. The endpoint
 * answers HTTP {@value #HTTP_STATUS} with {@code {"error_msg": userMessage}} encrypted like a normal reply;
 * WhatsApp closes the flow, shows the message and disables the message's button. Send the user a new message
 * with a new token.
 *
 * <p>The user message is shown to the user: put nothing in it you would not show them.
 */
public final class InvalidFlowTokenException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** The HTTP status for an invalid flow token. */
  public static final int HTTP_STATUS = 427;

  private final String userMessage;

  /**
   * An invalid token, with the text WhatsApp shows the user.
   *
   * @param userMessage e.g. {@code "This booking link has expired."}
   */
  public InvalidFlowTokenException(String userMessage) {
    super("the flow token is no longer valid");
    this.userMessage = Objects.requireNonNull(userMessage, "userMessage");
  }

  /** The text shown to the user. */
  public String userMessage() {
    return userMessage;
  }
}
