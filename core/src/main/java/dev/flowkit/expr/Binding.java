package dev.flowkit.expr;

import java.util.List;
import java.util.Optional;

/**
 * What a {@code ${…}} reference points at: the current screen's data ({@code ${data.a.b}}), an input of the
 * current screen ({@code ${form.name}}), or the same of another screen ({@code ${screen.ID.data.a}},
 * {@code ${screen.ID.form.name}}, Flow JSON 4.0+).
 *
 * <p>Path segments may use letters, digits, {@code _} and {@code -}; Meta's data-path validator rejects
 * {@code -} in data keys while its component docs use it, so the validator, not the parser, decides about it.
 *
 * @param scope whether the path starts in the screen's data or its form
 * @param screen the screen id of a global reference; empty for the current screen
 * @param path the property names after {@code data.} or {@code form.}; at least one, e.g. {@code [a, b]}
 */
public record Binding(Scope scope, Optional<String> screen, List<String> path) {


  /** Where the path of a binding starts. */
  public enum Scope {
    /** The screen's data: {@code data}. */
    DATA,
    /** The screen's input components by name: {@code form}. */
    FORM;

    String keyword() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  /**
   * Checks the screen id and the path, and copies the path.
   *
   * @throws IllegalArgumentException if the path is empty or a segment or the screen id is empty or holds a
   *     character other than letters, digits, {@code _} and {@code -}
   */
  public Binding {
    path = List.copyOf(path);
    if (path.isEmpty()) {
      throw new IllegalArgumentException("a binding needs at least one name after " + scope.keyword() + ".");
    }
    for (String segment : path) {
      if (!isSegment(segment)) {
        throw new IllegalArgumentException("invalid name '" + segment + "' in binding path " + path
            + ": use letters, digits, '_' and '-'");
      }
    }
    screen.ifPresent(id -> {
      if (!isSegment(id)) {
        throw new IllegalArgumentException("invalid screen id '" + id + "' in a global binding");
      }
    });
  }

  /** Letters, digits, {@code _} and {@code -}, at least one: a name in a binding path (checked on every parse). */
  private static boolean isSegment(String text) {
    if (text.isEmpty()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      boolean ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_' || c == '-';
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /** A binding into the current screen's data, e.g. {@code data("a", "b")} is {@code ${data.a.b}}. */
  public static Binding data(String... path) {
    return new Binding(Scope.DATA, Optional.empty(), List.of(path));
  }

  /** A binding to an input of the current screen, e.g. {@code form("name")} is {@code ${form.name}}. */
  public static Binding form(String... path) {
    return new Binding(Scope.FORM, Optional.empty(), List.of(path));
  }

  /** Whether this is a global reference {@code ${screen.ID.…}}. */
  public boolean isGlobal() {
    return screen.isPresent();
  }

  /**
   * Reads the inside of {@code ${…}}, e.g. {@code data.a.b} or {@code screen.S.form.x}.
   *
   * @return the binding, or empty if {@code inner} is not one of the four binding forms
   */
  static Optional<Binding> parseInner(String inner) {
    String[] parts = inner.split("\\.", -1);
    int first = 0;
    Optional<String> screen = Optional.empty();
    if (parts.length >= 3 && parts[0].equals("screen")) {
      screen = Optional.of(parts[1]);
      first = 2;
    }
    Scope scope;
    if (parts[first].equals("data")) {
      scope = Scope.DATA;
    } else if (parts[first].equals("form")) {
      scope = Scope.FORM;
    } else {
      return Optional.empty();
    }
    try {
      return Optional.of(new Binding(scope, screen, List.of(parts).subList(first + 1, parts.length)));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  /** The reference as written in Flow JSON, e.g. {@code ${screen.S.data.a.b}}. */
  @Override
  public String toString() {
    return "${" + screen.map(id -> "screen." + id + ".").orElse("") + scope.keyword() + "." + String.join(".", path)
        + "}";
  }
}
