package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code Footer}: the screen's main button. Immutable.
 *
 * @param label {@code label}: 35 characters on the phone
 * @param onClickAction {@code on-click-action}: navigate, data_exchange or complete
 * @param leftCaption {@code left-caption}: goes with the right caption
 * @param centerCaption {@code center-caption}: alone
 * @param rightCaption {@code right-caption}: goes with the left caption
 * @param enabled {@code enabled}: absent means true
 * @param extras properties not modelled here, verbatim
 */
public record Footer(
    Bindable<String> label,
    Action onClickAction,
    Optional<Bindable<String>> leftCaption,
    Optional<Bindable<String>> centerCaption,
    Optional<Bindable<String>> rightCaption,
    Optional<Bindable<Boolean>> enabled,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "Footer";

  /** Copies collections; nothing may be null. */
  public Footer {
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(onClickAction, "onClickAction");
    Objects.requireNonNull(leftCaption, "leftCaption");
    Objects.requireNonNull(centerCaption, "centerCaption");
    Objects.requireNonNull(rightCaption, "rightCaption");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String label, Action onClickAction) {
    return new Builder(Bindable.ofText(label), onClickAction);
  }

  /** Builds a {@link Footer}. Not thread-safe. */
  public static final class Builder {

    private final Bindable<String> label;
    private final Action onClickAction;
    private Optional<Bindable<String>> leftCaption = Optional.empty();
    private Optional<Bindable<String>> centerCaption = Optional.empty();
    private Optional<Bindable<String>> rightCaption = Optional.empty();
    private Optional<Bindable<Boolean>> enabled = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(Bindable<String> label, Action onClickAction) {
      this.label = Objects.requireNonNull(label, "label");
      this.onClickAction = Objects.requireNonNull(onClickAction, "onClickAction");
    }

    /** {@code left-caption}. */
    public Builder leftCaption(String value) {
      this.leftCaption = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code left-caption}, bound to data. */
    public Builder leftCaption(Ref value) {
      this.leftCaption = Optional.of(value.bindable());
      return this;
    }

    /** {@code center-caption}. */
    public Builder centerCaption(String value) {
      this.centerCaption = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code center-caption}, bound to data. */
    public Builder centerCaption(Ref value) {
      this.centerCaption = Optional.of(value.bindable());
      return this;
    }

    /** {@code right-caption}. */
    public Builder rightCaption(String value) {
      this.rightCaption = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code right-caption}, bound to data. */
    public Builder rightCaption(Ref value) {
      this.rightCaption = Optional.of(value.bindable());
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

    /** A property this model does not know, written as given. */
    public Builder extra(String name, JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The Footer. */
    public Footer build() {
      return new Footer(label, onClickAction, leftCaption, centerCaption, rightCaption, enabled, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
