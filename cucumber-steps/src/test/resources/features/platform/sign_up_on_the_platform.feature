Feature: Signing up through the mock WhatsApp platform

  Background:
    Given the flow "sign_up.json" is published
    And the business sends the flow to "447700900123"

  Scenario: The user signs up and the business receives the completion
    Then the user received 1 flow message
    When the user opens the flow
    Then the user sees SIGN_UP
    When the user fills in:
      | email    | grace@example.com |
      | password | hopper1           |
    And the user selects "free" in plan
    And the user ticks terms
    And the user taps the footer
    Then the user sees WELCOME
    When the user taps the footer
    Then the flow completes with:
      | account | grace@example.com |
    And the business received the completion webhook

  Scenario: Each scenario starts on a fresh platform
    Then the user received 1 flow message
    When the user opens the flow
    And the user taps "I already have an account"
    Then the user sees LOGIN
