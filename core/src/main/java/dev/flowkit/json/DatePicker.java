package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code DatePicker}: a date field. Immutable.
 *
 * @param name {@code name}: the form field name
 * @param label {@code label}: 40 characters on the phone
 * @param minDate {@code min-date}: YYYY-MM-DD from 5.0 (before: epoch milliseconds as a string)
 * @param maxDate {@code max-date}: same format as min-date
 * @param unavailableDates {@code unavailable-dates}: dates that cannot be picked, or a binding
 * @param helperText {@code helper-text}: 80 characters
 * @param required {@code required}
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param onSelectAction {@code on-select-action}: data_exchange only
 * @param initValue {@code init-value}: 4.0+, outside a Form only
 * @param errorMessage {@code error-message}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record DatePicker(String name, Bindable<String> label, Optional<Bindable<String>> minDate, Optional<Bindable<String>> maxDate, Optional<Bindable<List<String>>> unavailableDates, Optional<Bindable<String>> helperText, Optional<Bindable<Boolean>> required, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<Action> onSelectAction, Optional<Bindable<String>> initValue, Optional<Bindable<String>> errorMessage, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "DatePicker";

  /** Copies collections; nothing may be null. */
  public DatePicker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(minDate, "minDate");
    Objects.requireNonNull(maxDate, "maxDate");
    Objects.requireNonNull(unavailableDates, "unavailableDates");
    Objects.requireNonNull(helperText, "helperText");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(onSelectAction, "onSelectAction");
    Objects.requireNonNull(initValue, "initValue");
    Objects.requireNonNull(errorMessage, "errorMessage");
    Objects.requireNonNull(extras, "extras");
  }

  @Override
  public String type() {
    return TYPE;
  }
}
