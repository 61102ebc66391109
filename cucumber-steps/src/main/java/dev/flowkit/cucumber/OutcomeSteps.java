package dev.flowkit.cucumber;

import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.EndpointRequest;
import dev.flowkit.mock.phone.FieldError;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.RenderedComponent;
import io.cucumber.datatable.DataTable;
import io.cucumber.java.en.Then;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;

/** Steps that check what the user saw, what the endpoint received and how the flow ended. */
public class OutcomeSteps {

  private final FlowScenario scenario;

  /** Built by Cucumber with the scenario's state. */
  public OutcomeSteps(FlowScenario scenario) {
    this.scenario = scenario;
  }

  /** {@code Then the user sees WELCOME}: the screen shown now. */
  @Then("the user sees {screen}")
  public void seesScreen(ScreenName screen) {
    FlowSession session = scenario.session();
    if (session.isCompleted()) {
      throw scenario.failure("Expected the user to see " + screen + " but the flow has completed");
    }
    String shown = session.screen().id();
    if (!shown.equals(screen.id())) {
      throw scenario.failure("Expected the user to see " + screen + " but they see " + shown);
    }
  }

  /** {@code Then the user sees the text "Welcome back, Ada"}: anywhere in the screen's plain text. */
  @Then("the user sees the text {string}")
  public void seesText(String text) {
    if (!scenario.session().screen().plainText().contains(text)) {
      throw scenario.failure("Expected the user to see the text \"" + text + "\" but it is not on the screen");
    }
  }

  /** {@code Then the user sees the field error "Too short" on password}. */
  @Then("the user sees the field error {string} on {field}")
  public void seesFieldError(String message, FieldName field) {
    FlowSession session = scenario.session();
    List<String> errors = session.fieldErrors().stream().filter(error -> error.field().equals(field.name()))
        .map(FieldError::message).collect(Collectors.toList());
    session.screen().component(field.name()).flatMap(RenderedComponent::error)
        .filter(error -> !errors.contains(error)).ifPresent(errors::add);
    if (!errors.contains(message)) {
      throw scenario.failure("Expected the field error \"" + message + "\" on " + field + " but "
          + (errors.isEmpty() ? "it shows none" : "it shows " + errors));
    }
  }

  /** {@code Then the user sees the error "Wrong password"}: the snackbar error the endpoint (or the phone) shows. */
  @Then("the user sees the error {string}")
  public void seesError(String message) {
    Optional<String> shown = scenario.session().lastError();
    if (!shown.equals(Optional.of(message))) {
      throw scenario.failure("Expected the user to see the error \"" + message + "\" but "
          + shown.map(error -> "they see \"" + error + "\"").orElse("no error is shown"));
    }
  }

  /**
   * {@code Then the endpoint received a data_exchange from SIGN_UP with:} a table of | key | value | the payload
   * holds (other keys may be there too); the latest such request counts.
   */
  @Then("the endpoint received a data_exchange from {screen} with:")
  public void receivedDataExchange(ScreenName screen, DataTable table) {
    List<EndpointExchange> exchanges = scenario.session().transcript().exchanges();
    Optional<EndpointExchange> exchange = exchanges.stream()
        .filter(e -> e.request().kind() == EndpointRequest.Kind.DATA_EXCHANGE
            && e.request().screen().equals(Optional.of(screen.id())))
        .reduce((first, second) -> second);
    if (exchange.isEmpty()) {
      throw scenario.failure("Expected the endpoint to have received a data_exchange from " + screen
          + " but it received none from there");
    }
    String mismatch = Payloads.mismatch(exchange.get().request().data(), table.asMap(),
        exchange.get().maskedFields());
    if (!mismatch.isEmpty()) {
      throw scenario.failure("The data_exchange from " + screen + " does not hold what was expected:" + mismatch);
    }
  }

  /** {@code Then the flow completes}. */
  @Then("the flow completes")
  public void completes() {
    if (!scenario.session().isCompleted()) {
      throw scenario.failure("Expected the flow to complete but it is still open");
    }
  }

  /** {@code Then the flow completes with:} a table of | key | value | the completion payload holds. */
  @Then("the flow completes with:")
  public void completesWith(DataTable table) {
    completes();
    JsonNode payload = scenario.session().completion().orElseThrow();
    String mismatch = Payloads.mismatch(payload, table.asMap(), Set.of());
    if (!mismatch.isEmpty()) {
      throw scenario.failure("The flow completed, but its payload does not hold what was expected:" + mismatch);
    }
  }

  /**
   * {@code Then the flow is closed with the error "This link has expired"}: the endpoint answered 427 and the phone
   * closed the flow showing that message.
   */
  @Then("the flow is closed with the error {string}")
  public void closedWithError(String message) {
    FlowSession session = scenario.session();
    Optional<String> closed = session.closedMessage();
    if (closed.isEmpty()) {
      throw scenario.failure("Expected the flow to be closed with the error \"" + message + "\" but "
          + (session.isCompleted() ? "it has completed" : "it is still open"));
    }
    if (!closed.get().equals(message)) {
      throw scenario.failure("Expected the flow to be closed with the error \"" + message
          + "\" but it was closed with \"" + closed.get() + "\"");
    }
  }

  /** {@code Then the business received the completion webhook}: the platform delivered it (platform mode). */
  @Then("the business received the completion webhook")
  public void receivedCompletionWebhook() {
    scenario.awaitCompletionWebhook();
  }

  /** {@code Then the user received 1 flow message}: the flow messages sent to the user (platform mode). */
  @Then("the user received {int} flow message(s)")
  public void receivedMessages(int count) {
    int received = scenario.messagesToUser().size();
    if (received != count) {
      throw scenario.failure("Expected the user to have received " + count + " flow message(s) but they received "
          + received);
    }
  }

  /** Compares a JSON object with expected | key | value | rows. */
  static final class Payloads {
    private Payloads() {}

    /** Values of {@code masked} keys are never shown: they are {@code sensitive} fields. */
    static String mismatch(JsonNode actual, Map<String, String> expected, Set<String> masked) {
      StringBuilder text = new StringBuilder();
      expected.forEach((key, value) -> {
        JsonNode node = actual.get(key);
        String shown = node == null ? null : node.isValueNode() ? node.asString() : node.toString();
        if (!value.equals(shown)) {
          text.append("\n  ").append(key).append(": ").append(masked.contains(key)
              ? "differs (a sensitive field: values not shown)"
              : "expected \"" + value + "\" but " + (shown == null ? "it is missing" : "it is \"" + shown + "\""));
        }
      });
      return text.toString();
    }
  }
}
