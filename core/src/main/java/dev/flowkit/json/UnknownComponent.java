package dev.flowkit.json;

import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * A component kept verbatim: a type this version of FlowKit does not model (Meta adds components), or a known
 * type whose required properties are missing or of the wrong JSON type (so the validator can report it). Written
 * back exactly as read. Immutable.
 *
 * @param json the component's JSON, usually an object
 */
public record UnknownComponent(JsonNode json) implements Component {

  /** Takes a copy of the JSON. */
  public UnknownComponent {
    json = Objects.requireNonNull(json, "json").deepCopy();
  }

  /** The {@code type} property, or {@code ""} when there is none. */
  @Override
  public String type() {
    JsonNode type = json.get("type");
    return type != null && type.isString() ? type.asString() : "";
  }

  /** None: the whole JSON is in {@link #json()}. */
  @Override
  public Extras extras() {
    return Extras.none();
  }
}
