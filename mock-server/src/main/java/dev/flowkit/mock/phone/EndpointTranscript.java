package dev.flowkit.mock.phone;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.NullMarked;

/**
 * Every exchange of one {@link EndpointChannel} with the endpoint, in order. Thread-safe; {@link #toText()} is
 * what a failing test prints: masked as each {@link EndpointExchange#toText()}, with no key or secret in it.
 */
@NullMarked
public final class EndpointTranscript {

  private final List<EndpointExchange> exchanges = new CopyOnWriteArrayList<>();

  EndpointTranscript() {}

  void add(EndpointExchange exchange) {
    exchanges.add(exchange);
  }

  /** The exchanges so far, oldest first; a snapshot. */
  public List<EndpointExchange> exchanges() {
    return List.copyOf(exchanges);
  }

  /** The most recent exchange, if any. */
  public java.util.Optional<EndpointExchange> last() {
    List<EndpointExchange> now = exchanges();
    return now.isEmpty() ? java.util.Optional.empty() : java.util.Optional.of(now.get(now.size() - 1));
  }

  /** Every exchange's {@link EndpointExchange#toText()}, one after another; a note when there is none. */
  public String toText() {
    List<EndpointExchange> now = exchanges();
    if (now.isEmpty()) {
      return "(no endpoint exchange)\n";
    }
    StringBuilder text = new StringBuilder();
    now.forEach(exchange -> text.append(exchange.toText()));
    return text.toString();
  }

  /** {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }
}
