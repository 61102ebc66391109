package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CheckboxGroup}: multiple choice from 1 to 20 options. Immutable.
 *
 * @param name {@code name}: the form field name; the value is the array of chosen ids
 * @param dataSource {@code data-source}: the options, or a binding to them
 * @param label {@code label}: 30 characters; required from 4.0
 * @param description {@code description}: 4.0+
 * @param minSelectedItems {@code min-selected-items}
 * @param maxSelectedItems {@code max-selected-items}
 * @param required {@code required}
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param mediaSize {@code media-size}: 5.0+: regular or large
 * @param onSelectAction {@code on-select-action}: data_exchange; update_data 6.0+
 * @param onUnselectAction {@code on-unselect-action}: 6.0+: update_data
 * @param initValue {@code init-value}: 4.0+, outside a Form only: the chosen ids
 * @param errorMessage {@code error-message}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record CheckboxGroup(String name, Bindable<List<DataSourceItem>> dataSource, Optional<Bindable<String>> label, Optional<Bindable<String>> description, Optional<Bindable<Integer>> minSelectedItems, Optional<Bindable<Integer>> maxSelectedItems, Optional<Bindable<Boolean>> required, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<Bindable<String>> mediaSize, Optional<Action> onSelectAction, Optional<Action> onUnselectAction, Optional<Bindable<List<String>>> initValue, Optional<Bindable<String>> errorMessage, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "CheckboxGroup";

  /** Copies collections; nothing may be null. */
  public CheckboxGroup {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(minSelectedItems, "minSelectedItems");
    Objects.requireNonNull(maxSelectedItems, "maxSelectedItems");
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
