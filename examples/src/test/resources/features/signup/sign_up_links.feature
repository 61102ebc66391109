Feature: Sign-up links the business no longer accepts
  Each sign-up message carries a link (a flow token) that the business issued. When the business no longer accepts
  it, the flow closes with the business's message and nothing is registered.

  Background:
    Given the business has published its sign-up flow

  Scenario: A link the business expired closes the flow with its message
    Given the business sends the sign-up flow to "447700900123"
    When the user opens the flow
    And the business expires the user's sign-up link
    And the user taps "Click here to sign up"
    And the user fills in:
      | first_name       | Ada             |
      | last_name        | Lovelace        |
      | email            | ada@example.com |
      | password         | analytical1     |
      | confirm_password | analytical1     |
    And the user taps "Done"
    Then the flow is closed with the error "This sign-up link has expired. Ask us for a new one."
    And the business has not registered "ada@example.com"

  Scenario: A link the business never issued closes the flow with the same message
    Given a sign-up flow reaches "447700900123" with a link the business never issued
    When the user opens the flow
    And the user taps "Click here to sign up"
    And the user fills in:
      | first_name       | Ada             |
      | last_name        | Lovelace        |
      | email            | ada@example.com |
      | password         | analytical1     |
      | confirm_password | analytical1     |
    And the user taps "Done"
    Then the flow is closed with the error "This sign-up link has expired. Ask us for a new one."
    And the business has not registered "ada@example.com"
