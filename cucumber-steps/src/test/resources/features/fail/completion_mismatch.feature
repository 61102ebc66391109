Feature: Expects another completion payload

  Scenario: Expects another completion payload
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    When the user fills in:
      | email    | grace@example.com |
      | password | hopper1           |
    And the user selects "free" in plan
    And the user ticks terms
    And the user taps the footer
    And the user taps "Done"
    Then the flow completes with:
      | account | ada@example.com |
