package dev.flowkit.graph;

/**
 * WhatsApp refused to set a webhook callback URL because its verification handshake failed (spec/platform.md
 * section 6.1): before answering a call that sets a callback, Meta sends {@code GET <callback>?hub.mode=subscribe
 * &hub.challenge=<integer>&hub.verify_token=<token>}, and the callback must answer 200 with the challenge. This
 * fails when the callback cannot be reached, answers another status (a receiver answers 403 to a verify token it
 * does not hold) or echoes something else. Nothing was changed: the previous callback stays in force.
 *
 * <p>Graph answers this with code {@value #CODE} ("Callback verification failed"; the spec's digest does not list
 * the code). {@link #error()} holds Meta's reason, such as the callback's HTTP status; the verify token is not in
 * it.
 */
public final class CallbackVerificationException extends GraphApiException {

  /** Graph's error code for a failed callback verification. */
  public static final int CODE = 2200;

  private static final long serialVersionUID = 1L;

  CallbackVerificationException(String call, int httpStatus, GraphError error) {
    super(call, httpStatus, error);
  }
}
