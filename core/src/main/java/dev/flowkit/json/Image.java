package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code Image}: an image. Immutable.
 *
 * @param src {@code src}: base64 image, or a binding
 * @param width {@code width}
 * @param height {@code height}
 * @param aspectRatio {@code aspect-ratio}
 * @param scaleType {@code scale-type}: cover or contain
 * @param altText {@code alt-text}
 * @param visible {@code visible}: absent means true. In FB's schema though not in the component docs (spec section 10): accepted
 * @param extras properties not modelled here, verbatim
 */
public record Image(
    Bindable<String> src,
    Optional<Bindable<Integer>> width,
    Optional<Bindable<Integer>> height,
    Optional<Bindable<Number>> aspectRatio,
    Optional<String> scaleType,
    Optional<Bindable<String>> altText,
    Optional<Bindable<Boolean>> visible,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "Image";

  /** Copies collections; nothing may be null. */
  public Image {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(width, "width");
    Objects.requireNonNull(height, "height");
    Objects.requireNonNull(aspectRatio, "aspectRatio");
    Objects.requireNonNull(scaleType, "scaleType");
    Objects.requireNonNull(altText, "altText");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String src) {
    return new Builder(Bindable.ofText(src));
  }

  /** Builds a {@link Image}. Not thread-safe. */
  public static final class Builder {

    private final Bindable<String> src;
    private Optional<Bindable<Integer>> width = Optional.empty();
    private Optional<Bindable<Integer>> height = Optional.empty();
    private Optional<Bindable<Number>> aspectRatio = Optional.empty();
    private Optional<String> scaleType = Optional.empty();
    private Optional<Bindable<String>> altText = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(Bindable<String> src) {
      this.src = Objects.requireNonNull(src, "src");
    }

    /** {@code width}. */
    public Builder width(int value) {
      this.width = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code width}, bound to data. */
    public Builder width(Ref value) {
      this.width = Optional.of(value.bindable());
      return this;
    }

    /** {@code width}, a literal, binding or expression. */
    public Builder width(Bindable<Integer> value) {
      this.width = Optional.of(value);
      return this;
    }

    /** {@code height}. */
    public Builder height(int value) {
      this.height = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code height}, bound to data. */
    public Builder height(Ref value) {
      this.height = Optional.of(value.bindable());
      return this;
    }

    /** {@code height}, a literal, binding or expression. */
    public Builder height(Bindable<Integer> value) {
      this.height = Optional.of(value);
      return this;
    }

    /** {@code aspect-ratio}. */
    public Builder aspectRatio(Number value) {
      this.aspectRatio = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code aspect-ratio}, bound to data. */
    public Builder aspectRatio(Ref value) {
      this.aspectRatio = Optional.of(value.bindable());
      return this;
    }

    /** {@code aspect-ratio}, a literal, binding or expression. */
    public Builder aspectRatio(Bindable<Number> value) {
      this.aspectRatio = Optional.of(value);
      return this;
    }

    /** {@code scale-type}. */
    public Builder scaleType(String value) {
      this.scaleType = Optional.of(value);
      return this;
    }

    /** {@code alt-text}. */
    public Builder altText(String value) {
      this.altText = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code alt-text}, bound to data. */
    public Builder altText(Ref value) {
      this.altText = Optional.of(value.bindable());
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

    /** The Image. */
    public Image build() {
      return new Image(src, width, height, aspectRatio, scaleType, altText, visible, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
