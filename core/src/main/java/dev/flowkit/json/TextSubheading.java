package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code TextSubheading}: the second text style. 80 characters on the phone. Immutable.
 *
 * @param text {@code text}: may be a binding
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record TextSubheading(
    Bindable<String> text,
    Optional<Bindable<Boolean>> visible,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "TextSubheading";

  /** Copies collections; nothing may be null. */
  public TextSubheading {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  /** A visible TextSubheading with this text. */
  public static TextSubheading of(String text) {
    return new TextSubheading(Bindable.ofText(text), Optional.empty(), Extras.none());
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String text) {
    return new Builder(Bindable.ofText(text));
  }

  /** Builds a {@link TextSubheading}. Not thread-safe. */
  public static final class Builder {

    private final Bindable<String> text;
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(Bindable<String> text) {
      this.text = Objects.requireNonNull(text, "text");
    }

    /** {@code visible}. */
    public Builder visible(boolean value) {
      this.visible = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code visible}, bound to data. */
    public Builder visible(Ref value) {
      this.visible = Optional.of(value.bindable());
      return this;
    }

    /** {@code visible}, a literal, binding or expression. */
    public Builder visible(Bindable<Boolean> value) {
      this.visible = Optional.of(value);
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The TextSubheading. */
    public TextSubheading build() {
      return new TextSubheading(text, visible, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
