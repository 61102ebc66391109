package dev.flowkit.cucumber;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** Steps that name the flow and open it. */
public class FlowSteps {

  private final FlowScenario scenario;

  /** Built by Cucumber with the scenario's state. */
  public FlowSteps(FlowScenario scenario) {
    this.scenario = scenario;
  }

  /** {@code Given the flow "sign_up.json"}: a file in the flows folder. */
  @Given("the flow {string}")
  public void flow(String file) {
    scenario.flow(file);
  }

  /** {@code When the user opens the flow}: navigate mode, on the flow's first screen. */
  @When("the user opens the flow")
  public void open() {
    scenario.open(false);
  }

  /** {@code When the user opens the flow from the endpoint}: data_exchange mode, the endpoint answers INIT. */
  @When("the user opens the flow from the endpoint")
  public void openFromEndpoint() {
    scenario.open(true);
  }
}
