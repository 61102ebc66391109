Feature: Expects the flow to be closed while it is open

  Scenario: Expects the flow to be closed while it is open
    Given the flow "sign_up.json"
    When the user opens the flow from the endpoint
    Then the flow is closed with the error "This sign-up link has expired"
