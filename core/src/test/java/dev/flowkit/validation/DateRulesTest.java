package dev.flowkit.validation;

import static dev.flowkit.validation.TestFlows.FOOTER;
import static dev.flowkit.validation.TestFlows.errors;
import static dev.flowkit.validation.TestFlows.errorsWithAllPaths;
import static dev.flowkit.validation.TestFlows.inForm;
import static dev.flowkit.validation.TestFlows.oneScreen;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** DatePicker and CalendarPicker dates and CalendarPicker modes (spec/flow-json.md sections 5.12 and 5.13). */
class DateRulesTest {

  private static String datePicker(String properties) {
    return "{\"type\": \"DatePicker\", \"name\": \"day\", \"label\": \"Day\", " + properties + "}";
  }

  private static String calendar(String properties) {
    return "{\"type\": \"CalendarPicker\", \"name\": \"stay\", " + properties + "}";
  }

  private static final String RANGE_LABEL = "\"label\": {\"start-date\": \"From\", \"end-date\": \"To\"}";

  @Test
  void from_5_0_dates_are_written_year_month_day() {
    String picker = datePicker("\"min-date\": \"2025/01/01\", \"unavailable-dates\": [\"2025-01-05\", \"5 Jan\"]");
    String format = "INVALID_DATE_RANGE: The date field must be in the format \"YYYY-MM-DD\". @ ";

    // One error, two places: Meta merges errors of the same code and message.
    assertThat(errorsWithAllPaths(oneScreen("5.0", picker, FOOTER))).containsExactly(
        format + "screens[0].layout.children[0].min-date, screens[0].layout.children[0].unavailable-dates[1]");
    // The format is Meta's pattern only: a date past the month's end is well formed.
    assertThat(errors(oneScreen("7.3", datePicker("\"max-date\": \"2025-02-30\""), FOOTER))).isEmpty();
  }

  @Test
  void before_5_0_dates_are_epoch_milliseconds() {
    String epochs = datePicker("\"min-date\": \"1693569600000\", \"max-date\": \"1767182400000\", "
        + "\"unavailable-dates\": [\"1694779200000\"]");
    assertThat(errors(inForm("4.0", "", epochs, FOOTER))).isEmpty();

    String reversed = datePicker("\"min-date\": \"1767182400000\", \"max-date\": \"1693569600000\"");
    assertThat(errors(inForm("4.0", "", reversed, FOOTER))).containsExactly("INVALID_DATE_RANGE: 'min-date' cannot be "
        + "greater than 'max-date' for DatePicker 'day'. @ screens[0].layout.children[0].children[0].min-date");
  }

  @Test
  void min_date_is_not_after_max_date() {
    String picker = calendar("\"label\": \"Day\", \"min-date\": \"2025-03-01\", \"max-date\": \"2025-02-01\"");

    assertThat(errors(oneScreen("6.1", picker, FOOTER))).containsExactly("INVALID_DATE_RANGE: 'min-date' cannot be "
        + "greater than 'max-date' for CalendarPicker 'stay'. @ screens[0].layout.children[0].min-date");
  }

  @Test
  void unavailable_dates_and_the_initial_value_lie_within_the_range() {
    String picker = datePicker("\"min-date\": \"2025-01-01\", \"max-date\": \"2025-01-31\", \"unavailable-dates\": "
        + "[\"2025-01-10\", \"2025-02-10\"], \"init-value\": \"2024-12-31\"");

    assertThat(errors(oneScreen("7.3", picker, FOOTER))).containsExactly(
        "INVALID_DATE_RANGE: The value of property 'unavailable-dates' of component 'DatePicker' must be in the range "
            + "of [2025-01-01, 2025-01-31]. @ screens[0].layout.children[0].unavailable-dates[1]",
        "INVALID_DATE_RANGE: The value of property 'init-value' of component 'DatePicker' must be in the range of "
            + "[2025-01-01, 2025-01-31]. @ screens[0].layout.children[0].init-value");
    // Without both bounds there is no range to leave.
    assertThat(errors(oneScreen("7.3", datePicker("\"min-date\": \"2025-01-01\", \"init-value\": \"2024-12-31\""),
        FOOTER))).isEmpty();
  }

