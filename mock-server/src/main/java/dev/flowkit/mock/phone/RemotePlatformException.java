package dev.flowkit.mock.phone;

/**
 * A phone from {@link SimulatedPhone#remote} could not talk to its mock platform: the platform was not reachable,
 * answered something that is not FlowKit's control API, or refused a call for a reason other than the message not
 * opening (that one is {@link FlowMessageUnavailableException}). The message names the platform's URL and the call,
 * never a key or secret. An {@link IllegalStateException}, so that a session step it interrupts reports it as a
 * {@link FlowSessionException} of kind {@link FlowSessionException.Kind#NOT_AVAILABLE}.
 */
public final class RemotePlatformException extends IllegalStateException {

  private static final long serialVersionUID = 1L;

  RemotePlatformException(String message, Throwable cause) {
    super(message, cause);
  }

  RemotePlatformException(String message) {
    super(message);
  }
}
