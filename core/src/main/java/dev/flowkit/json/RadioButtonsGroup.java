package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code RadioButtonsGroup}: single choice from 1 to 20 options. Immutable.
 *
 * @param name {@code name}: the form field name; the value is the chosen id
 * @param dataSource {@code data-source}: the options, or a binding to them
 * @param label {@code label}: 30 characters; required from 4.0
 * @param description {@code description}: 4.0+
 * @param required {@code required}
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param mediaSize {@code media-size}: 5.0+: regular or large
 * @param onSelectAction {@code on-select-action}: data_exchange; update_data 6.0+
 * @param onUnselectAction {@code on-unselect-action}: 6.0+: update_data
 * @param initValue {@code init-value}: 4.0+, outside a Form only: the chosen id
 * @param errorMessage {@code error-message}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record RadioButtonsGroup(String name, Bindable<List<DataSourceItem>> dataSource, Optional<Bindable<String>> label, Optional<Bindable<String>> description, Optional<Bindable<Boolean>> required, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<Bindable<String>> mediaSize, Optional<Action> onSelectAction, Optional<Action> onUnselectAction, Optional<Bindable<String>> initValue, Optional<Bindable<String>> errorMessage, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "RadioButtonsGroup";

  /** Copies collections; nothing may be null. */
  public RadioButtonsGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(mediaSize, "mediaSize");
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
