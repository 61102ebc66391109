Feature: A flow token the endpoint no longer accepts
  The endpoint answers 427 and the phone closes the flow with the endpoint's message.

  Scenario: A sign-up with an expired token closes the flow
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    And the user fills in:
      | email    | grace@example.com |
      | password | hopper1           |
    And the user selects "free" in plan
    And the user ticks terms
    And the user taps the footer
    Then the flow is closed with the error "This sign-up link has expired"
