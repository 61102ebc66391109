package dev.flowkit.mock.phone;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One component the user sees on a screen, with every binding and expression resolved: only visible components
 * are rendered, If and Switch are replaced by the branch they show, and a Form's children stand in its place.
 *
 * <p>{@link #value()} is the raw value a test may assert on; {@link #toString()} and {@link #plainText()} mask
 * it the way the phone's response summary does (Flow JSON §9.8) when the screen lists the field as
 * {@code sensitive}, and always for password and passcode inputs.
 *
 * @param type the component type, e.g. {@code TextInput}
 * @param name the component's {@code name} (inputs, NavigationList); empty for text, images, links and the Footer
 * @param text the label of an input or the Footer, the text of a text component or link, an image's alt text
 * @param value the current form value typed per Flow JSON §7.2; empty when nothing is entered or selected
 * @param options the options of a selection component or the items of a NavigationList, in order
 * @param enabled whether the user may interact with it; for the Footer whether it can be tapped (§9.4)
 * @param required whether the field must be answered
 * @param error the error shown under the field: the endpoint's {@code error-message} until the user edits the
 *     field, else the client-side check's complaint once the field was touched
 * @param helperText the helper text under a field, or a Footer's captions
 * @param description a component's description, if it has one
 * @param inputType a TextInput's {@code input-type}, or a CalendarPicker's mode
 * @param sensitive whether the screen lists the field in {@code sensitive}
 */
public record RenderedComponent(String type, Optional<String> name, String text, Optional<JsonNode> value,
    List<RenderedOption> options, boolean enabled, boolean required, Optional<String> error,
    Optional<String> helperText, Optional<String> description, Optional<String> inputType, boolean sensitive) {

  private static final String DOTS = "\u2022\u2022\u2022\u2022";

  /** Copies the value and the options. */
  public RenderedComponent {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(text, "text");
    value = value.map(JsonNode::deepCopy);
    options = List.copyOf(options);
    Objects.requireNonNull(error, "error");
    Objects.requireNonNull(helperText, "helperText");
    Objects.requireNonNull(description, "description");
    Objects.requireNonNull(inputType, "inputType");
  }

  /** The current value; a copy, so changing it changes nothing on the screen. */
  @Override
  public Optional<JsonNode> value() {
    return value.map(JsonNode::deepCopy);
  }

  /** The value as text: a string as it is, a number without trailing zeros, an array or object as JSON. */
  public Optional<String> valueText() {
    return value.map(RenderedComponent::text);
  }

  /** Whether this component holds a form value (an input, or a NavigationList). */
  public boolean isInput() {
    return name.isPresent();
  }

  /**
   * The component as one line of text, e.g. {@code [TextInput] First name* = "Ada"  ! Enter a valid email},
   * with sensitive and password values masked.
   */
  public String plainText() {
    StringBuilder line = new StringBuilder("[").append(type).append(']');
    if (!text.isEmpty()) {
      line.append(' ').append(text.replace('\n', ' '));
    }
    if (required) {
      line.append('*');
    }
    if (isInput() && !"NavigationList".equals(type)) {
      line.append(" = ").append(shownValue());
    }
    if (!options.isEmpty()) {
      StringBuilder list = new StringBuilder();
      for (RenderedOption option : options) {
        list.append(list.length() == 0 ? "" : ", ").append(option.id()).append('=').append(option.title());
        if (!option.enabled()) {
          list.append("(disabled)");
        }
      }
      line.append("  {").append(list).append('}');
    }
    if (!enabled) {
      line.append("  (disabled)");
    }
    helperText.ifPresent(helper -> line.append("  (").append(helper).append(')'));
    error.ifPresent(message -> line.append("  ! ").append(message));
    return line.toString();
  }

  private String shownValue() {
    boolean secret = inputType.filter(t -> t.equals("password") || t.equals("passcode")).isPresent();
    boolean picker = type.equals("PhotoPicker") || type.equals("DocumentPicker");
    if (value.isEmpty()) {
      return type.equals("TextInput") || type.equals("TextArea") ? "\"\"" : "-";
    }
    if (sensitive && (secret || picker)) {
      return "(hidden)";
    }
    if (secret || sensitive && !type.equals("OptIn")) {
      return DOTS;
    }
    if (picker) {
      return value.get().size() + " file(s)";
    }
    JsonNode shown = value.get();
    return shown.isString() ? '"' + shown.asString() + '"' : shown.toString();
  }

  static String text(JsonNode node) {
    if (node.isString()) {
      return node.asString();
    } else if (node.isNumber()) {
      return node.decimalValue().stripTrailingZeros().toPlainString();
    } else if (node.isNull() || node.isMissingNode()) {
      return "";
    }
    return node.toString();
  }

  /** The same as {@link #plainText()}: safe to log. */
  @Override
  public String toString() {
    return plainText();
  }
}
