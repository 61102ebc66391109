package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code Footer}: the screen's main button. Immutable.
 *
 * @param label {@code label}: 35 characters on the phone
 * @param onClickAction {@code on-click-action}: navigate, data_exchange or complete
 * @param leftCaption {@code left-caption}: goes with the right caption
 * @param centerCaption {@code center-caption}: alone
 * @param rightCaption {@code right-caption}: goes with the left caption
 * @param enabled {@code enabled}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record Footer(Bindable<String> label, Action onClickAction, Optional<Bindable<String>> leftCaption, Optional<Bindable<String>> centerCaption, Optional<Bindable<String>> rightCaption, Optional<Bindable<Boolean>> enabled, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "Footer";

  /** Copies collections; nothing may be null. */
  public Footer {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(onClickAction, "onClickAction");
    Objects.requireNonNull(leftCaption, "leftCaption");
    Objects.requireNonNull(centerCaption, "centerCaption");
    Objects.requireNonNull(rightCaption, "rightCaption");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
