package dev.flowkit.cucumber;

import io.cucumber.java.en.Given;
import io.cucumber.java.en.When;

/** Steps that name the flow, publish it and send it (on the mock platform), and open it. */
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

  /** {@code Given the flow "sign_up.json" is published}: on the mock platform, which checks the endpoint first. */
  @Given("the flow {string} is published")
  public void published(String file) {
    scenario.flow(file);
    scenario.publish();
  }

  /** {@code Given the business sends the flow to "447700900123"}: a flow message on the mock platform. */
  @Given("the business sends the flow to {string}")
  public void sendTo(String waId) {
    scenario.sendTo(waId);
  }

  /**
   * {@code When the user opens the flow}: standalone, navigate mode on the flow's first screen; on the platform,
   * the latest flow message the user received, in its own mode.
   */
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
