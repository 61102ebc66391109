package dev.flowkit.graph;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * The answer to a create: the new flow's id and, when Flow JSON was sent, whether it was accepted and its
 * validation errors (which do not fail the call).
 *
 * @param id the new flow's id
 * @param success {@code success}; {@code true} when absent, as when no Flow JSON was sent
 * @param validationErrors {@code validation_errors}
 */
public record CreatedFlow(String id, boolean success, List<FlowValidationError> validationErrors) {

  /** Nothing may be null. */
  public CreatedFlow {
    Objects.requireNonNull(id, "id");
    validationErrors = List.copyOf(validationErrors);
  }

  /**
   * This answer, if the Flow JSON has no validation errors.
   *
   * @throws FlowValidationException if it has some
   */
  public CreatedFlow requireValid() {
    if (!validationErrors.isEmpty()) {
      throw new FlowValidationException(id, validationErrors);
    }
    return this;
  }

  static CreatedFlow from(JsonNode node) {
    return new CreatedFlow(Nodes.textOrEmpty(node, "id"), Nodes.bool(node, "success").orElse(true),
        Nodes.list(node, "validation_errors", FlowValidationError::from));
  }
}
