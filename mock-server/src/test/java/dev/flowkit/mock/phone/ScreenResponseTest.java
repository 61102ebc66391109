package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The response checks of platform.md §5.4 and the opening of §9.1. */
class ScreenResponseTest {

  private static final FlowJson BOOKING = FlowJsonMapper.read("""
      {"version": "7.3", "data_api_version": "3.0",
       "routing_model": {"PICK": ["DETAILS"], "DETAILS": ["DONE"], "DONE": []},
       "screens": [
        {"id": "PICK", "title": "Pick a slot",
         "data": {"slots": {"type": "array", "items": {"type": "object",
                    "properties": {"id": {"type": "string"}, "title": {"type": "string"}}},
                    "__example__": [{"id": "0930", "title": "09:30"}]},
                  "date_error": {"type": "string", "__example__": ""}},
         "layout": {"type": "SingleColumnLayout", "children": [
           {"type": "Form", "name": "f", "error-messages": {"slot": "${data.date_error}"}, "children": [
             {"type": "Dropdown", "name": "slot", "label": "Slot", "required": true, "data-source": "${data.slots}"},
             {"type": "TextInput", "name": "note", "label": "Note"},
             {"type": "Footer", "label": "Next", "on-click-action": {"name": "data_exchange",
              "payload": {"slot": "${form.slot}"}}}]}]}},
        {"id": "DETAILS", "title": "Details", "data": {"slot": {"type": "string", "__example__": "09:30"}},
         "layout": {"type": "SingleColumnLayout", "children": [{"type": "TextBody", "text": "${data.slot}"},
           {"type": "Footer", "label": "Book", "on-click-action": {"name": "data_exchange", "payload": {}}}]}},
        {"id": "DONE", "title": "Done", "terminal": true, "layout": {"type": "SingleColumnLayout", "children": [
           {"type": "Footer", "label": "Close", "on-click-action": {"name": "complete"}}]}}]}
      """);

  private static ScreenEngine atPick(ScreenEngineOptions options) {
    ScreenEngine engine = new ScreenEngine(BOOKING, "tok", options);
    engine.openWithInit();
    ScreenStep step = engine.acceptResponse(ScreenFlows.json("""
        {"screen": "PICK", "data": {"slots": [{"id": "0930", "title": "09:30"},
          {"id": "1015", "title": "10:15", "enabled": false}], "date_error": ""}}"""));
    assertThat(step).isInstanceOf(ScreenStep.Navigated.class);
    return engine;
  }

  private static ScreenEngine exchanging() {
    ScreenEngine engine = atPick(ScreenEngineOptions.defaults());
    engine.select("slot", "0930");
    engine.fill("note", "window seat");
    assertThat(engine.tapFooter()).isInstanceOf(ScreenStep.DataExchange.class);
    return engine;
  }

  @Test
  void init_response_opens_the_screen_with_its_data_and_disabled_options() {
    ScreenEngine engine = atPick(ScreenEngineOptions.defaults());

    assertThat(engine.current().plainText()).isEqualTo("""
        PICK "Pick a slot"
        [Dropdown] Slot* = -  {0930=09:30, 1015=10:15(disabled)}
        [TextInput] Note = ""
        [Footer] Next  (disabled)
        """);
  }

  @Test
  void a_routing_model_destination_is_shown_and_pushed() {
    ScreenEngine engine = exchanging();

    ScreenStep step = engine.acceptResponse(ScreenFlows.json("{\"screen\": \"DETAILS\", \"data\": {\"slot\": \"09:30\"}}"));

    assertThat(step).isInstanceOfSatisfying(ScreenStep.Navigated.class,
        n -> assertThat(n.screen().components("TextBody").get(0).text()).isEqualTo("09:30"));
    assertThat(engine.stack()).containsExactly("PICK", "DETAILS");
  }

  @Test
  void a_screen_outside_the_routing_model_is_an_invalid_screen_transition() {
    ScreenEngine engine = exchanging();

    ScreenStep step = engine.acceptResponse(ScreenFlows.json("{\"screen\": \"DONE\", \"data\": {}}"));

    assertThat(step).isEqualTo(new ScreenStep.Rejected(ScreenClientError.INVALID_SCREEN_TRANSITION,
        "screen DONE is not reachable from PICK; the routing model allows [DETAILS]"));
    assertThat(engine.current().id()).isEqualTo("PICK");
    assertThat(ScreenClientError.INVALID_SCREEN_TRANSITION.key()).isEqualTo("invalid-screen-transition");
  }

  @Test
  void an_unknown_screen_is_an_invalid_screen_transition() {
    ScreenEngine engine = exchanging();

    assertThat(engine.acceptResponse(ScreenFlows.json("{\"screen\": \"NOPE\"}")))
        .isEqualTo(new ScreenStep.Rejected(ScreenClientError.INVALID_SCREEN_TRANSITION,
            "screen NOPE does not exist in the flow"));
  }

