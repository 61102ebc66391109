Feature: Logging in against the Node endpoint

  Background:
    Given the flow "login.json"
    When the user opens the flow from the endpoint

  Scenario: A user with the right password logs in
    Then the user sees LOGIN
    And the user sees the text "Corner Shop"
    When the user fills in:
      | email    | ada@example.com |
      | password | open-sesame     |
    And the user taps the footer
    Then the user sees WELCOME
    When the user taps the footer
    Then the flow completes

  Scenario: A wrong password is refused by the endpoint
    When the user fills in:
      | email    | ada@example.com |
      | password | wrong           |
    And the user taps the footer
    Then the user sees the error "Wrong email or password"
    And the user sees LOGIN
