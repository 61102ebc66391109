package dev.flowkit.junit.assertions;

import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.EndpointOutcome;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a sequence of endpoint exchanges, oldest first: how many, their actions, the screens they came
 * from and the screens their answers named, and each one on its own. The two kinds of transcript share them:
 * {@link TranscriptAssert} for a flow session's and {@link EndpointTranscriptAssert} for an endpoint channel's.
 * Each method returns this assert, for chaining; {@link #exchange(int)} and {@link #lastExchange()} move to one
 * exchange.
 *
 * @param <SELF> the concrete assert
 * @param <ACTUAL> the transcript type
 */
public abstract class AbstractExchangesAssert<SELF extends AbstractExchangesAssert<SELF, ACTUAL>, ACTUAL>
    extends AbstractAssert<SELF, ACTUAL> {

  AbstractExchangesAssert(@Nullable ACTUAL actual, Class<?> selfType) {
    super(actual, selfType);
  }

  /** The exchanges, oldest first. */
  abstract List<EndpointExchange> exchanges();

  /** What a failure shows after its first line: the end of the transcript, masked. */
  abstract String context();

  /** Verifies how many exchanges there were, error notifications included. */
  public SELF hasExchangeCount(int count) {
    isNotNull();
    List<EndpointExchange> all = exchanges();
    if (all.size() != count) {
      throw failureWithActualExpected(all.size(), count, "%s", "Expected " + count + " endpoint exchange(s) but there "
          + (all.size() == 1 ? "was 1" : "were " + all.size()) + context());
    }
    return myself;
  }

  /**
   * Verifies the {@code action} of every exchange, in order, as sent on the wire: {@code INIT},
   * {@code data_exchange}, {@code BACK} or {@code ping} (an error notification is a {@code data_exchange}, or an
   * {@code INIT} when it answers INIT).
   */
  public SELF hasActions(String... actions) {
    isNotNull();
    return sequence("actions", Arrays.asList(actions), exchanges().stream().map(e -> e.request().action()).toList());
  }

  /** Verifies the screens the exchanges came from, in order; INIT and ping come from none and are left out. */
  public SELF hasScreens(String... screens) {
    isNotNull();
    return sequence("screens", Arrays.asList(screens),
        exchanges().stream().map(e -> e.request().screen()).flatMap(Optional::stream).toList());
  }

  /**
   * Verifies the screens the endpoint's answers named, in order: the next screen of each screen answer and
   * {@code SUCCESS} for a completion; exchanges answered otherwise are left out.
   */
  public SELF hasResponseScreens(String... screens) {
    isNotNull();
    return sequence("response screens", Arrays.asList(screens),
        exchanges().stream().map(e -> responseScreen(e.outcome())).flatMap(Optional::stream).toList());
  }

  /**
   * Moves to one exchange.
   *
   * @param index 0 for the first
   */
  public EndpointExchangeAssert exchange(int index) {
    isNotNull();
    List<EndpointExchange> all = exchanges();
    if (index < 0 || index >= all.size()) {
      throw failure("%s", "Expected an endpoint exchange at index " + index + " but there "
          + (all.size() == 1 ? "is 1" : "are " + all.size()) + context());
    }
    return new EndpointExchangeAssert(all.get(index));
  }

  /** Moves to the last exchange. */
  public EndpointExchangeAssert lastExchange() {
    isNotNull();
    List<EndpointExchange> all = exchanges();
    if (all.isEmpty()) {
      throw failure("%s", "Expected an endpoint exchange but there was none" + context());
    }
    return new EndpointExchangeAssert(all.get(all.size() - 1));
  }

  private SELF sequence(String what, List<String> expected, List<String> found) {
    expected.forEach(item -> Objects.requireNonNull(item, what));
    if (!found.equals(expected)) {
      throw failureWithActualExpected(found, expected, "%s", "Expected the " + what + " " + expected + " but they were "
          + found + context());
    }
    return myself;
  }

  /** The screen an answer named: the next screen, or {@code SUCCESS} for a completion. */
  static Optional<String> responseScreen(EndpointOutcome outcome) {
    if (outcome instanceof EndpointOutcome.NextScreen) {
      return Optional.of(((EndpointOutcome.NextScreen) outcome).screen());
    }
    return outcome instanceof EndpointOutcome.Completed ? Optional.of("SUCCESS") : Optional.empty();
  }
}
