Feature: The flow token given on the command line reaches the endpoint

  Scenario: The completion carries the flow token
    Given the flow "login.json"
    When the user opens the flow from the endpoint
    And the user fills in:
      | email    | ada@example.com |
      | password | open-sesame     |
    And the user taps the footer
    And the user taps the footer
    Then the flow completes with:
      | flow_token | tok-cli |
      | user       | Ada     |
