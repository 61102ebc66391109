package dev.flowkit.junit.assertions;

import static dev.flowkit.junit.assertions.Failures.messageOf;
import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The flow-session assertions against real sessions: a standalone phone talking encrypted to the shop's endpoint. */
class FlowSessionAssertTest {

  /** The transcript of {@link #wrongPin()}, as every failure on it ends. */
  static final String WRONG_PIN_TRANSCRIPT = """
        --- transcript, last 5 of 5 step(s) ---
        1. open (navigate) -> shows DETAILS
           | DETAILS "Your details"
           | [TextHeading] Welcome to the shop
           | [TextInput] Name* = ""
           | [TextInput] Email* = ""
           | [TextInput] PIN* = ""
           | [Footer] Continue  (disabled)
        2. fill name = "Ada" -> updated
        3. fill email = "ada@example.com" -> updated
        4. fill pin = *** -> updated
        5. tap Footer -> refreshed DETAILS
           endpoint #1 <time> data_exchange on DETAILS [200 in <n> ms] -> screen DETAILS with error_message "Wrong PIN" (<n> ms)
                      request:  {"version":"3.0","action":"data_exchange","screen":"DETAILS","data":{"name":"Ada","email":"ada@example.com","pin":"***"},"flow_token":"order-7"}
                      response: {"screen":"DETAILS","data":{"error_message":"Wrong PIN"}}
           | DETAILS "Your details"
           | [TextHeading] Welcome to the shop
           | [TextInput] Name* = "Ada"
           | [TextInput] Email* = "ada@example.com"
           | [TextInput] PIN* = (hidden)
           | [Footer] Continue
           | ! Wrong PIN
        """;

  static final Shop shop = Shop.shared();

  private static FlowSession wrongPin() {
    return shop.open().fill("name", "Ada").fill("email", "ada@example.com").fill("pin", "1111").tapFooter();
  }

  private static FlowSession confirmed() {
    return shop.open().fill("name", "Ada").fill("email", "ada@example.com").fill("pin", "2468").tapFooter();
  }

  @Test
  void the_closest_screen_comes_from_the_whole_flow_not_only_the_screens_shown() {
    FlowSession session = shop.open();

    assertThat(messageOf(() -> assertThat(session).isOnScreen("CONFIRMD")))
        .startsWith("Expected the session on screen CONFIRMD but it is on DETAILS; the closest screen in the flow is "
            + "CONFIRMED");
  }

  @Test
  void is_on_screen_passes_on_the_screen_shown_and_names_the_closest_screen_seen_when_it_fails() {
    FlowSession session = confirmed().back();

    assertThat(session).isOnScreen("DETAILS");
    assertThat(messageOf(() -> assertThat(session).isOnScreen("CONFIRM"))).isEqualTo("""
        Expected the session on screen CONFIRM but it is on DETAILS; the closest screen in the flow is CONFIRMED
        --- transcript, last 5 of 6 step(s) ---
        2. fill name = "Ada" -> updated
        3. fill email = "ada@example.com" -> updated
        4. fill pin = *** -> updated
        5. tap Footer -> shows CONFIRMED
           endpoint #1 <time> data_exchange on DETAILS [200 in <n> ms] -> screen CONFIRMED (<n> ms)
                      request:  {"version":"3.0","action":"data_exchange","screen":"DETAILS","data":{"name":"Ada","email":"ada@example.com","pin":"***"},"flow_token":"order-7"}
                      response: {"screen":"CONFIRMED","data":{"greeting":"Welcome, Ada","order":"A-1"}}
           | CONFIRMED "Confirm" (terminal)
           | [TextBody] Welcome, Ada
           | [Footer] Place order
        6. BACK -> back on DETAILS
           | DETAILS "Your details"
           | [TextHeading] Welcome to the shop
           | [TextInput] Name* = "Ada"
           | [TextInput] Email* = "ada@example.com"
           | [TextInput] PIN* = (hidden)
           | [Footer] Continue
        """);
  }

  @Test
  void shows_text_finds_text_anywhere_on_the_screen_and_names_the_nearest_text_when_it_fails() {
    FlowSession session = wrongPin();

    assertThat(session).showsText("Welcome to the shop").showsText("Wrong PIN").showsText("ada@example")
        .showsSnackbarError("Wrong PIN");
    assertThat(messageOf(() -> assertThat(session).showsText("Welcom to the shop!"))).isEqualTo("""
        No text "Welcom to the shop!" on screen DETAILS; nearest: "Welcome to the shop"
        The screen shows:
        DETAILS "Your details"
        [TextHeading] Welcome to the shop
        [TextInput] Name* = "Ada"
        [TextInput] Email* = "ada@example.com"
        [TextInput] PIN* = (hidden)
        [Footer] Continue
        ! Wrong PIN
        """ + WRONG_PIN_TRANSCRIPT);
  }

