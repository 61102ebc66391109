package dev.flowkit.cucumber;

import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.When;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/** Steps in which the user fills, picks and taps. */
public class InputSteps {

  private final FlowScenario scenario;

  /** Built by Cucumber with the scenario's state. */
  public InputSteps(FlowScenario scenario) {
    this.scenario = scenario;
  }

  /** {@code When the user fills email with "ada@example.com"}. */
  @When("the user fills {field} with {string}")
  public void fill(FieldName field, String text) {
    scenario.act("fill " + field, session -> session.fill(field.name(), text));
  }

  /** {@code When the user fills in:} a table of field names and texts, one row each, no header. */
  @When("the user fills in:")
  public void fillIn(DataTable table) {
    for (List<String> row : table.cells()) {
      if (row.size() != 2) {
        throw new IllegalArgumentException("'the user fills in:' takes rows of | field | text |, got " + row);
      }
      fill(new FieldName(row.get(0)), row.get(1) == null ? "" : row.get(1));
    }
  }

  /** {@code When the user selects "pro" in plan}: an option id of a dropdown or radio buttons. */
  @When("the user selects {string} in {field}")
  public void select(String option, FieldName field) {
    scenario.act("select " + option + " in " + field, session -> session.select(field.name(), option));
  }

  /** {@code When the user checks "news" in topics}: an option id of a checkbox group. */
  @When("the user checks {string} in {field}")
  public void check(String option, FieldName field) {
    scenario.act("check " + option + " in " + field, session -> session.check(field.name(), option));
  }

  /** {@code When the user ticks terms}: an opt-in. */
  @When("the user ticks {field}")
  public void tick(FieldName field) {
    scenario.act("tick " + field, session -> session.optIn(field.name(), true));
  }

  /** {@code When the user picks the date "2026-05-01" in birthday}: an ISO date. */
  @When("the user picks the date {string} in {field}")
  public void pickDate(String date, FieldName field) {
    LocalDate day;
    try {
      day = LocalDate.parse(date);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException("a date is written as YYYY-MM-DD: " + date, e);
    }
    scenario.act("pick " + date + " in " + field, session -> session.pickDate(field.name(), day));
  }

  /** {@code When the user taps the footer}. */
  @When("the user taps the footer")
  public void tapFooter() {
    scenario.act("tap the footer", session -> session.tapFooter());
  }

  /** {@code When the user taps "Continue"}: the footer when its label is that, otherwise the link with that text. */
  @When("the user taps {string}")
  public void tap(String label) {
    boolean footer = scenario.session().screen().footer()
        .map(component -> label.equals(component.text())).orElse(false);
    scenario.act("tap \"" + label + "\"", session -> footer ? session.tapFooter() : session.tapLink(label));
  }

  /** {@code When the user goes back}. */
  @When("the user goes back")
  public void back() {
    scenario.act("go back", session -> session.back());
  }
}