  @Test
  void data_of_the_wrong_type_or_missing_a_declared_key_is_a_payload_schema_error_naming_no_values() {
    ScreenEngine engine = exchanging();

    ScreenStep wrongType = engine.acceptResponse(ScreenFlows.json("{\"screen\": \"DETAILS\", \"data\": {\"slot\": 930}}"));
    engine.tapFooter();
    ScreenStep missing = engine.acceptResponse(ScreenFlows.json("{\"screen\": \"DETAILS\", \"data\": {}}"));
    engine.tapFooter();
    ScreenStep nested = engine.acceptResponse(ScreenFlows.json("""
        {"screen": "PICK", "data": {"slots": [{"id": 5, "title": "x"}], "date_error": ""}}"""));

    assertThat(wrongType).isEqualTo(new ScreenStep.Rejected(ScreenClientError.PAYLOAD_SCHEMA_ERROR,
        "data for screen DETAILS does not match its data model: 'slot' should be string but is integer"));
    assertThat(missing).isEqualTo(new ScreenStep.Rejected(ScreenClientError.PAYLOAD_SCHEMA_ERROR,
        "data for screen DETAILS does not match its data model: missing declared keys [slot]"));
    assertThat(nested).isInstanceOfSatisfying(ScreenStep.Rejected.class,
        r -> assertThat(r.message()).endsWith("'slots[0].id' should be string but is integer"));
  }

  @Test
  void missing_declared_keys_are_allowed_when_switched_off() {
    ScreenEngine engine = atPick(ScreenEngineOptions.defaults().withRequireDeclaredKeys(false));
    engine.select("slot", "0930");
    engine.tapFooter();

    assertThat(engine.acceptResponse(ScreenFlows.json("{\"screen\": \"DETAILS\", \"data\": {}}")))
        .isInstanceOf(ScreenStep.Navigated.class);
  }

  @Test
  void undeclared_keys_are_dropped_and_reported() {
    ScreenEngine engine = exchanging();

    ScreenStep step = engine.acceptResponse(ScreenFlows.json(
        "{\"screen\": \"DETAILS\", \"data\": {\"slot\": \"09:30\", \"secret_extra\": 1}}"));

    assertThat(step).isInstanceOfSatisfying(ScreenStep.Navigated.class,
        n -> assertThat(n.droppedKeys()).containsExactly("secret_extra"));
  }

  @Test
  void same_screen_response_replaces_the_data_keeps_the_input_and_shows_error_texts() {
    ScreenEngine engine = exchanging();

    ScreenStep step = engine.acceptResponse(ScreenFlows.json("""
        {"screen": "PICK", "data": {"slots": [{"id": "1100", "title": "11:00"}], "date_error": "Fully booked",
         "error_message": "That slot is gone"}}"""));

    assertThat(step).isInstanceOfSatisfying(ScreenStep.Refreshed.class, r -> assertThat(r.screen().plainText())
        .isEqualTo("""
            PICK "Pick a slot"
            [Dropdown] Slot* = "0930"  {1100=11:00}  ! Fully booked
            [TextInput] Note = "window seat"
            [Footer] Next  (disabled)
            ! That slot is gone
            """));
    assertThat(engine.fieldErrors()).containsExactly(new FieldError("slot", "not one of the options"));
    engine.select("slot", "1100");
    assertThat(engine.current().component("slot").orElseThrow().error()).isEmpty();
    assertThat(engine.current().footer().orElseThrow().enabled()).isTrue();
    assertThat(engine.current().errorMessage()).isEmpty();
  }

  @Test
  void a_server_error_keeps_the_footer_disabled_until_the_field_is_edited() {
    ScreenEngine engine = exchanging();
    engine.acceptResponse(ScreenFlows.json("""
        {"screen": "PICK", "data": {"slots": [{"id": "0930", "title": "09:30"}], "date_error": "Pick again"}}"""));

    ScreenStep blocked = engine.tapFooter();
    engine.select("slot", "0930");

    assertThat(blocked).isInstanceOfSatisfying(ScreenStep.Blocked.class,
        b -> assertThat(b.errors()).containsExactly(new FieldError("slot", "Pick again")));
    assertThat(engine.tapFooter()).isInstanceOf(ScreenStep.DataExchange.class);
  }

  @Test
  void merge_keeps_the_keys_a_same_screen_response_leaves_out() {
    ScreenEngine engine = atPick(ScreenEngineOptions.defaults().withRequireDeclaredKeys(false)
        .withSameScreenData(ScreenEngineOptions.SameScreenData.MERGE));
    engine.select("slot", "0930");
    engine.tapFooter();

    engine.acceptResponse(ScreenFlows.json("{\"screen\": \"PICK\", \"data\": {\"date_error\": \"Again\"}}"));

    assertThat(engine.current().component("slot").orElseThrow().options()).extracting(RenderedOption::id)
        .containsExactly("0930", "1015");
  }

