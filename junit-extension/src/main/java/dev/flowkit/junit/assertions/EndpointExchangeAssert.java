package dev.flowkit.junit.assertions;

import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.EndpointOutcome;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on one {@link EndpointExchange}: its HTTP status, the request's action and screen, the screen the
 * answer named and what the exchange came to. Get one from {@link FlowAssertions#assertThat(EndpointExchange)}
 * or from a transcript assert. A failure ends with the exchange as text: request and response with masked fields
 * shown as {@code ***}, never a key or secret.
 */
public class EndpointExchangeAssert extends AbstractAssert<EndpointExchangeAssert, EndpointExchange> {

  /**
   * An assert on this exchange; for soft assertions and custom entry points.
   *
   * @param actual the exchange, may be null (every assertion then fails)
   */
  public EndpointExchangeAssert(@Nullable EndpointExchange actual) {
    super(actual, EndpointExchangeAssert.class);
  }

  /** Verifies the last HTTP status the endpoint answered. */
  public EndpointExchangeAssert hasStatus(int status) {
    isNotNull();
    OptionalInt found = actual.httpStatus();
    if (found.isEmpty() || found.getAsInt() != status) {
      String was = found.isPresent() ? String.valueOf(found.getAsInt()) : "no answer";
      throw failureWithActualExpected(was, String.valueOf(status), "%s", "Expected HTTP status " + status
          + " but it was " + was + context());
    }
    return this;
  }

  /** Verifies the request's {@code action} as sent: {@code INIT}, {@code data_exchange}, {@code BACK}, {@code ping}. */
  public EndpointExchangeAssert hasAction(String action) {
    isNotNull();
    return same("action", Objects.requireNonNull(action, "action"), Optional.of(actual.request().action()));
  }

  /** Verifies the screen the request came from. */
  public EndpointExchangeAssert hasScreen(String screen) {
    isNotNull();
    return same("request screen", Objects.requireNonNull(screen, "screen"), actual.request().screen());
  }

  /** Verifies the screen the answer named: the next screen, or {@code SUCCESS} for a completion. */
  public EndpointExchangeAssert hasResponseScreen(String screen) {
    isNotNull();
    return same("response screen", Objects.requireNonNull(screen, "screen"),
        AbstractExchangesAssert.responseScreen(actual.outcome()));
  }

  /**
   * Verifies what the exchange came to, e.g. {@code EndpointOutcome.NextScreen.class} or
   * {@code EndpointOutcome.FlowTokenRejected.class}.
   */
  public EndpointExchangeAssert hasOutcome(Class<? extends EndpointOutcome> kind) {
    isNotNull();
    Objects.requireNonNull(kind, "kind");
    if (!kind.isInstance(actual.outcome())) {
      String found = actual.outcome().getClass().getSimpleName();
      throw failureWithActualExpected(found, kind.getSimpleName(), "%s", "Expected the outcome " + kind.getSimpleName()
          + " but it was " + found + " (" + actual.outcome().summary() + ")" + context());
    }
    return this;
  }

  private EndpointExchangeAssert same(String what, String expected, Optional<String> found) {
    if (!found.filter(expected::equals).isPresent()) {
      throw failureWithActualExpected(found.orElse(null), expected, "%s", "Expected the " + what + " " + expected
          + " but it was " + found.orElse("none") + context());
    }
    return this;
  }

  private String context() {
    return "\n--- the exchange ---\n" + actual.toText();
  }
}
