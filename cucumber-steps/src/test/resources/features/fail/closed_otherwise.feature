Feature: Expects the flow to be closed with another message

  Scenario: Expects the flow to be closed with another message
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    And the user fills in:
      | email    | grace@example.com |
      | password | hopper1           |
    And the user selects "free" in plan
    And the user ticks terms
    And the user taps the footer
    Then the flow is closed with the error "Your session timed out"
