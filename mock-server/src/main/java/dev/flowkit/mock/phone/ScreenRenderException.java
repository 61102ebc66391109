package dev.flowkit.mock.phone;

/**
 * The Flow JSON could not be shown as written: an expression that does not parse or cannot be evaluated with the
 * current values, a navigate target that does not exist. The message names the screen and the property; it never
 * holds a value of a {@code sensitive} field.
 */
public final class ScreenRenderException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  ScreenRenderException(String message, Throwable cause) {
    super(message, cause);
  }

  ScreenRenderException(String message) {
    super(message);
  }
}
