package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code RichText}: long markdown text (5.1+); alone on its screen, or with one Footer from 6.3. Immutable.
 *
 * @param text {@code text}: one string (often a binding) or static lines
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record RichText(TextContent text, Optional<Bindable<Boolean>> visible, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "RichText";

  /** Copies collections; nothing may be null. */
  public RichText {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
