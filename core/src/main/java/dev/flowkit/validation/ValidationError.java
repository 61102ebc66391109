package dev.flowkit.validation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One validation error in the shape of Meta's Flows API ({@code validation_errors[]}, spec/flow-json.md section
 * 8.2): a code, its category, a message, the range of the first location, and every location it applies to.
 * Immutable.
 *
 * @param error the code, e.g. {@code INVALID_PROPERTY_VALUE}
 * @param errorType the category; {@value #FLOW_JSON_ERROR} for every error FlowKit reports
 * @param message the text, in Meta's wording where it is known
 * @param pointers every location, in document order; the top-level range is the first one's
 */
public record ValidationError(String error, String errorType, String message, List<Pointer> pointers) {

  /** The {@code error_type} Meta's current API reports for Flow JSON errors. */
  public static final String FLOW_JSON_ERROR = "FLOW_JSON_ERROR";

  /** At least one location. */
  public ValidationError {
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(errorType, "errorType");
    Objects.requireNonNull(message, "message");
    pointers = List.copyOf(pointers);
    if (pointers.isEmpty()) {
      throw new IllegalArgumentException("a validation error points somewhere");
    }
  }

  /** {@code line_start} of the first location. */
  public int lineStart() {
    return pointers.get(0).span().lineStart();
  }

  /** {@code line_end} of the first location. */
  public int lineEnd() {
    return pointers.get(0).span().lineEnd();
  }

  /** {@code column_start} of the first location. */
  public int columnStart() {
    return pointers.get(0).span().columnStart();
  }

  /** {@code column_end} of the first location (exclusive). */
  public int columnEnd() {
    return pointers.get(0).span().columnEnd();
  }

  /** This error as Meta's API writes it. */
  public ObjectNode toJson() {
    ObjectNode out = JsonMapper.shared().createObjectNode();
    out.put("error", error);
    out.put("error_type", errorType);
    out.put("message", message);
    putLocations(out, pointers);
    return out;
  }

  /** Writes the first location's range and the {@code pointers} array, as Meta's API does for an error. */
  static void putLocations(ObjectNode out, List<Pointer> pointers) {
    putSpan(out, pointers.get(0).span());
    ArrayNode list = out.putArray("pointers");
    for (Pointer pointer : pointers) {
      ObjectNode item = list.addObject();
      putSpan(item, pointer.span());
      item.put("path", pointer.path());
    }
  }

  private static void putSpan(ObjectNode out, SourceSpan span) {
    out.put("line_start", span.lineStart());
    out.put("line_end", span.lineEnd());
    out.put("column_start", span.columnStart());
    out.put("column_end", span.columnEnd());
  }

  /**
   * Meta's rule: errors with the same code and message become one error listing every location, in the order
   * they were first found.
   */
  static List<ValidationError> merge(List<ValidationError> errors) {
    Map<List<String>, List<Pointer>> merged = new LinkedHashMap<>();
    Map<List<String>, String> types = new LinkedHashMap<>();
    for (ValidationError e : errors) {
      List<String> key = List.of(e.error(), e.message());
      merged.computeIfAbsent(key, k -> new ArrayList<>()).addAll(e.pointers());
      types.putIfAbsent(key, e.errorType());
    }
    List<ValidationError> out = new ArrayList<>(merged.size());
    merged.forEach((key, pointers) -> out.add(new ValidationError(key.get(0), types.get(key), key.get(1), pointers)));
    return out;
  }

  /**
   * One location of an error.
   *
   * @param span where in the text
   * @param path Meta's notation, e.g. {@code screens[0].layout.children[1].label}
   */
  public record Pointer(SourceSpan span, String path) {
    /** Nothing may be null. */
    public Pointer {
      Objects.requireNonNull(span, "span");
      Objects.requireNonNull(path, "path");
    }
  }
}
