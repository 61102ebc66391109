package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * {@code CalendarPicker}: a calendar for one date or a date range (6.1+). Immutable.
 *
 * @param name {@code name}: the form field name
 * @param mode {@code mode}: single (default) or range
 * @param title {@code title}: range mode only
 * @param description {@code description}: range mode only
 * @param label {@code label}: one label, or one per end of the range
 * @param helperText {@code helper-text}
 * @param required {@code required}
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param minDate {@code min-date}: YYYY-MM-DD
 * @param maxDate {@code max-date}: YYYY-MM-DD
 * @param unavailableDates {@code unavailable-dates}: YYYY-MM-DD dates, or a binding
 * @param includeDays {@code include-days}: Mon to Sun; the other weekdays cannot be picked
 * @param minDays {@code min-days}: range mode only
 * @param maxDays {@code max-days}: range mode only
 * @param onSelectAction {@code on-select-action}: data_exchange only
 * @param initValue {@code init-value}: outside a Form only
 * @param errorMessage {@code error-message}: outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record CalendarPicker(String name, Optional<Bindable<String>> mode, Optional<Bindable<String>> title, Optional<Bindable<String>> description, CalendarValue<Bindable<String>> label, Optional<CalendarValue<Bindable<String>>> helperText, Optional<CalendarValue<Bindable<Boolean>>> required, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<Bindable<String>> minDate, Optional<Bindable<String>> maxDate, Optional<Bindable<List<String>>> unavailableDates, Optional<Bindable<List<String>>> includeDays, Optional<Bindable<Integer>> minDays, Optional<Bindable<Integer>> maxDays, Optional<Action> onSelectAction, Optional<CalendarValue<Bindable<String>>> initValue, Optional<CalendarValue<Bindable<String>>> errorMessage, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "CalendarPicker";

  /** Copies collections; nothing may be null. */
  public CalendarPicker {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(mode, "mode");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(helperText, "helperText");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(minDate, "minDate");
    Objects.requireNonNull(maxDate, "maxDate");
    Objects.requireNonNull(unavailableDates, "unavailableDates");
    Objects.requireNonNull(includeDays, "includeDays");
    Objects.requireNonNull(minDays, "minDays");
    Objects.requireNonNull(maxDays, "maxDays");
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
