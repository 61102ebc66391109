package dev.flowkit.cucumber;

/**
 * A screen id as a step names it, e.g. {@code SIGN_UP}.
 *
 * @param id the screen id
 */
public record ScreenName(String id) {

  /**
   * Checks the id.
   *
   * @throws IllegalArgumentException if it is not letters, digits and '_'
   */
  public ScreenName {
    if (!id.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw new IllegalArgumentException("a screen id may only use letters, digits and '_': " + id);
    }
  }

  @Override
  public String toString() {
    return id;
  }
}
