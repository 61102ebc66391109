package dev.flowkit.junit.assertions;

import dev.flowkit.validation.FlowJsonValidator;
import dev.flowkit.validation.ValidationError;
import dev.flowkit.validation.ValidationResult;
import dev.flowkit.validation.ValidationWarning;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.assertj.core.api.AbstractAssert;
import org.jspecify.annotations.Nullable;

/**
 * Assertions on Flow JSON text, as FlowKit's validator (the one the fake Graph API runs on upload) judges it:
 * valid, a validation error by code and line, warnings. Get one from
 * {@link FlowAssertions#assertThatFlowJson(String)}, {@link FlowAssertions#assertThatFlowJson(java.nio.file.Path)}
 * or {@link FlowAssertions#assertThat(dev.flowkit.json.FlowJson)}. The text is validated once, at the first
 * assertion. A failure lists every error (or warning) with its code, line, column and message, and names the
 * closest code when the one expected is missing.
 */
public class FlowJsonAssert extends AbstractAssert<FlowJsonAssert, String> {

  private final String source;
  private @Nullable ValidationResult result;

  /**
   * An assert on this Flow JSON text; for soft assertions and custom entry points.
   *
   * @param json the text, may be null (every assertion then fails)
   */
  public FlowJsonAssert(@Nullable String json) {
    this(json, "the Flow JSON");
  }

  FlowJsonAssert(@Nullable String json, String source) {
    super(json, FlowJsonAssert.class);
    this.source = source;
  }

  /** Verifies that the validator finds no error (warnings are allowed). */
  public FlowJsonAssert isValid() {
    List<ValidationError> errors = result().errors();
    if (!errors.isEmpty()) {
      throw failure("%s", "Expected " + source + " to be valid but it has " + errors.size() + " error(s):"
          + errors(errors));
    }
    return this;
  }

  /** Verifies that the validator reports an error with this code, e.g. {@code INVALID_PROPERTY_VALUE}. */
  public FlowJsonAssert hasValidationError(String code) {
    Objects.requireNonNull(code, "code");
    List<ValidationError> errors = result().errors();
    if (errors.stream().noneMatch(e -> e.error().equals(code))) {
      throw failure("%s", "Expected " + source + " to have the validation error " + code + " but it "
          + (errors.isEmpty() ? "is valid" : "has " + errors.size() + " other error(s)"
          + Report.closest("code", code, codes(errors)) + ":" + errors(errors)));
    }
    return this;
  }

  /**
   * Verifies that the validator reports an error with this code at this line: the line where one of its locations
   * starts (Meta merges errors with the same code and message into one with several locations).
   */
  public FlowJsonAssert hasValidationError(String code, int line) {
    hasValidationError(code);
    List<ValidationError> same = result().errors().stream().filter(e -> e.error().equals(code)).toList();
    boolean found = same.stream().flatMap(e -> e.pointers().stream()).anyMatch(p -> p.span().lineStart() == line);
    if (!found) {
      String lines = same.stream().flatMap(e -> e.pointers().stream()).map(p -> String.valueOf(p.span().lineStart()))
          .distinct().collect(Collectors.joining(", "));
      throw failureWithActualExpected(lines, String.valueOf(line), "%s", "Expected " + source
          + " to have the validation error " + code + " at line " + line + " but it has it at line(s) " + lines + ":"
          + errors(result().errors()));
    }
    return this;
  }

  /** Verifies that the validator reports no warning. */
  public FlowJsonAssert hasNoWarnings() {
    List<ValidationWarning> warnings = result().warnings();
    if (!warnings.isEmpty()) {
      throw failure("%s", "Expected " + source + " to have no warnings but it has " + warnings.size() + ":"
          + warnings(warnings));
    }
    return this;
  }

  /** Verifies that the validator reports a warning with this code, e.g. {@code CHARACTER_LIMIT_EXCEEDED}. */
  public FlowJsonAssert hasWarning(String code) {
    Objects.requireNonNull(code, "code");
    List<ValidationWarning> warnings = result().warnings();
    if (warnings.stream().noneMatch(w -> w.code().equals(code))) {
      List<String> codes = warnings.stream().map(ValidationWarning::code).distinct().toList();
      throw failure("%s", "Expected " + source + " to have the warning " + code + " but it has "
          + (warnings.isEmpty() ? "none" + (result().isValid() ? "" : "; its errors:" + errors(result().errors()))
          : warnings.size() + " other warning(s)" + Report.closest("code", code, codes) + ":" + warnings(warnings)));
    }
    return this;
  }

  private ValidationResult result() {
    isNotNull();
    if (result == null) {
      result = FlowJsonValidator.validate(actual);
    }
    return result;
  }

  private static List<String> codes(List<ValidationError> errors) {
    return errors.stream().map(ValidationError::error).distinct().toList();
  }

  private static String errors(List<ValidationError> errors) {
    return errors.stream().map(e -> "\n  - " + e.error() + " at line " + e.lineStart() + ", column " + e.columnStart()
        + ": " + e.message()).collect(Collectors.joining());
  }

  private static String warnings(List<ValidationWarning> warnings) {
    return warnings.stream().map(w -> "\n  - " + w.code() + " at line " + w.span().lineStart() + ", column "
        + w.span().columnStart() + ": " + w.message()).collect(Collectors.joining());
  }
}
