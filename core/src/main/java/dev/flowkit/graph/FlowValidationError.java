package dev.flowkit.graph;

import dev.flowkit.validation.SourceSpan;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One item of a flow's {@code validation_errors} as the Graph API reports it (spec/platform.md section 2.12).
 * Meta reports 1-based lines and columns; where a position is missing the span is empty.
 *
 * @param error the code, e.g. {@code INVALID_PROPERTY_VALUE}
 * @param errorType the category, e.g. {@code FLOW_JSON_ERROR}; empty text when absent
 * @param message the text
 * @param span {@code line_start}, {@code column_start}, {@code line_end}, {@code column_end}
 * @param pointers the {@code pointers} array, empty when absent
 */
public record FlowValidationError(String error, String errorType, String message, Optional<SourceSpan> span,
    List<Pointer> pointers) {

  /** Nothing may be null. */
  public FlowValidationError {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(message, "message");
    Objects.requireNonNull(span, "span");
    pointers = List.copyOf(pointers);
  }

  /**
   * One location of an error.
   *
   * @param path Meta's notation, e.g. {@code screens[0].layout.children[1].type}; empty text when absent
   * @param span where in the uploaded text
   */
  public record Pointer(String path, Optional<SourceSpan> span) {
    /** Nothing may be null. */
    public Pointer {
      Objects.requireNonNull(path, "path");
      Objects.requireNonNull(span, "span");
    }
  }

  static FlowValidationError from(JsonNode node) {
    return new FlowValidationError(Nodes.textOrEmpty(node, "error"), Nodes.textOrEmpty(node, "error_type"),
        Nodes.textOrEmpty(node, "message"), span(node),
        Nodes.list(node, "pointers", p -> new Pointer(Nodes.textOrEmpty(p, "path"), span(p))));
  }

  private static Optional<SourceSpan> span(JsonNode node) {
    Optional<Integer> lineStart = Nodes.integer(node, "line_start");
    Optional<Integer> columnStart = Nodes.integer(node, "column_start");
    if (lineStart.isEmpty() || columnStart.isEmpty()) {
      return Optional.empty();
    }
    int lineEnd = Nodes.integer(node, "line_end").orElse(lineStart.get());
    int columnEnd = Nodes.integer(node, "column_end").orElse(columnStart.get());
    try {
      return Optional.of(new SourceSpan(lineStart.get(), columnStart.get(), lineEnd, columnEnd));
    } catch (IllegalArgumentException notARange) {
      return Optional.empty();
    }
  }
}
