package dev.flowkit.json;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A reference to dynamic data, written {@code ${...}} in Flow JSON: {@code Ref.data("name")} is
 * {@code ${data.name}}, {@code Ref.form("email")} is {@code ${form.email}}, and
 * {@code Ref.screen("LOGIN").form("email")} is {@code ${screen.LOGIN.form.email}} (4.0+). Builders accept a Ref
 * wherever a property may be bound. Immutable.
 *
 * @param screen the screen of a global reference, empty for the current screen
 * @param scope {@code data} or {@code form}
 * @param path the field, then any nested property names
 */
public record Ref(Optional<String> screen, String scope, List<String> path) {

  /** Checks the parts. */
  public Ref {
    Objects.requireNonNull(screen, "screen");
    if (!scope.equals("data") && !scope.equals("form")) {
      throw new IllegalArgumentException("a reference is to data or form, not " + scope);
    }
    path = List.copyOf(path);
    if (path.isEmpty() || path.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("a reference needs a field name, and no blank segment: " + path);
    }
  }

  /** {@code ${data.field.nested...}}: the current screen's data. */
  public static Ref data(String field, String... nested) {
    return new Ref(Optional.empty(), "data", concat(field, nested));
  }

  /** {@code ${form.field}}: the value of an input component on the current screen. */
  public static Ref form(String field, String... nested) {
    return new Ref(Optional.empty(), "form", concat(field, nested));
  }

  /** The start of a global reference to another screen (4.0+): {@code Ref.screen("A").data("x")}. */
  public static ScreenRefs screen(String screenId) {
    return new ScreenRefs(screenId);
  }

  /** The reference as Flow JSON writes it, e.g. {@code ${screen.A.form.email}}. */
  public String expression() {
    return "${" + screen.map(id -> "screen." + id + ".").orElse("") + scope + "." + String.join(".", path) + "}";
  }

  /** As a bindable property value. */
  public <T> Bindable<T> bindable() {
    return Bindable.dynamic(expression());
  }

  @Override
  public String toString() {
    return expression();
  }

  private static List<String> concat(String first, String... rest) {
    java.util.ArrayList<String> all = new java.util.ArrayList<>();
    all.add(first);
    all.addAll(List.of(rest));
    return all;
  }

  /**
   * References into another screen.
   *
   * @param screenId the screen
   */
  public record ScreenRefs(String screenId) {
    /** {@code ${screen.ID.data.field}}. */
    public Ref data(String field, String... nested) {
      return new Ref(Optional.of(screenId), "data", concat(field, nested));
    }

    /** {@code ${screen.ID.form.field}}. */
    public Ref form(String field, String... nested) {
      return new Ref(Optional.of(screenId), "form", concat(field, nested));
    }
  }
}
