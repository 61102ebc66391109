package dev.flowkit.mock.phone;

import java.util.Objects;

/**
 * Why a field keeps the screen's Footer disabled: a client-side check of Flow JSON §9.3 that failed, or an
 * error message the endpoint sent for the field that the user has not yet answered by editing it. The message
 * never repeats what the user entered, so it is safe to print for {@code sensitive} fields.
 *
 * @param field the component's {@code name}
 * @param message what is wrong, in the simulator's own words (the phone's localized texts are not known)
 */
public record FieldError(String field, String message) {

  /** Not null. */
  public FieldError {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(message, "message");
  }

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
