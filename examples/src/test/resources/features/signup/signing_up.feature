Feature: Signing up
  A new user opens the business's sign-up message, creates an account and logs in with it.
  The business's own app publishes the flow, sends it, answers each screen and receives the user's answers.

  Background:
    Given the business has published its sign-up flow
    And the business sends the sign-up flow to "447700900123"
    When the user opens the flow
    Then the user sees START

  Scenario: A new user signs up, logs in, and the business receives the completion
    When the user taps "Click here to sign up"
    And the user fills in:
      | first_name       | Ada             |
      | last_name        | Lovelace        |
      | email            | ada@example.com |
      | password         | analytical1     |
      | confirm_password | analytical1     |
    And the user taps "Done"
    Then the user sees LOGIN
    And the business has registered "ada@example.com" as "Ada Lovelace"
    And the user sees the text "ada@example.com"
    When the user fills in:
      | password | analytical1 |
    And the user taps "Done"
    Then the user sees LOGIN_SUCCESS
    And the user sees the text "You are now logged in"
    When the user ticks stay_logged_in
    And the user taps "Done"
    Then the flow completes with:
      | stay_logged_in | true |
    And the business received the completion webhook
    And the sign-up app received the completion

  Scenario: Passwords that do not match keep the user on sign-up with an error
    When the user taps "Click here to sign up"
    And the user fills in:
      | first_name       | Ada                  |
      | last_name        | Lovelace             |
      | email            | mismatch@example.com |
      | password         | analytical1          |
      | confirm_password | analytical2          |
    And the user taps "Done"
    Then the user sees the error "Passwords do not match"
    And the user sees SIGN_UP
    And the user sees the text "mismatch@example.com"
    And the business has not registered "mismatch@example.com"
