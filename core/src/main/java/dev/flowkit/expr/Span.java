package dev.flowkit.expr;

/**
 * Where a node or an error sits in the property string it came from: {@code start} is the 0-based offset of
 * its first character (inclusive), {@code end} the offset just past its last one (exclusive).
 *
 * <p>For a backtick expression the offsets count the opening backtick, so they can be shown against the
 * property value exactly as written in the Flow JSON (after JSON unescaping).
 *
 * @param start 0-based offset of the first character, inclusive
 * @param end 0-based offset just past the last character, exclusive; never less than {@code start}
 */
public record Span(int start, int end) {

  /**
   * Checks the offsets.
   *
   * @throws IllegalArgumentException if {@code start} is negative or {@code end} is before {@code start}
   */
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("a span needs 0 <= start <= end, got [" + start + ", " + end + ")");
    }
  }

  /** The 1-based column of the first character, the way Meta's validator counts columns. */
  public int column() {
    return start + 1;
  }

  /** The number of characters covered. */
  public int length() {
    return end - start;
  }

  /** The smallest span covering this one and {@code other}. */
  public Span to(Span other) {
    return new Span(Math.min(start, other.start), Math.max(end, other.end));
  }

  /** The covered characters of {@code source}. */
  String of(String source) {
    return source.substring(start, Math.min(end, source.length()));
  }
}
