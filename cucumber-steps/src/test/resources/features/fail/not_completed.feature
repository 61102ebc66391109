Feature: Expects a completion that did not happen

  Scenario: Expects a completion that did not happen
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    Then the flow completes
