package dev.flowkit.validation;

/**
 * A range of the original Flow JSON text as Meta reports it: lines and columns are 1-based, and the end column
 * is exclusive (one past the last character), per spec/flow-json.md section 8.3. Columns count UTF-16 code units,
 * as Meta's JavaScript validator does.
 *
 * @param lineStart first line
 * @param columnStart first column
 * @param lineEnd last line
 * @param columnEnd column after the last character
 */
public record SourceSpan(int lineStart, int columnStart, int lineEnd, int columnEnd) {

  /** Checks the numbers are positions. */
  public SourceSpan {
    if (lineStart < 1 || columnStart < 1 || lineEnd < lineStart || columnEnd < 1) {
      throw new IllegalArgumentException("not a text range: " + lineStart + ":" + columnStart + "-" + lineEnd + ":" + columnEnd);
    }
  }
}
