package dev.flowkit.validation;

import java.util.List;

/**
 * What validating one Flow JSON text found. Immutable.
 *
 * @param errors what Meta's Flows API would report, merged by code and message as Meta does, in document order
 */
public record ValidationResult(List<ValidationError> errors) {

  /** Copies the list. */
  public ValidationResult {
    errors = List.copyOf(errors);
  }

  /** Whether Meta would accept the flow for publishing. */
  public boolean isValid() {
    return errors.isEmpty();
  }
}