  @Test
  void success_completes_with_the_params_and_needs_a_flow_token() {
    ScreenEngine engine = exchanging();
    ScreenStep noToken = engine.acceptResponse(ScreenFlows.json("""
        {"screen": "SUCCESS", "data": {"extension_message_response": {"params": {"booking": "B-1"}}}}"""));
    engine.tapFooter();

    ScreenStep done = engine.acceptResponse(ScreenFlows.json("""
        {"screen": "SUCCESS", "data": {"extension_message_response": {"params": {"flow_token": "tok", "booking": "B-1"}}}}"""));

    assertThat(noToken).isEqualTo(new ScreenStep.Rejected(ScreenClientError.PAYLOAD_SCHEMA_ERROR,
        "a SUCCESS response needs params.flow_token as a string"));
    assertThat(done).isEqualTo(new ScreenStep.Completed(ScreenFlows.json("{\"flow_token\":\"tok\",\"booking\":\"B-1\"}")));
    assertThat(engine.isClosed()).isTrue();
  }

  @Test
  void malformed_responses_are_payload_schema_errors_and_a_response_without_a_request_is_refused() {
    ScreenEngine engine = exchanging();
    assertThat(engine.acceptResponse(ScreenFlows.json("{\"data\": {}}"))).isEqualTo(new ScreenStep.Rejected(
        ScreenClientError.PAYLOAD_SCHEMA_ERROR, "the response has no string 'screen'"));
    engine.tapFooter();
    assertThat(engine.acceptResponse(ScreenFlows.json("{\"screen\": \"PICK\", \"data\": {\"error_message\": 3}}")))
        .isEqualTo(new ScreenStep.Rejected(ScreenClientError.PAYLOAD_SCHEMA_ERROR, "data.error_message is not a string"));

    assertThatIllegalStateException().isThrownBy(() -> engine.acceptResponse(ScreenFlows.json("{\"screen\": \"PICK\"}")))
        .withMessage("no INIT, data_exchange or BACK request is waiting for a response");
  }

  @Test
  void navigate_mode_opens_an_entry_screen_only_with_data_matching_its_model() {
    ScreenEngine engine = new ScreenEngine(BOOKING, "tok", ScreenEngineOptions.defaults());

    assertThat(engine.entryScreens()).containsExactly("PICK");
    assertThat(engine.openNavigate(Optional.of("DETAILS"), Optional.empty())).isEqualTo(new ScreenStep.Rejected(
        ScreenClientError.INVALID_SCREEN_TRANSITION, "the flow cannot open on screen DETAILS; entry screens: [PICK]"));
    assertThat(engine.openNavigate(Optional.empty(), Optional.of(ScreenFlows.json("{\"slots\": \"x\"}"))))
        .isInstanceOfSatisfying(ScreenStep.Rejected.class, r -> assertThat(r.error())
            .isEqualTo(ScreenClientError.PAYLOAD_SCHEMA_ERROR));
    assertThat(engine.openNavigate(Optional.empty(), Optional.of(ScreenFlows.json(
        "{\"slots\": [], \"date_error\": \"\"}")))).isInstanceOfSatisfying(ScreenStep.Navigated.class,
            n -> assertThat(n.screen().id()).isEqualTo("PICK"));
  }

  @Test
  void sensitive_fields_and_passwords_are_masked_in_the_plain_text_but_readable_in_the_model() {
    FlowJson flow = FlowJsonMapper.read("""
        {"version": "7.3", "screens": [{"id": "S", "title": "Secrets", "terminal": true,
          "sensitive": ["pin", "card", "plan", "agree"],
          "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "TextInput", "name": "card", "label": "Card"},
            {"type": "TextInput", "name": "pin", "label": "PIN", "input-type": "passcode"},
            {"type": "TextInput", "name": "pw", "label": "Password", "input-type": "password"},
            {"type": "Dropdown", "name": "plan", "label": "Plan", "data-source": [{"id": "gold", "title": "Gold"}]},
            {"type": "OptIn", "name": "agree", "label": "Agree"},
            {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete"}}]}}]}
        """);
    ScreenEngine engine = ScreenFlows.opened(flow);
    engine.fill("card", "4111111111111111");
    engine.fill("pin", "1234");
    engine.fill("pw", "hunter2");
    engine.select("plan", "gold");
    engine.optIn("agree", true);

    String text = engine.current().plainText();

    assertThat(text).isEqualTo("""
        S "Secrets" (terminal)
        [TextInput] Card = \u2022\u2022\u2022\u2022
        [TextInput] PIN = (hidden)
        [TextInput] Password = \u2022\u2022\u2022\u2022
        [Dropdown] Plan = \u2022\u2022\u2022\u2022  {gold=Gold}
        [OptIn] Agree = true
        [Footer] Go
        """);
    assertThat(engine.current().component("card").orElseThrow().valueText()).contains("4111111111111111");
    assertThat(engine.current().component("card").orElseThrow().toString()).doesNotContain("4111");
    assertThat(List.of(engine.current().toString())).noneMatch(s -> s.contains("hunter2") || s.contains("1234"));
  }
}
