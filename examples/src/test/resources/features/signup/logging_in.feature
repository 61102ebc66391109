Feature: Logging in
  A user who already has an account logs in from the sign-up message; the business checks the email and the
  password and says what is wrong.

  Background:
    Given the business has published its sign-up flow
    And these users signed up earlier:
      | first name | last name | email             | password  |
      | Grace      | Hopper    | grace@example.com | cobol1959 |
    And the business sends the sign-up flow to "447700900123"
    When the user opens the flow
    And the user taps "Click here to login"
    Then the user sees LOGIN

  Scenario: A user who signed up earlier logs in, and the business receives the completion
    When the user fills in:
      | email    | grace@example.com |
      | password | cobol1959         |
    And the user taps "Done"
    Then the user sees LOGIN_SUCCESS
    When the user taps "Done"
    Then the flow completes
    And the sign-up app received the completion

  Scenario: An email nobody registered is told to sign up first
    When the user fills in:
      | email    | nobody@example.com |
      | password | whatever1          |
    And the user taps "Done"
    Then the user sees the error "You are not registered. Please sign up"
    And the user sees LOGIN
    When the user goes back
    And the user taps "Click here to sign up"
    Then the user sees SIGN_UP

  Scenario: A wrong password keeps the user on login with an error
    When the user fills in:
      | email    | grace@example.com |
      | password | fortran1957       |
    And the user taps "Done"
    Then the user sees the error "Incorrect password"
    And the user sees LOGIN
    And the user sees the text "grace@example.com"
