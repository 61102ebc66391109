package dev.flowkit.json;

import java.util.List;
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
public record Form(String name, List<Component> children, Optional<JsonNode> initValues, Optional<JsonNode> errorMessages, Extras extras) implements Component {

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

  @Override
  public String type() {
    return TYPE;
  }
}
