Feature: Expects the wrong screen

  Scenario: Expects the wrong screen
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    Then the user sees LOGIN
