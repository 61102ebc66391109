package dev.flowkit.json;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A screen's {@code data}: field name to its JSON-Schema-like declaration ({@code type}, {@code properties},
 * {@code items}, {@code __example__}, ...), in document order. The declarations are kept as JSON because they are
 * a schema language of their own; {@link #type(String)} and {@link #example(String)} read the common parts.
 * Immutable.
 *
 * @param fields field name to declaration
 */
public record DataModel(Map<String, JsonNode> fields) {

  /** Copies the fields, order kept. */
  public DataModel {
    Map<String, JsonNode> copy = new LinkedHashMap<>();
    fields.forEach((name, schema) -> copy.put(name, schema.deepCopy()));
    fields = Collections.unmodifiableMap(copy);
  }

  /** The declared {@code type} of a field ({@code string}, {@code number}, {@code integer}, {@code boolean}, ...). */
  public Optional<String> type(String field) {
    JsonNode schema = fields.get(field);
    JsonNode type = schema == null ? null : schema.get("type");
    return type != null && type.isString() ? Optional.of(type.asString()) : Optional.empty();
  }

  /** The {@code __example__} of a field. */
  public Optional<JsonNode> example(String field) {
    JsonNode schema = fields.get(field);
    return schema == null ? Optional.empty() : Optional.ofNullable(schema.get("__example__"));
  }
}
