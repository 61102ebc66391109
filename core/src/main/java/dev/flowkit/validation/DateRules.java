package dev.flowkit.validation;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;

/**
 * DatePicker and CalendarPicker (spec/flow-json.md sections 5.12 and 5.13; section 8.5 step 11).
 *
 * <p>Dates (INVALID_DATE_RANGE): from 5.0 every literal date is {@code "YYYY-MM-DD"} (Meta's DATE pattern only: a
 * date such as 2025-02-30 passes the format check and is then left out of comparisons, as an invalid JavaScript date
 * would be). Before 5.0 dates are epoch milliseconds written as strings; Meta's date validator runs from 5.0 and no
 * message for a malformed epoch is known, so only the range checks apply to them. The range checks need both
 * {@code min-date} and {@code max-date} as usable literals (the defaults are UNCERTAIN): {@code min-date} not after
 * {@code max-date}, every unavailable date and the component's {@code init-value} within them.
 *
 * <p>CalendarPicker modes (codes of section 5.13, whose messages were not captured: FlowKit's own wording): in
 * single mode (the default) {@code title}, {@code description}, {@code min-days} and {@code max-days} are not allowed
 * and {@code label}, {@code helper-text}, {@code required}, {@code error-message} are not objects; in range mode
 * those four are objects ({@code start-date}, {@code end-date}), as is {@code init-value}. A bound mode is left alone.
 */
final class DateRules {

  private static final Pattern DATE = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}$");
  private static final Pattern EPOCH_MILLIS = Pattern.compile("^-?\\d{1,15}$");
  private static final String RANGE = "INVALID_DATE_RANGE";
  private static final List<String> RANGE_ONLY = List.of("title", "description", "min-days", "max-days");
  private static final List<String> PER_END = List.of("label", "helper-text", "required", "error-message");
  private static final List<String> ENDS = List.of("start-date", "end-date");

  private final int version;
  private final List<Finding> findings = new ArrayList<>();

  private DateRules(int version) {
    this.version = version;
  }

  static List<Finding> check(JsonNode root, int version) {
    DateRules rules = new DateRules(version);
    ComponentTree.forEachInFlow(root, (component, at) -> {
      String type = component.path("type").asString("");
      if (type.equals("DatePicker") || type.equals("CalendarPicker")) {
        rules.dates(component, type, at);
      }
      if (type.equals("CalendarPicker")) {
        rules.mode(component, at);
      }
    });
    return rules.findings;
  }

  // ---------------------------------------------------------------- dates

  private void dates(JsonNode component, String type, String pointer) {
    String name = component.path("name").asString("");
    Long min = date(component.get("min-date"), pointer + "/min-date");
    Long max = date(component.get("max-date"), pointer + "/max-date");
    boolean range = min != null && max != null;
    if (range && min > max) {
      // Meta's text for this case is UNCERTAIN (section 5.12): worded like its other min/max message.
      findings.add(Finding.atValue(RANGE, "'min-date' cannot be greater than 'max-date' for " + type + " '" + name
          + "'.", pointer + "/min-date"));
      range = false;
    }
    String bounds = range ? "[" + component.get("min-date").asString() + ", " + component.get("max-date").asString()
        + "]" : null;
    JsonNode unavailable = component.path("unavailable-dates");
    for (int i = 0; i < unavailable.size(); i++) {
      within(unavailable.get(i), pointer + "/unavailable-dates/" + i, "unavailable-dates", type, min, max, bounds);
    }
    JsonNode init = component.get("init-value");
    if (init == null) {
      return;
    }
    if (init.isObject() && type.equals("CalendarPicker")) {
      for (String end : ENDS) {
        if (init.has(end)) {
          within(init.get(end), Pointers.child(pointer + "/init-value", end), "init-value", type, min, max, bounds);
        }
      }
    } else if (init.isString()) {
      within(init, pointer + "/init-value", "init-value", type, min, max, bounds);
    }
  }

  /** Checks one date's format and, when {@code bounds} is set, that it lies within them. */
  private void within(JsonNode value, String pointer, String property, String type, Long min, Long max,
      String bounds) {
    Long date = date(value, pointer);
    if (date != null && bounds != null && (date < min || date > max)) {
      // Meta's template for init-value (section 5.12); FlowKit uses it for unavailable dates too (their message is
      // UNCERTAIN).
      findings.add(Finding.atValue(RANGE, "The value of property '" + property + "' of component '" + type
          + "' must be in the range of " + bounds + ".", pointer));
    }
  }

  /**
   * A literal date as a comparable number (epoch day from 5.0, epoch milliseconds before), reporting a malformed
   * one from 5.0; {@code null} when absent, bound or unusable.
   */
  private Long date(JsonNode value, String pointer) {
    if (value == null || !value.isString() || Literals.isDynamic(value)) {
      return null;
    }
    String text = value.asString();
    if (version < 500) {
      return EPOCH_MILLIS.matcher(text).matches() ? Long.valueOf(text) : null;
    }
    if (!DATE.matcher(text).matches()) {
      findings.add(Finding.atValue(RANGE, "The date field must be in the format \"YYYY-MM-DD\".", pointer));
      return null;
    }
    try {
      return LocalDate.parse(text).toEpochDay();
    } catch (DateTimeException e) {
      return null;
    }
  }

  // ---------------------------------------------------------------- CalendarPicker modes

  private void mode(JsonNode component, String pointer) {
    String name = component.path("name").asString("");
    String mode = Literals.calendarMode(component);
    if ("single".equals(mode)) {
      for (String property : RANGE_ONLY) {
        if (component.has(property)) {
          findings.add(new Finding("UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP", "Property '" + property + "' of "
              + "CalendarPicker '" + name + "' can only be used in range mode.", Pointers.child(pointer, property),
              true));
        }
      }
      for (String property : PER_END) {
        if (component.path(property).isObject()) {
          findings.add(Finding.atValue("UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP", "Property '" + property + "' of "
              + "CalendarPicker '" + name + "' can only have 'start-date' and 'end-date' in range mode.",
              Pointers.child(pointer, property)));
        }
      }
      JsonNode init = component.get("init-value");
      if (init != null && !init.isString()) {
        findings.add(Finding.atValue("INVALID_DATE_SINGLE_INIT_VALUE_FORMAT", "Property 'init-value' of CalendarPicker '"
            + name + "' must be a date string in single mode.", pointer + "/init-value"));
      }
    } else if ("range".equals(mode)) {
      for (String property : List.of("label", "helper-text", "required", "init-value", "error-message")) {
        JsonNode value = component.get(property);
        if (value != null && !value.isObject() && !Literals.isDynamic(value)) {
          findings.add(Finding.atValue("MISSING_CALENDAR_PICKER_RANGE_MODE_PROP", "Property '" + property + "' of "
              + "CalendarPicker '" + name + "' must have 'start-date' and 'end-date' in range mode.",
              Pointers.child(pointer, property)));
        }
      }
    }
    JsonNode minDays = component.path("min-days");
    JsonNode maxDays = component.path("max-days");
    if (!"single".equals(mode) && minDays.isIntegralNumber() && maxDays.isIntegralNumber()
        && minDays.asLong() > maxDays.asLong()) {
      findings.add(Finding.atValue("INVALID_MIN_MAX_DAYS", "'min-days' cannot be greater than 'max-days' for "
          + "CalendarPicker '" + name + "'.", pointer + "/min-days"));
    }
  }
}
