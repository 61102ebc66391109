Feature: Journeys the Node endpoint does not take

  Scenario: A wrong password is expected to let the user in
    Given the flow "login.json"
    When the user opens the flow from the endpoint
    And the user fills in:
      | email    | ada@example.com |
      | password | wrong           |
    And the user taps the footer
    Then the user sees WELCOME

  Scenario: The right password still logs in
    Given the flow "login.json"
    When the user opens the flow from the endpoint
    And the user fills in:
      | email    | ada@example.com |
      | password | open-sesame     |
    And the user taps the footer
    Then the user sees WELCOME
