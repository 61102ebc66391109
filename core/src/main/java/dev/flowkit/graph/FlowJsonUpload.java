package dev.flowkit.graph;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The answer to a Flow JSON upload (spec/platform.md section 2.8). Validation errors, including JSON that does
 * not parse, are reported here, not as a failed call.
 *
 * @param flowId the flow uploaded to
 * @param success {@code success}
 * @param validationErrors {@code validation_errors}, empty when the JSON is valid
 */
public record FlowJsonUpload(String flowId, boolean success, List<FlowValidationError> validationErrors) {

  /** Nothing may be null. */
  public FlowJsonUpload {
    Objects.requireNonNull(flowId, "flowId");
    validationErrors = List.copyOf(validationErrors);
  }

  /** Whether Meta found no validation error. */
  public boolean isValid() {
    return validationErrors.isEmpty();
  }

  /**
   * This answer, if the Flow JSON has no validation errors.
   *
   * @throws FlowValidationException if it has some
   */
  public FlowJsonUpload requireValid() {
    if (!isValid()) {
      throw new FlowValidationException(flowId, validationErrors);
    }
    return this;
  }

  static FlowJsonUpload from(String flowId, JsonNode node) {
    return new FlowJsonUpload(flowId, Nodes.bool(node, "success").orElse(true),
        Nodes.list(node, "validation_errors", FlowValidationError::from));
  }
}
