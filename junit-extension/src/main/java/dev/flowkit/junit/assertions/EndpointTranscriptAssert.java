package dev.flowkit.junit.assertions;

import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.EndpointTranscript;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on an endpoint channel's {@link EndpointTranscript} (see {@link AbstractExchangesAssert}). Get one
 * from {@link FlowAssertions#assertThat(EndpointTranscript)}. A failure ends with the last
 * {@value Report#TAIL_STEPS} exchanges, masked as the channel masks them.
 */
public class EndpointTranscriptAssert
    extends AbstractExchangesAssert<EndpointTranscriptAssert, EndpointTranscript> {

  /**
   * An assert on this transcript; for soft assertions and custom entry points.
   *
   * @param actual the transcript, may be null (every assertion then fails)
   */
  public EndpointTranscriptAssert(@Nullable EndpointTranscript actual) {
    super(actual, EndpointTranscriptAssert.class);
  }

  @Override
  List<EndpointExchange> exchanges() {
    return actual.exchanges();
  }

  @Override
  String context() {
    List<EndpointExchange> all = actual.exchanges();
    if (all.isEmpty()) {
      return "\n--- endpoint transcript: no exchange yet ---\n";
    }
    List<EndpointExchange> last = all.subList(Math.max(0, all.size() - Report.TAIL_STEPS), all.size());
    StringBuilder text = new StringBuilder("\n--- endpoint transcript, last ").append(last.size()).append(" of ")
        .append(all.size()).append(" exchange(s) ---\n");
    last.forEach(exchange -> text.append(exchange.toText()));
    return text.toString();
  }
}
