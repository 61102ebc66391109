package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code Dropdown}: single choice from a drop-down list of 1 to 200 options. Immutable.
 *
 * @param name {@code name}: the form field name; the value is the chosen id
 * @param label {@code label}: 20 characters on the phone
 * @param dataSource {@code data-source}: the options, or a binding to them
 * @param required {@code required}
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param onSelectAction {@code on-select-action}: data_exchange; update_data 6.0+
 * @param onUnselectAction {@code on-unselect-action}: 6.0+: update_data
 * @param initValue {@code init-value}: 4.0+, outside a Form only: the chosen id
 * @param errorMessage {@code error-message}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record Dropdown(String name, Bindable<String> label, Bindable<List<DataSourceItem>> dataSource, Optional<Bindable<Boolean>> required, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<Action> onSelectAction, Optional<Action> onUnselectAction, Optional<Bindable<String>> initValue, Optional<Bindable<String>> errorMessage, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "Dropdown";

  /** Copies collections; nothing may be null. */
  public Dropdown {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(onSelectAction, "onSelectAction");
    Objects.requireNonNull(onUnselectAction, "onUnselectAction");
    Objects.requireNonNull(initValue, "initValue");
    Objects.requireNonNull(errorMessage, "errorMessage");
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
