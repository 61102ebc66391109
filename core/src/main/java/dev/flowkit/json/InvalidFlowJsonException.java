package dev.flowkit.json;

import java.util.Optional;

/**
 * Flow JSON text that cannot be read as a flow: not JSON at all, or a shape the model cannot hold (e.g.
 * {@code screens} is not an array). The message names the spot as a JSON path and, when the text is known, as a
 * 1-based line and column. Whether a readable flow is valid is for the validator to say.
 */
public final class InvalidFlowJsonException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String path;
  private final int line;
  private final int column;

  InvalidFlowJsonException(String problem, String path, int line, int column) {
    super(problem + " at " + path + (line > 0 ? " (line " + line + ", column " + column + ")" : ""));
    this.path = path;
    this.line = line;
    this.column = column;
  }

  /** Where, as a JSON path such as {@code $.screens[1].layout.children[0]}. */
  public String path() {
    return path;
  }

  /** The 1-based line of the problem in the text, if known. */
  public Optional<Integer> line() {
    return line > 0 ? Optional.of(line) : Optional.empty();
  }

  /** The 1-based column of the problem in the text, if known. */
  public Optional<Integer> column() {
    return line > 0 ? Optional.of(column) : Optional.empty();
  }
}
