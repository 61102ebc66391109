Feature: Expects text that is not there

  Scenario: Expects text that is not there
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    Then the user sees the text "Welcome back"
