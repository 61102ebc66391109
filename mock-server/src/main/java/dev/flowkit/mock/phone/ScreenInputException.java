package dev.flowkit.mock.phone;

import java.util.Objects;

/**
 * The simulated user tried something the screen does not allow: a field name the screen does not show, the
 * wrong kind of input for a component (filling a Dropdown), an option that does not exist or is disabled, a
 * tap on a disabled component. The message names the screen, the field and what is allowed; it never repeats a
 * value typed into a {@code sensitive} field.
 */
public final class ScreenInputException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String screen;
  private final String field;

  ScreenInputException(String screen, String field, String message) {
    super("screen " + screen + ", field '" + field + "': " + message);
    this.screen = Objects.requireNonNull(screen, "screen");
    this.field = Objects.requireNonNull(field, "field");
  }

  /** The id of the screen the input was given on. */
  public String screen() {
    return screen;
  }

  /** The field (component name, or the text of a link) the input was meant for. */
  public String field() {
    return field;
  }
}
