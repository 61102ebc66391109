package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code If}: shows {@code then} or {@code else} depending on a condition (4.0+). Immutable.
 *
 * @param condition {@code condition}: the condition
 * @param then {@code then}: shown when the condition holds
 * @param otherwise {@code else}: shown otherwise
 * @param extras properties not modelled here, verbatim
 */
public record If(Condition condition, List<Component> then, Optional<List<Component>> otherwise, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "If";

  /** Copies collections; nothing may be null. */
  public If {
    Objects.requireNonNull(condition, "condition");
    then = List.copyOf(then);
    otherwise = otherwise.map(List::copyOf);
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
