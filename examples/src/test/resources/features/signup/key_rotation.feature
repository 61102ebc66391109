Feature: The business rotates its key
  The business may replace its key pair at any time. A phone that still encrypts with the old public key is
  refused (421), fetches the new key from WhatsApp and sends the request again; the user notices nothing.

  Scenario: A sign-up sent with the old key goes through after the phone fetches the new one
    Given the business has published its sign-up flow
    And the business sends the sign-up flow to "447700900123"
    When the user opens the flow
    And the business rotates its key
    And the user taps "Click here to sign up"
    And the user fills in:
      | first_name       | Ada             |
      | last_name        | Lovelace        |
      | email            | ada@example.com |
      | password         | analytical1     |
      | confirm_password | analytical1     |
    And the user taps "Done"
    Then the user sees LOGIN
    And the phone was refused with the old key, fetched the new one and was answered
    And the business has registered "ada@example.com" as "Ada Lovelace"
