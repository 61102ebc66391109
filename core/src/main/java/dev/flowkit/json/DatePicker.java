package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

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
public record DatePicker(
    String name,
    Bindable<String> label,
    Optional<Bindable<String>> minDate,
    Optional<Bindable<String>> maxDate,
    Optional<Bindable<List<String>>> unavailableDates,
    Optional<Bindable<String>> helperText,
    Optional<Bindable<Boolean>> required,
    Optional<Bindable<Boolean>> enabled,
    Optional<Bindable<Boolean>> visible,
    Optional<Action> onSelectAction,
    Optional<Bindable<String>> initValue,
    Optional<Bindable<String>> errorMessage,
    Extras extras) implements Component {

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

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, Bindable.ofText(label));
  }

  /** Builds a {@link DatePicker}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final Bindable<String> label;
    private Optional<Bindable<String>> minDate = Optional.empty();
    private Optional<Bindable<String>> maxDate = Optional.empty();
    private Optional<Bindable<List<String>>> unavailableDates = Optional.empty();
    private Optional<Bindable<String>> helperText = Optional.empty();
    private Optional<Bindable<Boolean>> required = Optional.empty();
    private Optional<Bindable<Boolean>> enabled = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Optional<Action> onSelectAction = Optional.empty();
    private Optional<Bindable<String>> initValue = Optional.empty();
    private Optional<Bindable<String>> errorMessage = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(String name, Bindable<String> label) {
      this.name = Objects.requireNonNull(name, "name");
      this.label = Objects.requireNonNull(label, "label");
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

    /** {@code helper-text}. */
    public Builder helperText(String value) {
      this.helperText = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code helper-text}, bound to data. */
    public Builder helperText(Ref value) {
      this.helperText = Optional.of(value.bindable());
      return this;
    }

    /** {@code required}. */
    public Builder required(boolean value) {
      this.required = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code required}, bound to data. */
    public Builder required(Ref value) {
      this.required = Optional.of(value.bindable());
      return this;
    }

    /** {@code required}, a literal, binding or expression. */
    public Builder required(Bindable<Boolean> value) {
      this.required = Optional.of(value);
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

    /** {@code on-select-action}. */
    public Builder onSelectAction(Action value) {
      this.onSelectAction = Optional.of(value);
      return this;
    }

    /** {@code init-value}. */
    public Builder initValue(String value) {
      this.initValue = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code init-value}, bound to data. */
    public Builder initValue(Ref value) {
      this.initValue = Optional.of(value.bindable());
      return this;
    }

    /** {@code error-message}. */
    public Builder errorMessage(String value) {
      this.errorMessage = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code error-message}, bound to data. */
    public Builder errorMessage(Ref value) {
      this.errorMessage = Optional.of(value.bindable());
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The DatePicker. */
    public DatePicker build() {
      return new DatePicker(name, label, minDate, maxDate, unavailableDates, helperText, required, enabled, visible, onSelectAction, initValue, errorMessage, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
