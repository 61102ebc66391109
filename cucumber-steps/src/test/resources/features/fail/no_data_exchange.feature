Feature: Expects a data_exchange that was not sent

  Scenario: Expects a data_exchange that was not sent
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    Then the endpoint received a data_exchange from LOGIN with:
      | email | ada@example.com |
