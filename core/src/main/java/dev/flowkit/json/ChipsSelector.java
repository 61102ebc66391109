package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code ChipsSelector}: multiple choice shown as chips (6.3+). Immutable.
 *
 * @param name {@code name}: the form field name; the value is the array of chosen ids
 * @param label {@code label}: 80 characters on the phone
 * @param dataSource {@code data-source}: 2 to 20 options, or a binding to them
 * @param description {@code description}
 * @param minSelectedItems {@code min-selected-items}
 * @param maxSelectedItems {@code max-selected-items}
 * @param required {@code required}
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param initValue {@code init-value}: outside a Form only: the chosen ids
 * @param errorMessage {@code error-message}: outside a Form only
 * @param onSelectAction {@code on-select-action}: 7.1+: data_exchange or update_data
 * @param onUnselectAction {@code on-unselect-action}: 7.1+: update_data
 * @param extras properties not modelled here, verbatim
 */
public record ChipsSelector(String name, Bindable<String> label, Bindable<List<DataSourceItem>> dataSource, Optional<Bindable<String>> description, Optional<Bindable<Integer>> minSelectedItems, Optional<Bindable<Integer>> maxSelectedItems, Optional<Bindable<Boolean>> required, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<Bindable<List<String>>> initValue, Optional<Bindable<String>> errorMessage, Optional<Action> onSelectAction, Optional<Action> onUnselectAction, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "ChipsSelector";

  /** Copies collections; nothing may be null. */
  public ChipsSelector {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(dataSource, "dataSource");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(minSelectedItems, "minSelectedItems");
    Objects.requireNonNull(maxSelectedItems, "maxSelectedItems");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(initValue, "initValue");
    Objects.requireNonNull(errorMessage, "errorMessage");
    Objects.requireNonNull(onSelectAction, "onSelectAction");
    Objects.requireNonNull(onUnselectAction, "onUnselectAction");
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