  @Test
  void a_range_calendar_checks_both_initial_dates() {
    String picker = calendar("\"mode\": \"range\", " + RANGE_LABEL + ", \"min-date\": \"2025-01-01\", \"max-date\": "
        + "\"2025-01-31\", \"init-value\": {\"start-date\": \"2025-01-02\", \"end-date\": \"2025-02-02\"}");

    assertThat(errors(oneScreen("6.1", picker, FOOTER))).containsExactly("INVALID_DATE_RANGE: The value of property "
        + "'init-value' of component 'CalendarPicker' must be in the range of [2025-01-01, 2025-01-31]. @ "
        + "screens[0].layout.children[0].init-value.end-date");
  }

  @Test
  void single_mode_has_no_range_properties() {
    String picker = calendar("\"label\": {\"start-date\": \"From\", \"end-date\": \"To\"}, \"title\": \"Stay\", "
        + "\"min-days\": 2");

    assertThat(errors(oneScreen("6.1", picker, FOOTER))).containsExactly(
        "UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP: Property 'title' of CalendarPicker 'stay' can only be used in "
            + "range mode. @ screens[0].layout.children[0].title",
        "UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP: Property 'min-days' of CalendarPicker 'stay' can only be used in "
            + "range mode. @ screens[0].layout.children[0].min-days",
        "UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP: Property 'label' of CalendarPicker 'stay' can only have "
            + "'start-date' and 'end-date' in range mode. @ screens[0].layout.children[0].label");
  }

  @Test
  void single_mode_initial_value_is_a_date_string() {
    String picker = calendar("\"mode\": \"single\", \"label\": \"Day\", \"init-value\": {\"start-date\": "
        + "\"2025-01-02\"}");

    assertThat(errors(oneScreen("6.1", picker, FOOTER))).containsExactly("INVALID_DATE_SINGLE_INIT_VALUE_FORMAT: "
        + "Property 'init-value' of CalendarPicker 'stay' must be a date string in single mode. @ "
        + "screens[0].layout.children[0].init-value");
  }

  @Test
  void range_mode_wants_start_and_end_objects() {
    String picker = calendar("\"mode\": \"range\", \"label\": \"Stay\", \"required\": true, \"helper-text\": "
        + "\"${data.help}\"");
    String flow = oneScreen("6.1", picker, FOOTER).replace("\"terminal\": true,",
        "\"terminal\": true, \"data\": {\"help\": {\"type\": \"object\", \"properties\": {}, \"__example__\": {}}},");

    assertThat(errors(flow)).containsExactly(
        "MISSING_CALENDAR_PICKER_RANGE_MODE_PROP: Property 'label' of CalendarPicker 'stay' must have 'start-date' and "
            + "'end-date' in range mode. @ screens[0].layout.children[0].label",
        "MISSING_CALENDAR_PICKER_RANGE_MODE_PROP: Property 'required' of CalendarPicker 'stay' must have 'start-date' "
            + "and 'end-date' in range mode. @ screens[0].layout.children[0].required");
  }

  @Test
  void min_days_is_not_above_max_days() {
    String picker = calendar("\"mode\": \"range\", " + RANGE_LABEL + ", \"min-days\": 5, \"max-days\": 3");

    assertThat(errors(oneScreen("6.1", picker, FOOTER))).containsExactly("INVALID_MIN_MAX_DAYS: 'min-days' cannot be "
        + "greater than 'max-days' for CalendarPicker 'stay'. @ screens[0].layout.children[0].min-days");
    assertThat(errors(oneScreen("6.1", picker.replace("\"max-days\": 3", "\"max-days\": 5"), FOOTER))).isEmpty();
  }
}
