Feature: Selects an option that does not exist

  Scenario: Selects an option that does not exist
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    When the user selects "gold" in plan
