package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code OptIn}: a check box with a label and an optional "Read more" link. Immutable.
 *
 * @param name {@code name}: the form field name; the value is a boolean
 * @param label {@code label}: 120 characters on the phone (the component docs; pywa says 30, spec section 10)
 * @param required {@code required}: when true the box must be ticked
 * @param visible {@code visible}: absent means true
 * @param onClickAction {@code on-click-action}: the "Read more" link: data_exchange, navigate; open_url 6.0+
 * @param onSelectAction {@code on-select-action}: 6.0+: update_data
 * @param onUnselectAction {@code on-unselect-action}: 6.0+: update_data
 * @param initValue {@code init-value}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record OptIn(
    String name,
    Bindable<String> label,
    Optional<Bindable<Boolean>> required,
    Optional<Bindable<Boolean>> visible,
    Optional<Action> onClickAction,
    Optional<Action> onSelectAction,
    Optional<Action> onUnselectAction,
    Optional<Bindable<Boolean>> initValue,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "OptIn";

  /** Copies collections; nothing may be null. */
  public OptIn {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(onClickAction, "onClickAction");
    Objects.requireNonNull(onSelectAction, "onSelectAction");
    Objects.requireNonNull(onUnselectAction, "onUnselectAction");
    Objects.requireNonNull(initValue, "initValue");
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, Bindable.ofText(label));
  }

  /** Builds a {@link OptIn}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final Bindable<String> label;
    private Optional<Bindable<Boolean>> required = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Optional<Action> onClickAction = Optional.empty();
    private Optional<Action> onSelectAction = Optional.empty();
    private Optional<Action> onUnselectAction = Optional.empty();
    private Optional<Bindable<Boolean>> initValue = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(String name, Bindable<String> label) {
      this.name = Objects.requireNonNull(name, "name");
      this.label = Objects.requireNonNull(label, "label");
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

    /** {@code on-click-action}. */
    public Builder onClickAction(Action value) {
      this.onClickAction = Optional.of(value);
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
    public Builder initValue(boolean value) {
      this.initValue = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code init-value}, bound to data. */
    public Builder initValue(Ref value) {
      this.initValue = Optional.of(value.bindable());
      return this;
    }

    /** {@code init-value}, a literal, binding or expression. */
    public Builder initValue(Bindable<Boolean> value) {
      this.initValue = Optional.of(value);
      return this;
    }

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The OptIn. */
    public OptIn build() {
      return new OptIn(name, label, required, visible, onClickAction, onSelectAction, onUnselectAction, initValue, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
