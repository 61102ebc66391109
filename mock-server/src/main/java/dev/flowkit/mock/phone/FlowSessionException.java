package dev.flowkit.mock.phone;

import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A flow session could not do what the test asked, or the business's endpoint broke the rules a phone enforces.
 * {@link #kind()} says which; the message names the screen and what was wrong, and ends with the session's
 * {@link Transcript} (masked: no {@code sensitive} value, key or secret).
 *
 * <p>For {@link Kind#INVALID_RESPONSE} the phone has already done what a real one does: it stayed on the current
 * screen and sent the endpoint an error notification with {@link #clientError()}; the session stays usable.
 */
public final class FlowSessionException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  /** What went wrong. */
  public enum Kind {
    /**
     * The endpoint's response was refused as a phone refuses it (platform.md §5.4): not decryptable, misshapen, a
     * screen that does not exist or may not be reached from here, data that does not match the screen's model, a
     * SUCCESS without its params. An error notification was sent.
     */
    INVALID_RESPONSE,
    /** The message's opening payload does not fit the flow: a screen that is no entry screen, data off its model. */
    OPENING_REFUSED,
    /** The input does not fit the screen: no such field, the wrong kind of input, a disabled or missing option. */
    INPUT_REFUSED,
    /** The Flow JSON cannot be shown as written (an expression that fails, an unknown navigate target). */
    RENDER_FAILED,
    /** The session is not in a state for this: the flow closed or completed, or no screen is shown yet. */
    NOT_AVAILABLE,
    /** A data_exchange or BACK must be sent, but the session has no endpoint URL. */
    NO_ENDPOINT
  }

  private final Kind kind;
  private final transient Optional<EndpointErrorType> clientError;
  private final String transcript;

  FlowSessionException(Kind kind, String message, Optional<EndpointErrorType> clientError, Transcript transcript,
      @Nullable Throwable cause) {
    super(message + "\n--- transcript ---\n" + transcript.toText(), cause);
    this.kind = Objects.requireNonNull(kind, "kind");
    this.clientError = clientError;
    this.transcript = transcript.toText();
  }

  FlowSessionException(Kind kind, String message, Optional<EndpointErrorType> clientError, Transcript transcript) {
    this(kind, message, clientError, transcript, null);
  }

  /** What went wrong. */
  public Kind kind() {
    return kind;
  }

  /**
   * For {@link Kind#INVALID_RESPONSE}: the error type the phone reported to the endpoint, e.g.
   * {@link EndpointErrorType#INVALID_SCREEN_TRANSITION}; empty otherwise.
   */
  public Optional<EndpointErrorType> clientError() {
    return clientError == null ? Optional.empty() : clientError;
  }

  /** The session's transcript as text, as it was when this was thrown. */
  public String transcriptText() {
    return transcript;
  }
}
