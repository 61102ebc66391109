package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code TextHeading}: the largest text style. 80 characters on the phone. Immutable.
 *
 * @param text {@code text}: may be a binding
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record TextHeading(Bindable<String> text, Optional<Bindable<Boolean>> visible, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "TextHeading";

  /** Copies collections; nothing may be null. */
  public TextHeading {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  /** A visible TextHeading with this text. */
  public static TextHeading of(String text) {
    return new TextHeading(Bindable.ofText(text), Optional.empty(), Extras.none());
  }

  @Override
  public String type() {
    return TYPE;
  }
}
