package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ImageCarousel}: 1 to 3 swipeable images (7.1+). Immutable.
 *
 * @param images {@code images}: the images, or a binding to them
 * @param aspectRatio {@code aspect-ratio}: "4:3" or "16:9"
 * @param scaleType {@code scale-type}: contain or cover
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record ImageCarousel(Bindable<List<CarouselImage>> images, Optional<String> aspectRatio, Optional<String> scaleType, Optional<Bindable<Boolean>> visible, Extras extras) implements Component {

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

  @Override
  public String type() {
    return TYPE;
  }
}