  @Test
  void shows_text_never_matches_nor_prints_a_sensitive_value() {
    FlowSession session = wrongPin().fill("pin", "9753");

    String message = messageOf(() -> assertThat(session).showsText("9753"));

    assertThat(message).startsWith("No text \"9753\" on screen DETAILS").contains("[TextInput] PIN* = (hidden)")
        .doesNotContain("9753\"\n", "= \"9753\"", "1111");
  }

  @Test
  void shows_snackbar_error_fails_with_the_snackbar_shown() {
    FlowSession session = wrongPin();

    assertThat(messageOf(() -> assertThat(session).showsSnackbarError("Wrong pin"))).startsWith("""
        Expected screen DETAILS to show the snackbar error "Wrong pin" but it shows "Wrong PIN"
        --- transcript, last 5 of 5 step(s) ---
        """);
  }

  @Test
  void field_errors_come_from_a_blocked_footer_tap_and_an_unknown_field_names_the_fields() {
    FlowSession session = shop.open().fill("email", "not-an-email").tapFooter();

    assertThat(session).hasFieldError("email").hasFieldError("name");
    assertThat(messageOf(() -> assertThat(session).hasFieldError("email", "Enter an email"))).startsWith("""
        Expected field email on screen DETAILS to have the error "Enter an email" but it has "not a valid email"
        --- transcript, last 3 of 3 step(s) ---
        """);
    assertThat(messageOf(() -> assertThat(session).hasFieldError("emial"))).startsWith("""
        No field emial on screen DETAILS; fields: name, email, pin; the closest field is email
        --- transcript""");
  }

  @Test
  void has_field_error_fails_for_a_field_without_error() {
    FlowSession session = wrongPin();

    assertThat(messageOf(() -> assertThat(session).hasFieldError("name"))).startsWith("""
        Expected field name on screen DETAILS to have an error but it has none
        --- transcript""");
  }

  @Test
  void field_values_compare_as_json_and_a_sensitive_field_is_masked_on_both_sides() {
    FlowSession session = wrongPin();

    assertThat(session).hasFieldValue("name", "Ada").hasFieldValue("pin", "1111");
    assertThat(messageOf(() -> assertThat(session).hasFieldValue("name", "Bob"))).startsWith("""
        Expected field name on screen DETAILS to have the value "Bob" but it has "Ada"
        --- transcript""");
    String masked = messageOf(() -> assertThat(session).hasFieldValue("pin", "2468"));
    assertThat(masked).startsWith("""
        Expected field pin on screen DETAILS to have the value *** but it has another value, *** (a sensitive field: values are masked)
        --- transcript""").doesNotContain("1111", "2468");
  }

  @Test
  void the_footer_is_disabled_until_the_required_fields_are_filled() {
    FlowSession session = shop.open();

    assertThat(session).hasFooterDisabled().hasFieldValue("name", null);
    assertThat(messageOf(() -> assertThat(session).hasFooterEnabled())).startsWith("""
        Expected the Footer "Continue" on screen DETAILS to be enabled but it is disabled
        --- transcript""");
    session.fill("name", "Ada").fill("email", "ada@example.com").fill("pin", "1111");
    assertThat(session).hasFooterEnabled();
    assertThat(messageOf(() -> assertThat(session).hasFooterDisabled())).startsWith("""
        Expected the Footer "Continue" on screen DETAILS to be disabled but it is enabled
        --- transcript""");
  }

  @Test
  void sent_data_is_the_last_data_exchange_and_masks_the_sensitive_values() {
    FlowSession session = wrongPin();

    assertThat(session).sentDataContains("name", "Ada").sentDataContains(Map.of("email", "ada@example.com", "pin", "1111"));
    assertThat(messageOf(() -> assertThat(session).sentDataContains("emial", "ada@example.com"))).startsWith("""
        Expected the last data_exchange (from DETAILS) to send {"emial":"ada@example.com"} but no key emial; keys: name, email, pin; the closest key is email; it sent {"name":"Ada","email":"ada@example.com","pin":"***"}
        --- transcript""");
    String masked = messageOf(() -> assertThat(session).sentDataContains("pin", "2468"));
    assertThat(masked).startsWith("""
        Expected the last data_exchange (from DETAILS) to send {"pin":"***"} but pin differs (a sensitive value, masked); it sent {"name":"Ada","email":"ada@example.com","pin":"***"}
        --- transcript""").doesNotContain("1111", "2468");
  }

