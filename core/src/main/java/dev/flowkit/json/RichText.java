package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code RichText}: long markdown text (5.1+); alone on its screen, or with one Footer from 6.3. Immutable.
 *
 * @param text {@code text}: one string (often a binding) or static lines
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record RichText(
    TextContent text,
    Optional<Bindable<Boolean>> visible,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "RichText";

  /** Copies collections; nothing may be null. */
  public RichText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String text) {
    return new Builder(new TextContent.Single(Bindable.ofText(text)));
  }

  /** A builder for static lines (5.1+), one paragraph each. */
  public static Builder builder(List<String> text) {
    return new Builder(new TextContent.Lines(text));
  }

  /** Builds a {@link RichText}. Not thread-safe. */
  public static final class Builder {

    private final TextContent text;
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(TextContent text) {
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

    /** The RichText. */
    public RichText build() {
      return new RichText(text, visible, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
