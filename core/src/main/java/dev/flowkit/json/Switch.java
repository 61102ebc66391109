package dev.flowkit.json;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * {@code Switch}: shows the case whose key equals a value (4.0+). Immutable.
 *
 * @param value {@code value}: a binding or expression whose value picks the case
 * @param cases {@code cases}: case key to components, in document order
 * @param extras properties not modelled here, verbatim
 */
public record Switch(Bindable<String> value, Map<String, List<Component>> cases, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "Switch";

  /** Copies collections; nothing may be null. */
  public Switch {
    Objects.requireNonNull(value, "value");
    cases = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(cases));
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
