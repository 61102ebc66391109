package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

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
 * @param mediaSize {@code media-size}: 5.0+: regular or large. A literal or a binding: the docs allow a binding, FB's schema only the enum (spec section 10), so both are read and the validator warns on a binding
 * @param onSelectAction {@code on-select-action}: data_exchange; update_data 6.0+
 * @param onUnselectAction {@code on-unselect-action}: 6.0+: update_data
 * @param initValue {@code init-value}: 4.0+, outside a Form only: the chosen ids
 * @param errorMessage {@code error-message}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record CheckboxGroup(
    String name,
    Bindable<List<DataSourceItem>> dataSource,
    Optional<Bindable<String>> label,
    Optional<Bindable<String>> description,
    Optional<Bindable<Integer>> minSelectedItems,
    Optional<Bindable<Integer>> maxSelectedItems,
    Optional<Bindable<Boolean>> required,
    Optional<Bindable<Boolean>> enabled,
    Optional<Bindable<Boolean>> visible,
    Optional<Bindable<String>> mediaSize,
    Optional<Action> onSelectAction,
    Optional<Action> onUnselectAction,
    Optional<Bindable<List<String>>> initValue,
    Optional<Bindable<String>> errorMessage,
    Extras extras) implements Component {

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

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, List<DataSourceItem> dataSource) {
    return new Builder(name, Bindable.of(List.copyOf(dataSource)));
  }

  /** A builder whose {@code data-source} is bound to data. */
  public static Builder builder(String name, Ref dataSource) {
    return new Builder(name, dataSource.bindable());
  }

  /** Builds a {@link CheckboxGroup}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final Bindable<List<DataSourceItem>> dataSource;
    private Optional<Bindable<String>> label = Optional.empty();
    private Optional<Bindable<String>> description = Optional.empty();
    private Optional<Bindable<Integer>> minSelectedItems = Optional.empty();
    private Optional<Bindable<Integer>> maxSelectedItems = Optional.empty();
    private Optional<Bindable<Boolean>> required = Optional.empty();
    private Optional<Bindable<Boolean>> enabled = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Optional<Bindable<String>> mediaSize = Optional.empty();
    private Optional<Action> onSelectAction = Optional.empty();
    private Optional<Action> onUnselectAction = Optional.empty();
    private Optional<Bindable<List<String>>> initValue = Optional.empty();
    private Optional<Bindable<String>> errorMessage = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(String name, Bindable<List<DataSourceItem>> dataSource) {
      this.name = Objects.requireNonNull(name, "name");
      this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** {@code label}. */
    public Builder label(String value) {
      this.label = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code label}, bound to data. */
    public Builder label(Ref value) {
      this.label = Optional.of(value.bindable());
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

    /** {@code min-selected-items}. */
    public Builder minSelectedItems(int value) {
      this.minSelectedItems = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code min-selected-items}, bound to data. */
    public Builder minSelectedItems(Ref value) {
      this.minSelectedItems = Optional.of(value.bindable());
      return this;
    }

    /** {@code min-selected-items}, a literal, binding or expression. */
    public Builder minSelectedItems(Bindable<Integer> value) {
      this.minSelectedItems = Optional.of(value);
      return this;
    }

    /** {@code max-selected-items}. */
    public Builder maxSelectedItems(int value) {
      this.maxSelectedItems = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code max-selected-items}, bound to data. */
    public Builder maxSelectedItems(Ref value) {
      this.maxSelectedItems = Optional.of(value.bindable());
      return this;
    }

    /** {@code max-selected-items}, a literal, binding or expression. */
    public Builder maxSelectedItems(Bindable<Integer> value) {
      this.maxSelectedItems = Optional.of(value);
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

    /** {@code media-size}. */
    public Builder mediaSize(String value) {
      this.mediaSize = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code media-size}, bound to data. */
    public Builder mediaSize(Ref value) {
      this.mediaSize = Optional.of(value.bindable());
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
    public Builder initValue(String... values) {
      this.initValue = Optional.of(Bindable.of(List.of(values)));
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

    /** The CheckboxGroup. */
    public CheckboxGroup build() {
      return new CheckboxGroup(name, dataSource, label, description, minSelectedItems, maxSelectedItems, required, enabled, visible, mediaSize, onSelectAction, onUnselectAction, initValue, errorMessage, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
