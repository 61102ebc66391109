package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code OptIn}: a check box with a label and an optional "Read more" link. Immutable.
 *
 * @param name {@code name}: the form field name; the value is a boolean
 * @param label {@code label}: 120 characters on the phone
 * @param required {@code required}: when true the box must be ticked
 * @param visible {@code visible}: absent means true
 * @param onClickAction {@code on-click-action}: the "Read more" link: data_exchange, navigate; open_url 6.0+
 * @param onSelectAction {@code on-select-action}: 6.0+: update_data
 * @param onUnselectAction {@code on-unselect-action}: 6.0+: update_data
 * @param initValue {@code init-value}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record OptIn(String name, Bindable<String> label, Optional<Bindable<Boolean>> required, Optional<Bindable<Boolean>> visible, Optional<Action> onClickAction, Optional<Action> onSelectAction, Optional<Action> onUnselectAction, Optional<Bindable<Boolean>> initValue, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "OptIn";

  /** Copies collections; nothing may be null. */
  public OptIn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(onClickAction, "onClickAction");
    Objects.requireNonNull(onSelectAction, "onSelectAction");
    Objects.requireNonNull(onUnselectAction, "onUnselectAction");
    Objects.requireNonNull(initValue, "initValue");
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
