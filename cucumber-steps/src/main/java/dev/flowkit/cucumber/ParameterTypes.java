package dev.flowkit.cucumber;

import io.cucumber.java.ParameterType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** The parameter types the steps use: {@code {screen}} (e.g. {@code SIGN_UP}) and {@code {field}} (e.g. {@code email}). */
public class ParameterTypes {

  /** Built by Cucumber. */
  public ParameterTypes() {}

  /** A screen id: upper-case letters, digits and '_', as Flow JSON screens are usually named. */
  @ParameterType("[A-Z][A-Z0-9_]*")
  public ScreenName screen(String id) {
    return new ScreenName(id);
  }

  /** A field name, quoted or bare: {@code "email"} or {@code email}. */
  @ParameterType("\"([^\"]+)\"|([a-z][A-Za-z0-9_]*)")
  public FieldName field(@Nullable String quoted, @Nullable String bare) {
    return new FieldName(quoted != null ? quoted : Objects.requireNonNull(bare, "bare"));
  }
}
