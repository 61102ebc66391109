package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code Dropdown}: single choice from a drop-down list of 1 to 200 options. Immutable.
 *
 * @param name {@code name}: the form field name; the value is the chosen id
 * @param label {@code label}: 20 characters on the phone (the component docs; pywa says 30, spec section 10)
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
public record Dropdown(
    String name,
    Bindable<String> label,
    Bindable<List<DataSourceItem>> dataSource,
    Optional<Bindable<Boolean>> required,
    Optional<Bindable<Boolean>> enabled,
    Optional<Bindable<Boolean>> visible,
    Optional<Action> onSelectAction,
    Optional<Action> onUnselectAction,
    Optional<Bindable<String>> initValue,
    Optional<Bindable<String>> errorMessage,
    Extras extras) implements Component {

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

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, String label, List<DataSourceItem> dataSource) {
    return new Builder(name, Bindable.ofText(label), Bindable.of(List.copyOf(dataSource)));
  }

  /** A builder whose {@code data-source} is bound to data. */
  public static Builder builder(String name, String label, Ref dataSource) {
    return new Builder(name, Bindable.ofText(label), dataSource.bindable());
  }

  /** Builds a {@link Dropdown}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final Bindable<String> label;
    private final Bindable<List<DataSourceItem>> dataSource;
    private Optional<Bindable<Boolean>> required = Optional.empty();
    private Optional<Bindable<Boolean>> enabled = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Optional<Action> onSelectAction = Optional.empty();
    private Optional<Action> onUnselectAction = Optional.empty();
    private Optional<Bindable<String>> initValue = Optional.empty();
    private Optional<Bindable<String>> errorMessage = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(String name, Bindable<String> label, Bindable<List<DataSourceItem>> dataSource) {
      this.name = Objects.requireNonNull(name, "name");
      this.label = Objects.requireNonNull(label, "label");
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
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

    /** {@code on-unselect-action}. */
    public Builder onUnselectAction(Action value) {
      this.onUnselectAction = Optional.of(value);
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

    /** The Dropdown. */
    public Dropdown build() {
      return new Dropdown(name, label, dataSource, required, enabled, visible, onSelectAction, onUnselectAction, initValue, errorMessage, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
