package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code EmbeddedLink}: a text link. Immutable.
 *
 * @param text {@code text}: 25 characters on the phone
 * @param onClickAction {@code on-click-action}: data_exchange, navigate; open_url 6.0+
 * @param visible {@code visible}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record EmbeddedLink(Bindable<String> text, Action onClickAction, Optional<Bindable<Boolean>> visible, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "EmbeddedLink";

  /** Copies collections; nothing may be null. */
  public EmbeddedLink {
    Objects.requireNonNull(text, "text");
    Objects.requireNonNull(onClickAction, "onClickAction");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
