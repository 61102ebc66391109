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

  /** A builder of fields, in the order they are added. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link DataModel}. Not thread-safe. */
  public static final class Builder {

    private final Map<String, JsonNode> fields = new LinkedHashMap<>();

    private Builder() {}

    /** A {@code string} field with its {@code __example__}. */
    public Builder string(String name, String example) {
      return field(name, "string", example);
    }

    /** A {@code boolean} field with its {@code __example__}. */
    public Builder bool(String name, boolean example) {
      return field(name, "boolean", example);
    }

    /** A {@code number} field with its {@code __example__}. */
    public Builder number(String name, Number example) {
      return field(name, "number", example);
    }

    /** An {@code integer} field with its {@code __example__}. */
    public Builder integer(String name, long example) {
      return field(name, "integer", example);
    }

    /** A field with any declaration ({@code type}, {@code items}, {@code properties}, {@code __example__}, ...). */
    public Builder field(String name, JsonNode declaration) {
      fields.put(name, declaration.deepCopy());
      return this;
    }

    private Builder field(String name, String type, Object example) {
      var declaration = tools.jackson.databind.node.JsonNodeFactory.instance.objectNode();
      declaration.put("type", type);
      declaration.set("__example__", Payload.toJson(example));
      fields.put(name, declaration);
      return this;
    }

    /** The data model. */
    public DataModel build() {
      return new DataModel(fields);
    }
  }
}
