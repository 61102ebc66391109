package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code ImageCarousel}: 1 to 3 swipeable images (7.1+). Immutable.
 *
 * @param images {@code images}: the images, or a binding to them
 * @param aspectRatio {@code aspect-ratio}: "4:3" or "16:9"
 * @param scaleType {@code scale-type}: contain or cover
 * @param visible {@code visible}: absent means true. In FB's schema though not in the component docs (spec section 10): accepted
 * @param extras properties not modelled here, verbatim
 */
public record ImageCarousel(
    Bindable<List<CarouselImage>> images,
    Optional<String> aspectRatio,
    Optional<String> scaleType,
    Optional<Bindable<Boolean>> visible,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "ImageCarousel";

  /** Copies collections; nothing may be null. */
  public ImageCarousel {
    Objects.requireNonNull(images, "images");
    Objects.requireNonNull(aspectRatio, "aspectRatio");
    Objects.requireNonNull(scaleType, "scaleType");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(List<CarouselImage> images) {
    return new Builder(Bindable.of(List.copyOf(images)));
  }

  /** A builder whose {@code images} is bound to data. */
  public static Builder builder(Ref images) {
    return new Builder(images.bindable());
  }

  /** Builds a {@link ImageCarousel}. Not thread-safe. */
  public static final class Builder {

    private final Bindable<List<CarouselImage>> images;
    private Optional<String> aspectRatio = Optional.empty();
    private Optional<String> scaleType = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(Bindable<List<CarouselImage>> images) {
      this.images = Objects.requireNonNull(images, "images");
    }

    /** {@code aspect-ratio}. */
    public Builder aspectRatio(String value) {
      this.aspectRatio = Optional.of(value);
      return this;
    }

    /** {@code scale-type}. */
    public Builder scaleType(String value) {
      this.scaleType = Optional.of(value);
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

    /** The ImageCarousel. */
    public ImageCarousel build() {
      return new ImageCarousel(images, aspectRatio, scaleType, visible, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
