package dev.flowkit.webhook;

/**
 * The answer to a subscription handshake: send {@link #status()} with {@link #body()} as
 * {@value #CONTENT_TYPE}.
 *
 * @param status 200 when verified, 403 when the mode or token is wrong, 400 when the challenge is unusable
 * @param body the challenge when verified, otherwise a short reason that never contains the expected token
 */
public record HandshakeReply(int status, String body) {

  /** The content type of every handshake reply. */
  public static final String CONTENT_TYPE = "text/plain; charset=utf-8";

  /** Whether the handshake succeeded. */
  public boolean verified() {
    return status == 200;
  }
}
