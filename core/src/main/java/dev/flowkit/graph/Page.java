package dev.flowkit.graph;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import okhttp3.HttpUrl;
import tools.jackson.databind.JsonNode;

/**
 * One page of a Graph list ({@code data} and {@code paging}, spec/platform.md section 1.3). Get the next one
 * with {@link GraphApiClient#nextPage(Page)}; there is one exactly when {@link #hasNext()}. Immutable.
 *
 * @param <T> the item type
 */
public final class Page<T> {

  private final List<T> data;
  private final Optional<String> before;
  private final Optional<String> after;
  private final Optional<String> next;
  private final Optional<String> previous;
  private final HttpUrl requestUrl;
  private final Function<JsonNode, T> reader;

  private Page(List<T> data, JsonNode paging, HttpUrl requestUrl, Function<JsonNode, T> reader) {
    this.data = List.copyOf(data);
    JsonNode cursors = paging.path("cursors");
    this.before = Nodes.text(cursors, "before");
    this.after = Nodes.text(cursors, "after");
    this.next = Nodes.text(paging, "next");
    this.previous = Nodes.text(paging, "previous");
    this.requestUrl = requestUrl;
    this.reader = reader;
  }

  static <T> Page<T> from(JsonNode node, HttpUrl requestUrl, Function<JsonNode, T> reader) {
    return new Page<>(Nodes.list(node, "data", reader), node.path("paging"), requestUrl, reader);
  }

  /** The items of this page. */
  public List<T> data() {
    return data;
  }

  /** The {@code before} cursor. */
  public Optional<String> before() {
    return before;
  }

  /** The {@code after} cursor. */
  public Optional<String> after() {
    return after;
  }

  /** The {@code next} link, absent on the last page. */
  public Optional<String> next() {
    return next;
  }

  /** The {@code previous} link, absent on the first page. */
  public Optional<String> previous() {
    return previous;
  }

  /** Whether Graph says there is a further page (a {@code next} link), the only reliable signal. */
  public boolean hasNext() {
    return next.isPresent();
  }

  HttpUrl requestUrl() {
    return requestUrl;
  }

  Function<JsonNode, T> reader() {
    return reader;
  }

  @Override
  public String toString() {
    return "Page[" + data.size() + " items" + (hasNext() ? ", more" : "") + "]";
  }

  /** Same items and links. */
  @Override
  public boolean equals(Object other) {
    return other instanceof Page<?> that && data.equals(that.data) && next.equals(that.next)
        && previous.equals(that.previous) && before.equals(that.before) && after.equals(that.after);
  }

  @Override
  public int hashCode() {
    return Objects.hash(data, next, previous, before, after);
  }
}
