Feature: Expects a field error that is not shown

  Scenario: Expects a field error that is not shown
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    When the user fills email with "grace@example.com"
    Then the user sees the field error "Required" on email