  @Test
  void sent_data_fails_when_nothing_was_sent() {
    FlowSession session = shop.open();

    assertThat(messageOf(() -> assertThat(session).sentDataContains("name", "Ada"))).startsWith("""
        Expected a data_exchange request with {"name":"Ada"} but the session sent none
        --- transcript, last 1 of 1 step(s) ---
        1. open (navigate) -> shows DETAILS
        """);
  }

  @Test
  void completion_with_a_payload_subset_and_its_failures() {
    FlowSession session = confirmed().tapFooter();

    assertThat(session).isCompleted().isCompletedWith("order", "A-1").isCompletedWith(Map.of("flow_token", "order-7"))
        .isCompletedWithJson("{\"order\": \"A-1\"}");
    assertThat(messageOf(() -> assertThat(session).isCompletedWithJson("{\"order\": \"A-2\"}"))).startsWith("""
        Expected the flow to complete with {"order":"A-2"} but order is "A-1", expected "A-2"; it completed with {"order":"A-1","flow_token":"order-7"}
        --- transcript, last 5 of 6 step(s) ---
        """);
    assertThatIllegalArgumentException().isThrownBy(() -> assertThat(session).isCompletedWithJson("[1]"))
        .withMessage("the expected JSON must be an object");
  }

  @Test
  void is_completed_fails_on_an_open_session_with_what_the_phone_shows_and_the_transcript_tail() {
    FlowSession session = wrongPin();

    assertThat(messageOf(() -> assertThat(session).isCompleted())).isEqualTo("""
        Expected the flow to be completed but it is open on screen DETAILS; the phone shows: Wrong PIN
        """ + WRONG_PIN_TRANSCRIPT);
  }

  @Test
  void closed_with_error_is_the_endpoints_427_message() {
    FlowSession session = shop.open().fill("name", "expired").fill("email", "ada@example.com").fill("pin", "1111")
        .tapFooter();

    assertThat(session).isClosedWithError().isClosedWithError("This order has expired");
    assertThat(messageOf(() -> assertThat(session).isClosedWithError("This order expired"))).startsWith("""
        Expected the flow to be closed with the error "This order expired" but it was closed with "This order has expired"
        --- transcript""");
    assertThat(messageOf(() -> assertThat(wrongPin()).isClosedWithError())).startsWith("""
        Expected the flow to be closed with an error but it is open on screen DETAILS; the phone shows: Wrong PIN
        --- transcript""");
  }

  @Test
  void the_transcript_is_navigable_down_to_one_exchange() {
    FlowSession session = confirmed().tapFooter();

    assertThat(session).transcript().hasExchangeCount(1).hasActions("data_exchange").hasScreens("DETAILS")
        .hasResponseScreens("CONFIRMED").hasStepCount(6).lastExchange().hasStatus(200).hasScreen("DETAILS");
    assertThat(messageOf(() -> assertThat(session).transcript().hasActions("INIT", "data_exchange"))).startsWith("""
        Expected the actions [INIT, data_exchange] but they were [data_exchange]
        --- transcript, last 5 of 6 step(s) ---
        """);
  }

  @Test
  void a_session_without_a_screen_fails_with_what_the_phone_shows() {
    FlowSession session = SessionsWithoutScreen.open(shop);

    assertThat(messageOf(() -> assertThat(session).isOnScreen("DETAILS"))).startsWith("""
        Expected a screen but the session shows none yet; the phone shows: Something went wrong. Please try again later.
        --- transcript, last 1 of 1 step(s) ---
        1. open (data_exchange: INIT) -> the generic error is shown and the user stays (unexpected_http_status_code: the endpoint answered HTTP 432""");
  }

  @Test
  void a_null_session_fails_as_assertj_does() {
    assertThat(messageOf(() -> assertThat((FlowSession) null).isCompleted())).contains("Expecting actual not to be null");
  }

  /** A data_exchange session sent unsigned: the endpoint refuses INIT with 432, so no screen is shown. */
  static final class SessionsWithoutScreen {
    static FlowSession open(Shop shop) {
      return SimulatedPhone.standalone().flow(Shop.FLOW).endpoint(shop.endpointUrl())
          .businessPublicKey(shop.keys.getPublic()).dataExchange().open();
    }
  }
}
