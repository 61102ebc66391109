package dev.flowkit.json;

import java.util.Objects;

/**
 * One image of an ImageCarousel. Immutable.
 *
 * @param src {@code src}: base64 image or binding
 * @param altText {@code alt-text}
 * @param extras properties not modelled here, verbatim
 */
public record CarouselImage(Bindable<String> src, Bindable<String> altText, Extras extras) {

  /** Nothing may be null. */
  public CarouselImage {
    Objects.requireNonNull(src, "src");
    Objects.requireNonNull(altText, "altText");
    Objects.requireNonNull(extras, "extras");
  }
}
