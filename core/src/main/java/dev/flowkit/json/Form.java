package dev.flowkit.json;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code Form}: a container of input components (required around inputs before 4.0; at most one per screen from 7.0). Immutable.
 *
 * @param name {@code name}
 * @param children {@code children}
 * @param initValues {@code init-values}: component name to value, or a binding
 * @param errorMessages {@code error-messages}: component name to message, or a binding
 * @param extras properties not modelled here, verbatim
 */
public record Form(
    String name,
    List<Component> children,
    Optional<JsonNode> initValues,
    Optional<JsonNode> errorMessages,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "Form";

  /** Copies collections; nothing may be null. */
  public Form {
    Objects.requireNonNull(name, "name");
    children = List.copyOf(children);
    initValues = initValues.map(JsonNode::deepCopy);
    errorMessages = errorMessages.map(JsonNode::deepCopy);
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, Component... children) {
    return new Builder(name, List.of(children));
  }

  /** Builds a {@link Form}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final List<Component> children;
    private Optional<JsonNode> initValues = Optional.empty();
    private Optional<JsonNode> errorMessages = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(String name, List<Component> children) {
      this.name = Objects.requireNonNull(name, "name");
      this.children = Objects.requireNonNull(children, "children");
    }

    /** {@code init-values}. */
    public Builder initValues(JsonNode value) {
      this.initValues = Optional.of(value.deepCopy());
      return this;
    }

    /** {@code init-values}, as an object (see Payload#of). */
    public Builder initValues(Map<String, JsonNode> value) {
      this.initValues = Optional.of(Payload.toJson(value));
      return this;
    }

    /** {@code init-values}, bound to data. */
    public Builder initValues(Ref value) {
      this.initValues = Optional.of(Payload.toJson(value));
      return this;
    }

    /** {@code error-messages}. */
    public Builder errorMessages(JsonNode value) {
      this.errorMessages = Optional.of(value.deepCopy());
      return this;
    }

    /** {@code error-messages}, as an object (see Payload#of). */
    public Builder errorMessages(Map<String, JsonNode> value) {
      this.errorMessages = Optional.of(Payload.toJson(value));
      return this;
    }

    /** {@code error-messages}, bound to data. */
    public Builder errorMessages(Ref value) {
      this.errorMessages = Optional.of(Payload.toJson(value));
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The Form. */
    public Form build() {
      return new Form(name, children, initValues, errorMessages, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
