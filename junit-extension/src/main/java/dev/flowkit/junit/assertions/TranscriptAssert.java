package dev.flowkit.junit.assertions;

import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.Transcript;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on a flow session's {@link Transcript}: its endpoint exchanges (see
 * {@link AbstractExchangesAssert}). Get one from {@link FlowSessionAssert#transcript()} or
 * {@link FlowAssertions#assertThat(Transcript)}. A failure ends with the last {@value Report#TAIL_STEPS} steps,
 * masked as the phone masks them.
 */
public class TranscriptAssert extends AbstractExchangesAssert<TranscriptAssert, Transcript> {

  /**
   * An assert on this transcript; for soft assertions and custom entry points.
   *
   * @param actual the transcript, may be null (every assertion then fails)
   */
  public TranscriptAssert(@Nullable Transcript actual) {
    super(actual, TranscriptAssert.class);
  }

  /** Verifies how many steps the session took, the opening included. */
  public TranscriptAssert hasStepCount(int count) {
    isNotNull();
    int steps = actual.entries().size();
    if (steps != count) {
      throw failureWithActualExpected(steps, count, "%s", "Expected " + count + " step(s) but there "
          + (steps == 1 ? "was 1" : "were " + steps) + context());
    }
    return this;
  }

  @Override
  List<EndpointExchange> exchanges() {
    return actual.exchanges();
  }

  @Override
  String context() {
    return Report.tail(actual);
  }
}
