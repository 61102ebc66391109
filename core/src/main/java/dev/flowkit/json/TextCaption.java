package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code TextCaption}: small caption text. 409 characters on the phone (the component docs; pywa says 4096, spec section 10). Immutable.
 *
 * @param text {@code text}: one string (may be a binding) or, 5.1+, static lines
 * @param fontWeight {@code font-weight}: bold, italic, bold_italic or normal
 * @param strikethrough {@code strikethrough}
 * @param markdown {@code markdown}: 5.1+: render limited markdown
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record TextCaption(
    TextContent text,
    Optional<Bindable<String>> fontWeight,
    Optional<Bindable<Boolean>> strikethrough,
    Optional<Boolean> markdown,
    Optional<Bindable<Boolean>> visible,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "TextCaption";

  /** Copies collections; nothing may be null. */
  public TextCaption {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(fontWeight, "fontWeight");
    Objects.requireNonNull(strikethrough, "strikethrough");
    Objects.requireNonNull(markdown, "markdown");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  /** A plain, visible TextCaption with this text. */
  public static TextCaption of(String text) {
    return new TextCaption(new TextContent.Single(Bindable.ofText(text)), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Extras.none());
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String text) {
    return new Builder(new TextContent.Single(Bindable.ofText(text)));
  }

  /** A builder for static lines (5.1+), one paragraph each. */
  public static Builder builder(List<String> text) {
    return new Builder(new TextContent.Lines(text));
  }

  /** Builds a {@link TextCaption}. Not thread-safe. */
  public static final class Builder {

    private final TextContent text;
    private Optional<Bindable<String>> fontWeight = Optional.empty();
    private Optional<Bindable<Boolean>> strikethrough = Optional.empty();
    private Optional<Boolean> markdown = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(TextContent text) {
      this.text = Objects.requireNonNull(text, "text");
    }

    /** {@code font-weight}. */
    public Builder fontWeight(String value) {
      this.fontWeight = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code font-weight}, bound to data. */
    public Builder fontWeight(Ref value) {
      this.fontWeight = Optional.of(value.bindable());
      return this;
    }

    /** {@code strikethrough}. */
    public Builder strikethrough(boolean value) {
      this.strikethrough = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code strikethrough}, bound to data. */
    public Builder strikethrough(Ref value) {
      this.strikethrough = Optional.of(value.bindable());
      return this;
    }

    /** {@code strikethrough}, a literal, binding or expression. */
    public Builder strikethrough(Bindable<Boolean> value) {
      this.strikethrough = Optional.of(value);
      return this;
    }

    /** {@code markdown}. */
    public Builder markdown(boolean value) {
      this.markdown = Optional.of(value);
      return this;
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

    /** The TextCaption. */
    public TextCaption build() {
      return new TextCaption(text, fontWeight, strikethrough, markdown, visible, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
