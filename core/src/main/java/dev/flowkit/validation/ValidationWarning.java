package dev.flowkit.validation;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Something Meta's static validator accepts but a phone or the platform will not show as written (a text over its
 * character limit, too many options, an image over its byte size) or a known pitfall (spec/flow-json.md sections
 * 8.6 and 10). A warning never makes a flow invalid. The codes are FlowKit's own, not Meta's, and stable; the
 * package documentation lists them. Immutable.
 *
 * <p>Unlike errors, warnings are not merged: each one has a single location, in {@link #pointers()} for the same
 * shape as {@link ValidationError}.
 *
 * @param code FlowKit's code, upper snake case, e.g. {@code CHARACTER_LIMIT_EXCEEDED}
 * @param message what is wrong and what the limit or the risk is
 * @param pointers every location, in document order; the top-level range is the first one's
 */
public record ValidationWarning(String code, String message, List<ValidationError.Pointer> pointers) {

  /** The {@code severity} every warning carries in its JSON form. */
  public static final String SEVERITY = "warning";

  /** At least one location. */
  public ValidationWarning {
    Objects.requireNonNull(code, "code");
    Objects.requireNonNull(message, "message");
    pointers = List.copyOf(pointers);
    if (pointers.isEmpty()) {
      throw new IllegalArgumentException("a validation warning points somewhere");
    }
  }

  /** The range of the first location. */
  public SourceSpan span() {
    return pointers.get(0).span();
  }

  /**
   * This warning in the shape of a Meta validation error, with {@code warning} in place of {@code error} and
   * {@code error_type}, and {@code "severity": "warning"}: {@code {"warning": CODE, "severity": "warning",
   * "message": ..., "line_start": ..., "line_end": ..., "column_start": ..., "column_end": ..., "pointers":
   * [{"line_start": ..., ..., "path": ...}]}}.
   */
  public ObjectNode toJson() {
    ObjectNode out = JsonMapper.shared().createObjectNode();
    out.put("warning", code);
    out.put("severity", SEVERITY);
    out.put("message", message);
    ValidationError.putLocations(out, pointers);
    return out;
  }
}
