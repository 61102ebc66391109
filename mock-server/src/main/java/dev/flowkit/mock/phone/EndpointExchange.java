package dev.flowkit.mock.phone;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.StringJoiner;
import org.jspecify.annotations.NullMarked;

/**
 * One request to a flow endpoint and what came of it, as recorded in an {@link EndpointTranscript}. The accessors
 * give the clear JSON exactly as sent and received, for assertions; {@link #toText()} (and {@code toString()})
 * give a readable account with {@link #maskedFields()} and {@code flow_token_signature} masked. Nothing here
 * holds the encrypted body, the AES key, the business key or the app secret. Immutable.
 *
 * @param sequence 1 for a channel's first exchange, then counting up
 * @param at when the request was made
 * @param request the request
 * @param requestJson the clear request as encrypted: {@code version}, {@code action}, {@code screen},
 *     {@code data}, {@code flow_token} and, when signed, {@code flow_token_signature}
 * @param attempts the HTTP requests sent: one, or two after a 421; none when no key was available
 * @param responseJson the clear response: the decrypted 200 body, or the 427 body decrypted or as sent; empty
 *     when none was read
 * @param outcome what it came to
 * @param latency from the request to the outcome, the 421 pause included
 * @param maskedFields the names masked in {@link #toText()}
 */
@NullMarked
public record EndpointExchange(long sequence, Instant at, EndpointRequest request, String requestJson,
    List<Attempt> attempts, Optional<String> responseJson, EndpointOutcome outcome, Duration latency,
    Set<String> maskedFields) {

  /**
   * One HTTP request.
   *
   * @param httpStatus the status, when an HTTP answer came
   * @param latency from sending to the answer or the failure
   * @param failure why no answer came (timeout, connection refused...), when none did
   */
  public record Attempt(OptionalInt httpStatus, Duration latency, Optional<String> failure) {

    /** Checks for nulls. */
    public Attempt {
      Objects.requireNonNull(httpStatus, "httpStatus");
      Objects.requireNonNull(latency, "latency");
      Objects.requireNonNull(failure, "failure");
    }

    /** E.g. {@code 200 in 12 ms} or {@code no answer in 3 ms (ConnectException)}. */
    public String describe() {
      String took = " in " + latency.toMillis() + " ms";
      return httpStatus.isPresent() ? httpStatus.getAsInt() + took
          : "no answer" + took + failure.map(f -> " (" + f + ")").orElse("");
    }
  }

  /** Copies the lists. */
  public EndpointExchange {
    Objects.requireNonNull(at, "at");
    Objects.requireNonNull(request, "request");
    Objects.requireNonNull(requestJson, "requestJson");
    attempts = List.copyOf(attempts);
    Objects.requireNonNull(responseJson, "responseJson");
    Objects.requireNonNull(outcome, "outcome");
    Objects.requireNonNull(latency, "latency");
    maskedFields = Set.copyOf(maskedFields);
  }

  /** The last HTTP status, if an answer came. */
  public OptionalInt httpStatus() {
    return attempts.isEmpty() ? OptionalInt.empty() : attempts.get(attempts.size() - 1).httpStatus();
  }

  /**
   * A readable account: a head line (number, time, action, screen, HTTP attempts, outcome), then the request and
   * the response as compact JSON with the masked fields shown as {@code ***}.
   */
  public String toText() {
    StringBuilder text = new StringBuilder();
    text.append('#').append(sequence).append(' ').append(at).append(' ').append(request.action());
    if (request.kind() == EndpointRequest.Kind.ERROR_NOTIFICATION) {
      text.append(" (error notification)");
    }
    request.screen().ifPresent(screen -> text.append(" on ").append(screen));
    StringJoiner tries = new StringJoiner(", key refetched, then ", " [", "]");
    attempts.forEach(attempt -> tries.add(attempt.describe()));
    text.append(attempts.isEmpty() ? " [not sent]" : tries.toString());
    text.append(" -> ").append(outcome.summary()).append(" (").append(latency.toMillis()).append(" ms)\n");
    text.append("  request:  ").append(EndpointJson.masked(requestJson, maskedFields)).append('\n');
    responseJson.ifPresent(json -> text.append("  response: ").append(EndpointJson.masked(json, maskedFields))
        .append('\n'));
    return text.toString();
  }

  /** {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }
}
