package dev.flowkit.json;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import tools.jackson.databind.JsonNode;

/**
 * {@code Switch}: shows the case whose key equals a value (4.0+). Immutable.
 *
 * @param value {@code value}: a binding or expression whose value picks the case
 * @param cases {@code cases}: case key to components, in document order
 * @param extras properties not modelled here, verbatim
 */
public record Switch(
    Bindable<String> value,
    Map<String, List<Component>> cases,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "Switch";

  /** Copies collections; nothing may be null. */
  public Switch {
    Objects.requireNonNull(value, "value");
    cases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cases));
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String value) {
    return new Builder(Bindable.ofText(value));
  }

  /** Builds a {@link Switch}. Not thread-safe. */
  public static final class Builder {

    private final Bindable<String> value;
    private final Map<String, List<Component>> cases = new java.util.LinkedHashMap<>();
    private Extras extras = Extras.none();

    private Builder(Bindable<String> value) {
      this.value = Objects.requireNonNull(value, "value");
    }

    /** One entry of {@code cases}: the components shown when the value equals the key. */
    public Builder when(String key, Component... children) {
      this.cases.put(key, List.of(children));
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The Switch. */
    public Switch build() {
      return new Switch(value, cases, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
