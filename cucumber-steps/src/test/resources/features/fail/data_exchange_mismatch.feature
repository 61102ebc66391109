Feature: Expects other data in the data_exchange

  Scenario: Expects other data in the data_exchange
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    When the user fills in:
      | email    | grace@example.com |
      | password | hopper1           |
    And the user selects "free" in plan
    And the user ticks terms
    And the user taps the footer
    Then the endpoint received a data_exchange from SIGN_UP with:
      | email    | ada@example.com |
      | password | other-password  |
