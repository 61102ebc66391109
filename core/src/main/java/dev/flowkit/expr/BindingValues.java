package dev.flowkit.expr;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/** The current value of each binding, as the simulated phone knows them while a screen is shown. */
@FunctionalInterface
public interface BindingValues {

  /**
   * The value {@code binding} resolves to.
   *
   * @return the value, or empty when there is none (not sent, not entered, screen not yet visited); a JSON
   *     {@code null} or missing node counts as empty too
   */
  Optional<JsonNode> resolve(Binding binding);
}
