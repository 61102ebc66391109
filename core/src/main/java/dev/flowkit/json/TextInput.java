package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

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
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param initValue {@code init-value}: 4.0+, outside a Form only
 * @param errorMessage {@code error-message}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record TextInput(String name, Bindable<String> label, Optional<String> inputType, Optional<Bindable<Boolean>> required, Optional<Bindable<Integer>> minChars, Optional<Bindable<Integer>> maxChars, Optional<Bindable<String>> helperText, Optional<Bindable<String>> pattern, Optional<String> labelVariant, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<Bindable<String>> initValue, Optional<Bindable<String>> errorMessage, Extras extras) implements Component {

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

  @Override
  public String type() {
    return TYPE;
  }
}
