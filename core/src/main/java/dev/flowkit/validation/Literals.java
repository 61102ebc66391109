package dev.flowkit.validation;

import tools.jackson.databind.JsonNode;

/** Whether a property value is known before the flow runs. */
final class Literals {

  private Literals() {}

  /**
   * A string holding a binding ({@code ${...}}) or wrapped in backticks: its value is decided on the phone, so
   * static checks leave it to the binding and expression rules.
   */
  static boolean isDynamic(JsonNode value) {
    if (!value.isString()) {
      return false;
    }
    String text = value.asString();
    return text.contains("${") || DynamicValues.Rule.isBacktick(text);
  }

  /**
   * A CalendarPicker's literal mode: {@code "single"} when absent, {@code null} when it is bound or not a string.
   */
  static String calendarMode(JsonNode component) {
    JsonNode mode = component.get("mode");
    if (mode == null) {
      return "single";
    }
    return mode.isString() && !isDynamic(mode) ? mode.asString() : null;
  }
}
