Feature: Expects more messages than were sent

  Scenario: Expects more messages than were sent
    Given the flow "sign_up.json" is published
    And the business sends the flow to "447700900123"
    Then the user received 2 flow messages
