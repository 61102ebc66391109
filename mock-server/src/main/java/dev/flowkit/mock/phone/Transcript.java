package dev.flowkit.mock.phone;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Every step of one {@link FlowSession}, in order: what the user did (input with {@code sensitive} and password
 * values masked), what came of it, the screen shown afterwards as plain text, and the endpoint exchanges the step
 * made (decrypted request and response, HTTP status, latency). {@link #toText()} is what the session's exceptions
 * carry; it never holds a key, a secret, an encrypted body or a masked field's value. A transcript belongs to one
 * session and is not thread-safe; {@link #entries()} is a snapshot.
 */
public final class Transcript {

  /**
   * One step.
   *
   * @param number 1 for the opening, then counting up
   * @param step what the user (or the phone) did, e.g. {@code fill email = "ada@example.com"} or {@code open}
   * @param result what it came to, e.g. {@code navigated to LOGIN} or {@code blocked: email: ...}
   * @param screen the screen shown after the step, as masked plain text, when the step showed a new screen or
   *     changed the one shown by an endpoint answer
   * @param exchanges the endpoint exchanges the step made, in order (the request, an error notification)
   */
  public record Entry(int number, String step, String result, Optional<String> screen,
      List<EndpointExchange> exchanges) {

    /** Checks for nulls and copies the exchanges. */
    public Entry {
      Objects.requireNonNull(step, "step");
      Objects.requireNonNull(result, "result");
      Objects.requireNonNull(screen, "screen");
      exchanges = List.copyOf(exchanges);
    }

    /** The entry as text: a head line, the endpoint exchanges indented, then the screen indented. */
    public String toText() {
      StringBuilder text = new StringBuilder();
      text.append(number).append(". ").append(step).append(" -> ").append(result).append('\n');
      for (EndpointExchange exchange : exchanges) {
        indent(text, "   endpoint ", exchange.toText());
      }
      screen.ifPresent(shown -> indent(text, "   | ", shown));
      return text.toString();
    }

    private static void indent(StringBuilder text, String prefix, String block) {
      for (String line : block.split("\n", -1)) {
        if (!line.isEmpty()) {
          text.append(prefix).append(line).append('\n');
          prefix = prefix.startsWith("   endpoint") ? "            " : prefix;
        }
      }
    }

    /** {@link #toText()}. */
    @Override
    public String toString() {
      return toText();
    }
  }

  /**
   * One step as recorded: the screen is kept as rendered (immutable) and written as text only when the entry is
   * first read, since most transcripts are never read.
   */
  private static final class Recorded {
    private final int number;
    private final String step;
    private final String result;
    private final Optional<RenderedScreen> screen;
    private final List<EndpointExchange> exchanges;
    private @Nullable Entry entry;

    Recorded(int number, String step, String result, Optional<RenderedScreen> screen,
        List<EndpointExchange> exchanges) {
      this.number = number;
      this.step = step;
      this.result = result;
      this.screen = screen;
      this.exchanges = List.copyOf(exchanges);
    }

    Entry entry() {
      if (entry == null) {
        entry = new Entry(number, step, result, screen.map(RenderedScreen::plainText), exchanges);
      }
      return entry;
    }
  }

  private final List<Recorded> entries = new ArrayList<>();

  Transcript() {}

  void add(String step, String result, Optional<RenderedScreen> screen, List<EndpointExchange> exchanges) {
    Objects.requireNonNull(step, "step");
    Objects.requireNonNull(result, "result");
    entries.add(new Recorded(entries.size() + 1, step, result, screen, exchanges));
  }

  /** The steps so far, oldest first; a snapshot. */
  public List<Entry> entries() {
    List<Entry> all = new ArrayList<>(entries.size());
    entries.forEach(recorded -> all.add(recorded.entry()));
    return List.copyOf(all);
  }

  /** The most recent step, if any. */
  public Optional<Entry> last() {
    return entries.isEmpty() ? Optional.empty() : Optional.of(entries.get(entries.size() - 1).entry());
  }

  /** Every endpoint exchange of the session, in order. */
  public List<EndpointExchange> exchanges() {
    List<EndpointExchange> all = new ArrayList<>();
    entries.forEach(recorded -> all.addAll(recorded.exchanges));
    return all;
  }

  /** Every entry's {@link Entry#toText()}, one after another; a note when there is none. */
  public String toText() {
    if (entries.isEmpty()) {
      return "(no step yet)\n";
    }
    StringBuilder text = new StringBuilder();
    entries.forEach(recorded -> text.append(recorded.entry().toText()));
    return text.toString();
  }

  /** {@link #toText()}. */
  @Override
  public String toString() {
    return toText();
  }
}
