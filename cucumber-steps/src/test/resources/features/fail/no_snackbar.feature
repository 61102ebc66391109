Feature: Expects an error that is not shown

  Scenario: Expects an error that is not shown
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    Then the user sees the error "Wrong email or password"
