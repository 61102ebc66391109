Feature: Signing up and logging in
  A user opens the sign-up flow; the business endpoint answers from the test sources.

  Background:
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint

  Scenario: A new user signs up with every kind of field
    Then the user sees SIGN_UP
    When the user fills email with "grace@example.com"
    And the user fills in:
      | password | hopper1 |
    And the user selects "pro" in plan
    And the user checks "news" in topics
    And the user picks the date "1990-12-09" in birthday
    And the user ticks terms
    And the user taps "Create account"
    Then the endpoint received a data_exchange from SIGN_UP with:
      | email    | grace@example.com |
      | plan     | pro               |
      | birthday | 1990-12-09        |
    And the user sees WELCOME
    And the user sees the text "grace@example.com"
    When the user taps the footer
    Then the flow completes with:
      | account | grace@example.com |

  Scenario: An email that is already registered is refused by the endpoint
    When the user fills in:
      | email    | taken@example.com |
      | password | secret99          |
    And the user selects "free" in plan
    And the user ticks terms
    And the user taps the footer
    Then the user sees the error "That email is already registered"
    And the user sees SIGN_UP

  Scenario: A password that is too short is refused on the phone
    When the user fills in:
      | email    | grace@example.com |
      | password | abc               |
    And the user selects "free" in plan
    And the user ticks terms
    And the user taps the footer
    Then the user sees the field error "at least 6 characters" on password
    And the user sees SIGN_UP

  Scenario: A known user follows the link to log in, goes back, and logs in
    When the user taps "I already have an account"
    Then the user sees LOGIN
    When the user goes back
    Then the user sees SIGN_UP
    When the user taps "I already have an account"
    And the user fills in:
      | email    | ada@example.com |
      | password | secret1         |
    And the user taps "Log in"
    Then the endpoint received a data_exchange from LOGIN with:
      | email | ada@example.com |
    And the user sees WELCOME
    When the user taps "Done"
    Then the flow completes

  Scenario: A wrong password shows the endpoint's error
    When the user taps "I already have an account"
    And the user fills "email" with "ada@example.com"
    And the user fills password with "nope-nope"
    And the user taps the footer
    Then the user sees the error "Wrong email or password"
    And the user sees LOGIN
