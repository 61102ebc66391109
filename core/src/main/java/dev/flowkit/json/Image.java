package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code Image}: an image. Immutable.
 *
 * @param src {@code src}: base64 image, or a binding
 * @param width {@code width}
 * @param height {@code height}
 * @param aspectRatio {@code aspect-ratio}
 * @param scaleType {@code scale-type}: cover or contain
 * @param altText {@code alt-text}
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record Image(Bindable<String> src, Optional<Bindable<Integer>> width, Optional<Bindable<Integer>> height, Optional<Bindable<Number>> aspectRatio, Optional<String> scaleType, Optional<Bindable<String>> altText, Optional<Bindable<Boolean>> visible, Extras extras) implements Component {

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

  @Override
  public String type() {
    return TYPE;
  }
}
