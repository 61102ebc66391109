package dev.flowkit.validation;

import java.util.List;

/**
 * What validating one Flow JSON text found. Immutable.
 *
 * <p>Warnings are computed only when the semantic rules ran, that is when the text parsed, its version is public
 * and the schema rules found nothing (Meta skips everything else after a schema error, and so do the warnings: a
 * flow with schema errors has no warnings). A flow with other errors can have warnings too.
 *
 * @param errors what Meta's Flows API would report, merged by code and message as Meta does, in document order
 * @param warnings what Meta accepts but a phone or the platform will not show as written, in document order
 */
public record ValidationResult(List<ValidationError> errors, List<ValidationWarning> warnings) {

  /** Copies the lists. */
  public ValidationResult {
    errors = List.copyOf(errors);
    warnings = List.copyOf(warnings);
  }

  /**
   * A result without warnings.
   *
   * @param errors what Meta's Flows API would report
   */
  public ValidationResult(List<ValidationError> errors) {
    this(errors, List.of());
  }

  /** Whether Meta would accept the flow for publishing; warnings do not count. */
  public boolean isValid() {
    return errors.isEmpty();
  }
}
