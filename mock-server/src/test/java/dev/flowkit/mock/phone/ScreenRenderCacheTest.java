package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The engine keeps the current screen's rendering until its state changes: each kind of change must show at once
 * in {@link ScreenEngine#current()}, as a fresh render pass shows it.
 */
class ScreenRenderCacheTest {

  private static final FlowJson FLOW = FlowJsonMapper.read("""
      {"version": "7.3", "data_api_version": "3.0", "routing_model": {"FORM": ["NEXT"], "NEXT": []},
       "screens": [
        {"id": "FORM", "title": "Form",
         "data": {"greeting": {"type": "string", "__example__": "Hello"}},
         "layout": {"type": "SingleColumnLayout", "children": [
           {"type": "TextBody", "text": "${data.greeting}"},
           {"type": "TextInput", "name": "name", "label": "Name", "required": true},
           {"type": "Dropdown", "name": "size", "label": "Size", "data-source": [
             {"id": "s", "title": "Small"}, {"id": "l", "title": "Large"}],
            "on-select-action": {"name": "update_data", "payload": {"greeting": "${form.size}"}}},
           {"type": "Footer", "label": "Next", "on-click-action": {"name": "data_exchange",
            "payload": {"name": "${form.name}"}}}]}},
        {"id": "NEXT", "title": "Next", "terminal": true, "data": {"who": {"type": "string", "__example__": "Ada"}},
         "layout": {"type": "SingleColumnLayout", "children": [{"type": "TextBody", "text": "${data.who}"},
           {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
      """);

  private static ScreenEngine opened() {
    ScreenEngine engine = new ScreenEngine(FLOW, "tok", ScreenEngineOptions.defaults());
    engine.openNavigate(Optional.empty(), Optional.of(ScreenFlows.json("{\"greeting\": \"Hello\"}")));
    return engine;
  }

  @Test
  void input_shows_in_the_current_screen_and_the_step_returns_the_same_rendering() {
    ScreenEngine engine = opened();
    assertThat(engine.current().component("name").orElseThrow().value()).isEmpty();

    ScreenStep step = engine.fill("name", "Ada");

    assertThat(engine.current().component("name").orElseThrow().valueText()).contains("Ada");
    assertThat(((ScreenStep.Updated) step).screen()).isEqualTo(engine.current());
    assertThat(engine.fieldErrors()).isEmpty();
  }

  @Test
  void a_blocked_footer_tap_shows_the_errors_of_the_fields_it_touched() {
    ScreenEngine engine = opened();
    assertThat(engine.current().component("name").orElseThrow().error()).isEmpty();

    assertThat(engine.tapFooter()).isInstanceOf(ScreenStep.Blocked.class);

    assertThat(engine.current().component("name").orElseThrow().error()).isPresent();
  }

  @Test
  void update_data_shows_the_new_data() {
    ScreenEngine engine = opened();
    assertThat(engine.current().plainText()).contains("Hello");

    engine.select("size", "l");

    assertThat(engine.current().plainText()).contains("l").doesNotContain("Hello");
  }

  @Test
  void a_response_refreshing_the_screen_shows_its_data_and_message_and_leaves_the_body_as_given() {
    ScreenEngine engine = opened();
    engine.fill("name", "Ada");
    assertThat(engine.tapFooter()).isInstanceOf(ScreenStep.DataExchange.class);
    JsonNode body = ScreenFlows.json("{\"screen\": \"FORM\", \"data\": {\"greeting\": \"Again\", "
        + "\"error_message\": \"Try later\"}}");
    JsonNode before = body.deepCopy();

    assertThat(engine.acceptResponse(body)).isInstanceOf(ScreenStep.Refreshed.class);

    assertThat(engine.current().plainText()).contains("Again").doesNotContain("Hello");
    assertThat(engine.current().errorMessage()).contains("Try later");
    assertThat(body).isEqualTo(before);
  }

  @Test
  void a_response_to_another_screen_and_back_each_show_their_screen() {
    ScreenEngine engine = opened();
    engine.fill("name", "Ada");
    engine.tapFooter();
    engine.acceptResponse(ScreenFlows.json("{\"screen\": \"NEXT\", \"data\": {\"who\": \"Grace\"}}"));
    assertThat(engine.current().id()).isEqualTo("NEXT");
    assertThat(engine.current().plainText()).contains("Grace");

    engine.back();

    assertThat(engine.current().id()).isEqualTo("FORM");
    assertThat(engine.current().component("name").orElseThrow().valueText()).contains("Ada");
  }
}
