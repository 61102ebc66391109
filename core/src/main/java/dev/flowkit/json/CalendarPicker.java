package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

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
public record CalendarPicker(
    String name,
    Optional<Bindable<String>> mode,
    Optional<Bindable<String>> title,
    Optional<Bindable<String>> description,
    CalendarValue<Bindable<String>> label,
    Optional<CalendarValue<Bindable<String>>> helperText,
    Optional<CalendarValue<Bindable<Boolean>>> required,
    Optional<Bindable<Boolean>> enabled,
    Optional<Bindable<Boolean>> visible,
    Optional<Bindable<String>> minDate,
    Optional<Bindable<String>> maxDate,
    Optional<Bindable<List<String>>> unavailableDates,
    Optional<Bindable<List<String>>> includeDays,
    Optional<Bindable<Integer>> minDays,
    Optional<Bindable<Integer>> maxDays,
    Optional<Action> onSelectAction,
    Optional<CalendarValue<Bindable<String>>> initValue,
    Optional<CalendarValue<Bindable<String>>> errorMessage,
    Extras extras) implements Component {

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

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, new CalendarValue.Single<>(Bindable.ofText(label)));
  }

  /** Builds a {@link CalendarPicker}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final CalendarValue<Bindable<String>> label;
    private Optional<Bindable<String>> mode = Optional.empty();
    private Optional<Bindable<String>> title = Optional.empty();
    private Optional<Bindable<String>> description = Optional.empty();
    private Optional<CalendarValue<Bindable<String>>> helperText = Optional.empty();
    private Optional<CalendarValue<Bindable<Boolean>>> required = Optional.empty();
    private Optional<Bindable<Boolean>> enabled = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Optional<Bindable<String>> minDate = Optional.empty();
    private Optional<Bindable<String>> maxDate = Optional.empty();
    private Optional<Bindable<List<String>>> unavailableDates = Optional.empty();
    private Optional<Bindable<List<String>>> includeDays = Optional.empty();
    private Optional<Bindable<Integer>> minDays = Optional.empty();
    private Optional<Bindable<Integer>> maxDays = Optional.empty();
    private Optional<Action> onSelectAction = Optional.empty();
    private Optional<CalendarValue<Bindable<String>>> initValue = Optional.empty();
    private Optional<CalendarValue<Bindable<String>>> errorMessage = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(String name, CalendarValue<Bindable<String>> label) {
      this.name = Objects.requireNonNull(name, "name");
      this.label = Objects.requireNonNull(label, "label");
    }

    /** {@code mode}. */
    public Builder mode(String value) {
      this.mode = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code mode}, bound to data. */
    public Builder mode(Ref value) {
      this.mode = Optional.of(value.bindable());
      return this;
    }

    /** {@code title}. */
    public Builder title(String value) {
      this.title = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code title}, bound to data. */
    public Builder title(Ref value) {
      this.title = Optional.of(value.bindable());
      return this;
    }

    /** {@code description}. */
    public Builder description(String value) {
      this.description = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code description}, bound to data. */
    public Builder description(Ref value) {
      this.description = Optional.of(value.bindable());
      return this;
    }

    /** {@code helper-text} in single mode. */
    public Builder helperText(String value) {
      this.helperText = Optional.of(new CalendarValue.Single<>(Bindable.ofText(value)));
      return this;
    }

    /** {@code helper-text} in range mode. */
    public Builder helperText(String startDate, String endDate) {
      this.helperText = Optional.of(new CalendarValue.Range<>(Bindable.ofText(startDate), Bindable.ofText(endDate), Extras.none()));
      return this;
    }

    /** {@code required} in single mode. */
    public Builder required(boolean value) {
      this.required = Optional.of(new CalendarValue.Single<>(Bindable.of(value)));
      return this;
    }

    /** {@code required} in range mode. */
    public Builder required(boolean startDate, boolean endDate) {
      this.required = Optional.of(new CalendarValue.Range<>(Bindable.of(startDate), Bindable.of(endDate), Extras.none()));
      return this;
    }

    /** {@code enabled}. */
    public Builder enabled(boolean value) {
      this.enabled = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code enabled}, bound to data. */
    public Builder enabled(Ref value) {
      this.enabled = Optional.of(value.bindable());
      return this;
    }

    /** {@code enabled}, a literal, binding or expression. */
    public Builder enabled(Bindable<Boolean> value) {
      this.enabled = Optional.of(value);
      return this;
    }

    /** {@code visible}. */
    public Builder visible(boolean value) {
      this.visible = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code visible}, bound to data. */
    public Builder visible(Ref value) {
      this.visible = Optional.of(value.bindable());
      return this;
    }

    /** {@code visible}, a literal, binding or expression. */
    public Builder visible(Bindable<Boolean> value) {
      this.visible = Optional.of(value);
      return this;
    }

    /** {@code min-date}. */
    public Builder minDate(String value) {
      this.minDate = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code min-date}, bound to data. */
    public Builder minDate(Ref value) {
      this.minDate = Optional.of(value.bindable());
      return this;
    }

    /** {@code max-date}. */
    public Builder maxDate(String value) {
      this.maxDate = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code max-date}, bound to data. */
    public Builder maxDate(Ref value) {
      this.maxDate = Optional.of(value.bindable());
      return this;
    }

    /** {@code unavailable-dates}. */
    public Builder unavailableDates(String... values) {
      this.unavailableDates = Optional.of(Bindable.of(List.of(values)));
      return this;
    }

    /** {@code unavailable-dates}, bound to data. */
    public Builder unavailableDates(Ref value) {
      this.unavailableDates = Optional.of(value.bindable());
      return this;
    }

    /** {@code include-days}. */
    public Builder includeDays(String... values) {
      this.includeDays = Optional.of(Bindable.of(List.of(values)));
      return this;
    }

    /** {@code include-days}, bound to data. */
    public Builder includeDays(Ref value) {
      this.includeDays = Optional.of(value.bindable());
      return this;
    }

    /** {@code min-days}. */
    public Builder minDays(int value) {
      this.minDays = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code min-days}, bound to data. */
    public Builder minDays(Ref value) {
      this.minDays = Optional.of(value.bindable());
      return this;
    }

    /** {@code min-days}, a literal, binding or expression. */
    public Builder minDays(Bindable<Integer> value) {
      this.minDays = Optional.of(value);
      return this;
    }

    /** {@code max-days}. */
    public Builder maxDays(int value) {
      this.maxDays = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code max-days}, bound to data. */
    public Builder maxDays(Ref value) {
      this.maxDays = Optional.of(value.bindable());
      return this;
    }

    /** {@code max-days}, a literal, binding or expression. */
    public Builder maxDays(Bindable<Integer> value) {
      this.maxDays = Optional.of(value);
      return this;
    }

    /** {@code on-select-action}. */
    public Builder onSelectAction(Action value) {
      this.onSelectAction = Optional.of(value);
      return this;
    }

    /** {@code init-value} in single mode. */
    public Builder initValue(String value) {
      this.initValue = Optional.of(new CalendarValue.Single<>(Bindable.ofText(value)));
      return this;
    }

    /** {@code init-value} in range mode. */
    public Builder initValue(String startDate, String endDate) {
      this.initValue = Optional.of(new CalendarValue.Range<>(Bindable.ofText(startDate), Bindable.ofText(endDate), Extras.none()));
      return this;
    }

    /** {@code error-message} in single mode. */
    public Builder errorMessage(String value) {
      this.errorMessage = Optional.of(new CalendarValue.Single<>(Bindable.ofText(value)));
      return this;
    }

    /** {@code error-message} in range mode. */
    public Builder errorMessage(String startDate, String endDate) {
      this.errorMessage = Optional.of(new CalendarValue.Range<>(Bindable.ofText(startDate), Bindable.ofText(endDate), Extras.none()));
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The CalendarPicker. */
    public CalendarPicker build() {
      return new CalendarPicker(name, mode, title, description, label, helperText, required, enabled, visible, minDate, maxDate, unavailableDates, includeDays, minDays, maxDays, onSelectAction, initValue, errorMessage, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
