package dev.flowkit.graph;

import java.util.List;

/**
 * A flow's JSON has validation errors: thrown by {@link FlowJsonUpload#requireValid()},
 * {@link CreatedFlow#requireValid()} and by {@link GraphApiClient#publish(String)} when Meta refuses to publish
 * because of them (then {@link #getCause()} is the {@link FlowApiException} and the errors were read from the
 * flow).
 */
public final class FlowValidationException extends GraphException {

  private static final long serialVersionUID = 1L;

  private final transient List<FlowValidationError> validationErrors;

  FlowValidationException(String flowId, List<FlowValidationError> validationErrors, Throwable cause) {
    super(describe(flowId, validationErrors), cause);
    this.validationErrors = List.copyOf(validationErrors);
  }

  FlowValidationException(String flowId, List<FlowValidationError> validationErrors) {
    super(describe(flowId, validationErrors));
    this.validationErrors = List.copyOf(validationErrors);
  }

  private static String describe(String flowId, List<FlowValidationError> errors) {
    StringBuilder out = new StringBuilder("the Flow JSON of flow ").append(flowId).append(" has ")
        .append(errors.size()).append(errors.size() == 1 ? " validation error" : " validation errors");
    int shown = 0;
    for (FlowValidationError e : errors) {
      if (shown++ == 5) {
        out.append("; ...");
        break;
      }
      out.append(shown == 1 ? ": " : "; ").append(e.error()).append(' ').append(e.message());
      e.span().ifPresent(s -> out.append(" at ").append(s.lineStart()).append(':').append(s.columnStart()));
    }
    return out.toString();
  }

  /** Meta's validation errors, in the order reported. */
  public List<FlowValidationError> validationErrors() {
    return validationErrors;
  }
}
