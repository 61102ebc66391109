package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Rendering (If, Switch, visible, expressions, init-values) and actions (§6, §9.4–§9.9). */
class ScreenActionsTest {

  @Test
  void if_picks_its_branch_from_data_and_form() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/4_0/if_.json"));

    assertThat(engine.current().components("TextHeading")).extracting(RenderedComponent::text)
        .containsExactly("It is not a cat");
    engine.fill("animal", "cat");
    assertThat(engine.current().components("TextHeading")).extracting(RenderedComponent::text)
        .containsExactly("It is a cat");
  }

  @Test
  void switch_shows_the_matching_case_else_default() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/4_0/switch.json"));

    assertThat(engine.current().components("TextHeading")).extracting(RenderedComponent::text)
        .containsExactly("It is neither a cat nor a dog");
    engine.fill("animal", "dog");
    assertThat(engine.current().components("TextHeading")).extracting(RenderedComponent::text)
        .containsExactly("It is a dog");
  }

  @Test
  void visible_expression_compares_a_number_input_as_a_number() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/6_0/visible_condition.json"));

    engine.fill("number", "41");
    assertThat(engine.current().components("TextBody")).isEmpty();
    engine.fill("number", "42");
    assertThat(engine.current().components("TextBody")).extracting(RenderedComponent::text)
        .containsExactly("You choose the right number!");
  }

  @Test
  void backtick_concatenation_renders_form_values() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/6_0/string_concatenation.json"));

    engine.fill("first_name", "Ada");
    engine.fill("age", "36");

    assertThat(engine.current().components("TextBody")).extracting(RenderedComponent::text)
        .containsExactly("Hello Ada", "Ada you are 36 years old.");
  }

  @Test
  void expressions_in_text_lines_compute_with_the_client_arithmetic() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/6_0/math_operators.json"));

    assertThat(engine.current().components("TextBody").get(0).text()).isEqualTo("""
        The sum of 10 and 20 is 30
        The difference of 10 and 20 is -10
        The product of 10 and 20 is 200
        The division of 10 by 20 is 0.5""");
  }

  @Test
  void init_values_prefill_on_first_show_only_and_outside_a_form_component_init_value_counts() {
    FlowJson flow = ScreenFlows.single("7.3", """
        "name": {"type": "string", "__example__": "Ada"}""", """
        {"type": "TextInput", "name": "n", "label": "Name", "init-value": "${data.name}"},
        {"type": "CheckboxGroup", "name": "c", "label": "C", "init-value": ["b"],
         "data-source": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]},
        {"type": "OptIn", "name": "o", "label": "O", "init-value": true},
        {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete",
         "payload": {"n": "${form.n}", "c": "${form.c}", "o": "${form.o}"}}}""");
    ScreenEngine engine = ScreenFlows.opened(flow);

    RenderedScreen screen = engine.current();
    ScreenStep done = engine.tapFooter();

    assertThat(screen.plainText()).contains("[TextInput] Name = \"Ada\"", "[CheckboxGroup] C = [\"b\"]",
        "[OptIn] O = true");
    assertThat(done).isInstanceOfSatisfying(ScreenStep.Completed.class, c -> assertThat(c.response())
        .isEqualTo(ScreenFlows.json("{\"n\":\"Ada\",\"c\":[\"b\"],\"o\":true,\"flow_token\":\"token-1\"}")));
  }

  @Test
  void update_data_on_data_source_items_shows_states_and_pincodes_without_network() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/6_0/update_data.json"));
    assertThat(engine.current().component("select_states")).isEmpty(); // example data says invisible

    ScreenStep step = engine.select("select_country", "2");
    engine.select("select_states", "ontario");

    assertThat(step).isInstanceOf(ScreenStep.Updated.class);
    assertThat(engine.current().component("select_states").orElseThrow().options())
        .extracting(RenderedOption::id).containsExactly("ontario", "quebec");
    assertThat(engine.current().component("pincode").orElseThrow().options())
        .extracting(RenderedOption::title).containsExactly("L4K", "M3C");
    engine.select("select_country", "1"); // unselecting Canada hides states and pincodes, USA shows its states
    assertThat(engine.current().component("pincode")).isEmpty();
    assertThat(engine.current().component("select_states").orElseThrow().options())
        .extracting(RenderedOption::id).containsExactly("new_york", "california");
  }

  @Test
  void navigate_binds_the_payload_into_the_next_screen_and_back_restores_the_input() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("sign_up_login.json"));
    engine.tapLink("Click here to sign up");
    engine.fill("email", "ada@example.com");
    engine.fill("password", "secret123");

    ScreenStep step = engine.tapLink("Already have an account?");

    assertThat(step).isInstanceOfSatisfying(ScreenStep.Navigated.class,
        n -> assertThat(n.screen().id()).isEqualTo("LOGIN"));
    assertThat(engine.stack()).containsExactly("START", "SIGN_UP", "LOGIN");
    assertThat(engine.current().component("email").orElseThrow().valueText()).contains("ada@example.com");
    assertThat(engine.back()).isInstanceOfSatisfying(ScreenStep.WentBack.class,
        back -> assertThat(back.screen().component("password").orElseThrow().valueText()).contains("secret123"));
    assertThat(engine.stack()).containsExactly("START", "SIGN_UP");
    engine.back();
    assertThat(engine.back()).isEqualTo(new ScreenStep.Closed("START"));
    assertThat(engine.isClosed()).isTrue();
  }

  @Test
  void a_global_reference_reads_the_form_of_an_earlier_screen() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/4_0/global_fields.json"));
    engine.fill("field1", "Ada");
    engine.tapFooter();

    ScreenStep done = engine.tapFooter();

    assertThat(done).isInstanceOfSatisfying(ScreenStep.Completed.class, c -> assertThat(c.response()).isEqualTo(
        ScreenFlows.json("{\"field1\":\"Ada\",\"field2\":\"data\",\"flow_token\":\"token-1\"}")));
  }

  @Test
  void data_exchange_sends_the_resolved_payload_of_visible_fields_only() {
    FlowJson flow = ScreenFlows.single("7.3", "", """
        {"type": "TextInput", "name": "a", "label": "A"},
        {"type": "TextInput", "name": "b", "label": "B", "visible": "${form.a}"},
        {"type": "Footer", "label": "Go", "on-click-action": {"name": "data_exchange",
         "payload": {"a": "${form.a}", "b": "${form.b}", "fixed": 1}}}""");
    ScreenEngine engine = ScreenFlows.opened(flow);
    engine.fill("a", "x");
    engine.fill("b", "typed");
    engine.fill("a", "");

    ScreenStep step = engine.tapFooter();

    assertThat(step).isInstanceOfSatisfying(ScreenStep.DataExchange.class, exchange -> {
      assertThat(exchange.screen()).isEqualTo("S");
      assertThat(exchange.payload()).isEqualTo(ScreenFlows.json("{\"a\":\"\",\"fixed\":1}"));
      assertThat(exchange.toString()).doesNotContain("typed");
    });
    assertThat(engine.pending()).isEqualTo(ScreenEngine.Pending.DATA_EXCHANGE);
  }

  @Test
  void open_url_from_a_link_and_read_more_leaves_the_screen_as_it_was() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/6_0/open_url.json"));

    assertThat(engine.tapLink("This is an external link.")).isEqualTo(new ScreenStep.UrlOpened("https://pywa.readthedocs.io/"));
    assertThat(engine.tapReadMore("T&Cs")).isEqualTo(new ScreenStep.UrlOpened("https://pywa.readthedocs.io/"));
    assertThat(engine.current().component("T&Cs").orElseThrow().description()).contains("Read more");
    assertThatExceptionOfType(ScreenInputException.class).isThrownBy(() -> engine.tapLink("Nope"))
        .withMessageContaining("links: [This is an external link.]");
  }

  @Test
  void a_disabled_footer_reports_its_own_enabled_flag() {
    FlowJson flow = ScreenFlows.single("7.3", "\"ok\": {\"type\": \"boolean\", \"__example__\": false}", """
        {"type": "Footer", "label": "Go", "enabled": "${data.ok}", "on-click-action": {"name": "complete"}}""");
    ScreenEngine engine = ScreenFlows.opened(flow);

    assertThat(engine.tapFooter()).isEqualTo(new ScreenStep.Blocked(List.of(),
        "the Footer 'Go' is disabled by its 'enabled'"));
  }

  @Test
  void refresh_on_back_asks_for_a_back_request_and_the_response_pops_with_fresh_data() {
    FlowJson flow = FlowJsonMapper.read("""
        {"version": "7.3", "data_api_version": "3.0", "routing_model": {"A": ["B"], "B": []}, "screens": [
          {"id": "A", "title": "A", "data": {"n": {"type": "number", "__example__": 1}}, "layout": {"type": "SingleColumnLayout",
           "children": [{"type": "TextBody", "text": "${data.n}"}, {"type": "TextInput", "name": "t", "label": "T"},
             {"type": "Footer", "label": "Next", "on-click-action": {"name": "data_exchange", "payload": {}}}]}},
          {"id": "B", "title": "B", "terminal": true, "refresh_on_back": true, "layout": {"type": "SingleColumnLayout",
           "children": [{"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """);
    ScreenEngine engine = ScreenFlows.opened(flow);
    engine.fill("t", "kept");
    engine.tapFooter();
    engine.acceptResponse(ScreenFlows.json("{\"screen\": \"B\", \"data\": {}}"));

    assertThat(engine.refreshOnBack()).isTrue();
    assertThat(engine.back()).isEqualTo(new ScreenStep.BackRequested("B"));
    ScreenStep step = engine.acceptResponse(ScreenFlows.json("{\"screen\": \"A\", \"data\": {\"n\": 2}}"));

    assertThat(step).isInstanceOfSatisfying(ScreenStep.WentBack.class, back -> assertThat(back.screen().plainText())
        .isEqualTo("A \"A\"\n[TextBody] 2\n[TextInput] T = \"kept\"\n[Footer] Next\n"));
    assertThat(engine.stack()).containsExactly("A");
  }

  @Test
  void navigation_list_item_taps_run_the_item_action() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/6_2/navigation_list.json"));
    assertThat(engine.current().plainText()).contains("[NavigationList]  {home=Home Insurance, health=Health Insurance,");

    ScreenStep step = engine.tapItem("insurances", "health");

    assertThat(step).isInstanceOfSatisfying(ScreenStep.Navigated.class,
        n -> assertThat(n.screen().id()).isEqualTo("SECOND_SCREEN"));
    assertThat(engine.stack()).containsExactly("FIRST_SCREEN", "SECOND_SCREEN");
  }

  @Test
  void on_select_data_exchange_waits_for_the_response_and_ignores_taps_meanwhile() {
    FlowJson flow = ScreenFlows.single("7.3", "", """
        {"type": "CheckboxGroup", "name": "c", "label": "C",
         "data-source": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
         "on-select-action": {"name": "data_exchange", "payload": {"picked": "${form.c}"}}},
        {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete"}}""");
    ScreenEngine engine = ScreenFlows.opened(flow);

    ScreenStep step = engine.check("c", "b", true);

    assertThat(step).isInstanceOfSatisfying(ScreenStep.DataExchange.class,
        exchange -> assertThat(exchange.payload()).isEqualTo(ScreenFlows.json("{\"picked\":[\"b\"]}")));
    assertThatIllegalStateException().isThrownBy(engine::tapFooter)
        .withMessage("the screen is loading: a DATA_EXCHANGE request waits for its response");
    engine.requestFailed();
    assertThat(engine.tapFooter()).isInstanceOf(ScreenStep.Completed.class);
  }

  @Test
  void chips_selector_without_on_unselect_fires_on_select_on_deselection_too() {
    FlowJson flow = ScreenFlows.single("7.1", """
        "picked": {"type": "array", "items": {"type": "string"}, "__example__": []}""", """
        {"type": "ChipsSelector", "name": "chips", "label": "Chips",
         "data-source": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}],
         "on-select-action": {"name": "update_data", "payload": {"picked": "${form.chips}"}}},
        {"type": "TextBody", "text": "${data.picked}"},
        {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete"}}""");
    ScreenEngine engine = ScreenFlows.opened(flow);

    engine.check("chips", "a", true);
    engine.check("chips", "b", true);
    engine.check("chips", "a", false);

    assertThat(engine.current().components("TextBody").get(0).text()).isEqualTo("[\"b\"]");
  }

  private static final FlowJson ASK_NAME = FlowJsonMapper.read("""
      {"version": "7.3", "screens": [
        {"id": "ASK", "title": "Name", "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "TextInput", "name": "first", "label": "First name"},
          {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate",
           "next": {"type": "screen", "name": "CONFIRM"}, "payload": {"first": "${form.first}"}}}]}},
        {"id": "CONFIRM", "title": "Confirm", "terminal": true,
         "data": {"first": {"type": "string", "__example__": "Ada"}},
         "layout": {"type": "SingleColumnLayout", "children": [{"type": "TextBody", "text": "${data.first}"},
          {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
      """);

  @Test
  void a_navigate_footer_waits_for_the_data_the_next_screen_declares_unless_switched_off() {
    ScreenEngine waiting = ScreenFlows.opened(ASK_NAME);
    ScreenEngine eager = new ScreenEngine(ASK_NAME, "t", ScreenEngineOptions.defaults().withNavigateWaitsForData(false));
    eager.openNavigate(Optional.empty(), Optional.empty());

    assertThat(waiting.current().footer().orElseThrow().enabled()).isFalse();
    assertThat(waiting.tapFooter()).isEqualTo(new ScreenStep.Blocked(List.of(), "the Footer 'Next' is disabled until "
        + "its navigate payload has the data the next screen declares: [first]"));
    waiting.fill("first", "Ada");
    assertThat(waiting.tapFooter()).isInstanceOfSatisfying(ScreenStep.Navigated.class,
        n -> assertThat(n.screen().components("TextBody").get(0).text()).isEqualTo("Ada"));
    assertThat(eager.tapFooter()).isInstanceOf(ScreenStep.Navigated.class);
  }

  @Test
  void closing_the_flow_sends_nothing_and_ends_all_input() {
    ScreenEngine engine = ScreenFlows.opened(ASK_NAME);

    assertThat(engine.close()).isEqualTo(new ScreenStep.Closed("ASK"));
    assertThatIllegalStateException().isThrownBy(() -> engine.fill("first", "Ada")).withMessage("the flow is closed");
    assertThat(engine.current().id()).isEqualTo("ASK"); // the last screen stays readable for assertions
  }
}
