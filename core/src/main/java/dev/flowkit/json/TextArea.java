package dev.flowkit.json;

import java.util.Objects;
import java.util.Optional;

/**
 * {@code TextArea}: a multi-line text field. Immutable.
 *
 * @param name {@code name}: the form field name
 * @param label {@code label}: 20 characters on the phone
 * @param required {@code required}
 * @param maxLength {@code max-length}: default 600
 * @param helperText {@code helper-text}: 80 characters
 * @param labelVariant {@code label-variant}: 7.0+: large
 * @param enabled {@code enabled}: absent means true
 * @param visible {@code visible}: absent means true
 * @param initValue {@code init-value}: 4.0+, outside a Form only
 * @param errorMessage {@code error-message}: 4.0+, outside a Form only
 * @param extras properties not modelled here, verbatim
 */
public record TextArea(String name, Bindable<String> label, Optional<Bindable<Boolean>> required, Optional<Bindable<Integer>> maxLength, Optional<Bindable<String>> helperText, Optional<String> labelVariant, Optional<Bindable<Boolean>> enabled, Optional<Bindable<Boolean>> visible, Optional<Bindable<String>> initValue, Optional<Bindable<String>> errorMessage, Extras extras) implements Component {

  /** The JSON {@code type}. */
  public static final String TYPE = "TextArea";

  /** Copies collections; nothing may be null. */
  public TextArea {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(required, "required");
    Objects.requireNonNull(maxLength, "maxLength");
    Objects.requireNonNull(helperText, "helperText");
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
