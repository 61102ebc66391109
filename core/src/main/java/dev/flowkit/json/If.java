package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code If}: shows {@code then} or {@code else} depending on a condition (4.0+). Immutable.
 *
 * @param condition {@code condition}: the condition
 * @param then {@code then}: shown when the condition holds
 * @param otherwise {@code else}: shown otherwise
 * @param extras properties not modelled here, verbatim
 */
public record If(
    IfCondition condition,
    List<Component> then,
    Optional<List<Component>> otherwise,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "If";

  /** Copies collections; nothing may be null. */
  public If {
    Objects.requireNonNull(condition, "condition");
    then = List.copyOf(then);
    otherwise = otherwise.map(List::copyOf);
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String condition, Component... then) {
    return new Builder(new IfCondition.Expression(condition), List.of(then));
  }

  /** A builder with a literal condition (6.0+). */
  public static Builder builder(boolean condition, Component... then) {
    return new Builder(new IfCondition.Fixed(condition), List.of(then));
  }

  /** Builds a {@link If}. Not thread-safe. */
  public static final class Builder {

    private final IfCondition condition;
    private final List<Component> then;
    private Optional<List<Component>> otherwise = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(IfCondition condition, List<Component> then) {
      this.condition = Objects.requireNonNull(condition, "condition");
      this.then = Objects.requireNonNull(then, "then");
    }

    /** {@code else}. */
    public Builder otherwise(Component... children) {
      this.otherwise = Optional.of(List.of(children));
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The If. */
    public If build() {
      return new If(condition, then, otherwise, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
