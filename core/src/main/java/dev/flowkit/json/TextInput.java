package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * {@code TextInput}: a one-line text field. Immutable.
 *
 * @param name {@code name}: the form field name
 * @param label {@code label}: 20 characters on the phone
 * @param inputType {@code input-type}: text, number, email, password, passcode or phone
 * @param required {@code required}
 * @param minChars {@code min-chars}
 * @param maxChars {@code max-chars}: default 80
 * @param helperText {@code helper-text}: 80 characters; required with pattern
 * @param pattern {@code pattern}: 6.2+: a regular expression, without slashes
 * @param labelVariant {@code label-variant}: 7.0+: large
 * @param enabled {@code enabled}: absent means true. In FB's schema though not in the component docs (spec section 10): accepted
 * @param visible {@code visible}: absent means true
 * @param initValue {@code init-value}: 4.0+, outside a Form only
 * @param errorMessage {@code error-message}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record TextInput(
    String name,
    Bindable<String> label,
    Optional<String> inputType,
    Optional<Bindable<Boolean>> required,
    Optional<Bindable<Integer>> minChars,
    Optional<Bindable<Integer>> maxChars,
    Optional<Bindable<String>> helperText,
    Optional<Bindable<String>> pattern,
    Optional<String> labelVariant,
    Optional<Bindable<Boolean>> enabled,
    Optional<Bindable<Boolean>> visible,
    Optional<Bindable<String>> initValue,
    Optional<Bindable<String>> errorMessage,
    Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "TextInput";

  /** Copies collections; nothing may be null. */
  public TextInput {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(inputType, "inputType");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(minChars, "minChars");
    Objects.requireNonNull(maxChars, "maxChars");
    Objects.requireNonNull(helperText, "helperText");
    Objects.requireNonNull(pattern, "pattern");
    Objects.requireNonNull(labelVariant, "labelVariant");
    Objects.requireNonNull(enabled, "enabled");
    Objects.requireNonNull(visible, "visible");
    Objects.requireNonNull(initValue, "initValue");
    Objects.requireNonNull(errorMessage, "errorMessage");
    Objects.requireNonNull(extras, "extras");
  }

  /** A builder; the arguments are the required properties. */
  public static Builder builder(String name, String label) {
    return new Builder(name, Bindable.ofText(label));
  }

  /** Builds a {@link TextInput}. Not thread-safe. */
  public static final class Builder {

    private final String name;
    private final Bindable<String> label;
    private Optional<String> inputType = Optional.empty();
    private Optional<Bindable<Boolean>> required = Optional.empty();
    private Optional<Bindable<Integer>> minChars = Optional.empty();
    private Optional<Bindable<Integer>> maxChars = Optional.empty();
    private Optional<Bindable<String>> helperText = Optional.empty();
    private Optional<Bindable<String>> pattern = Optional.empty();
    private Optional<String> labelVariant = Optional.empty();
    private Optional<Bindable<Boolean>> enabled = Optional.empty();
    private Optional<Bindable<Boolean>> visible = Optional.empty();
    private Optional<Bindable<String>> initValue = Optional.empty();
    private Optional<Bindable<String>> errorMessage = Optional.empty();
    private Extras extras = Extras.none();

    private Builder(String name, Bindable<String> label) {
      this.name = Objects.requireNonNull(name, "name");
      this.label = Objects.requireNonNull(label, "label");
    }

    /** {@code input-type}. */
    public Builder inputType(String value) {
      this.inputType = Optional.of(value);
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

    /** {@code min-chars}. */
    public Builder minChars(int value) {
      this.minChars = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code min-chars}, bound to data. */
    public Builder minChars(Ref value) {
      this.minChars = Optional.of(value.bindable());
      return this;
    }

    /** {@code min-chars}, a literal, binding or expression. */
    public Builder minChars(Bindable<Integer> value) {
      this.minChars = Optional.of(value);
      return this;
    }

    /** {@code max-chars}. */
    public Builder maxChars(int value) {
      this.maxChars = Optional.of(Bindable.of(value));
      return this;
    }

    /** {@code max-chars}, bound to data. */
    public Builder maxChars(Ref value) {
      this.maxChars = Optional.of(value.bindable());
      return this;
    }

    /** {@code max-chars}, a literal, binding or expression. */
    public Builder maxChars(Bindable<Integer> value) {
      this.maxChars = Optional.of(value);
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

    /** {@code pattern}. */
    public Builder pattern(String value) {
      this.pattern = Optional.of(Bindable.ofText(value));
      return this;
    }

    /** {@code pattern}, bound to data. */
    public Builder pattern(Ref value) {
      this.pattern = Optional.of(value.bindable());
      return this;
    }

    /** {@code label-variant}. */
    public Builder labelVariant(String value) {
      this.labelVariant = Optional.of(value);
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

    /** The TextInput. */
    public TextInput build() {
      return new TextInput(name, label, inputType, required, minChars, maxChars, helperText, pattern, labelVariant, enabled, visible, initValue, errorMessage, extras);
    }
  }

  @Override
  public String type() {
    return TYPE;
  }
}
