package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Where the action walk finds actions and what it says they are: the pointer of each action stays right after
 * deeper actions were visited before it, and the data_exchange look-up finds actions at any depth but not the word
 * elsewhere.
 */
class ActionWalkTest {

  private static List<String> errors(String flow) {
    return FlowJsonValidator.validate(flow).errors().stream()
        .map(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path()).toList();
  }

  @Test
  void each_action_gets_its_own_pointer_after_deeper_ones() {
    String flow = """
        {"version": "7.3", "screens": [
          {"id": "FIRST", "data": {"size": {"type": "string", "__example__": "M"}},
           "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Form", "name": "form", "children": [
              {"type": "Dropdown", "name": "size", "label": "Size", "data-source": [
                {"id": "s", "title": "Small"},
                {"id": "m", "title": "Medium", "on-select-action": {"name": "update_data", "payload": {"colour": "red"}}}]},
              {"type": "If", "condition": "${form.size} == 'm'", "then": [{"type": "TextBody", "text": "Sized"}],
               "else": [{"type": "EmbeddedLink", "text": "Help", "on-click-action": {"name": "navigate",
                 "next": {"type": "screen", "name": "NOWHERE"}}}]},
              {"type": "Footer", "label": "Next", "on-click-action": {"name": "complete"}}]}]}},
          {"id": "LAST", "terminal": true, "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """;

    assertThat(errors(flow)).containsExactly(
        "INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME: Unknown screen ids found: [NOWHERE]. @ "
            + "screens[0].layout.children[0].children[1].else[0].on-click-action.next.name",
        "INVALID_COMPLETE_ACTION: On-click-action 'complete' can only be configured on a terminal screen. @ "
            + "screens[0].layout.children[0].children[2].on-click-action.name",
        "INVALID_UPDATE_DATA_ACTION_PAYLOAD: Following fields are missing in the screen 'FIRST' data model: [colour]. @ "
            + "screens[0].layout.children[0].children[0].data-source[1].on-select-action.payload",
        "INVALID_ROUTING_MODEL: Following screens are not connected with the rest of the screens via navigate screen "
            + "action: [LAST]. All screens should be connected. @ screens");
  }

  @Test
  void a_data_exchange_deep_in_a_branch_needs_a_data_api_version() {
    String flow = """
        {"version": "7.3", "screens": [
          {"id": "ONLY", "terminal": true, "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Form", "name": "form", "children": [
              {"type": "OptIn", "name": "agree", "label": "Agree"},
              {"type": "If", "condition": "${form.agree}",
               "then": [{"type": "Dropdown", "name": "slot", "label": "Slot", "data-source": [{"id": "a", "title": "A"}],
                         "on-select-action": {"name": "data_exchange", "payload": {"slot": "${form.slot}"}}}],
               "else": [{"type": "TextBody", "text": "data_exchange"}]},
              {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}]}}]}
        """;

    assertThat(errors(flow)).containsExactly(
        "MISSING_REQUIRED_PROPERTY: The property 'data_api_version' is required for data_exchange action. @ ");
    assertThat(errors(flow.replace("\"name\": \"data_exchange\"", "\"name\": \"update_data\""))).doesNotContain(
        "MISSING_REQUIRED_PROPERTY: The property 'data_api_version' is required for data_exchange action. @ ");
  }

  @Test
  void on_select_at_both_levels_is_found_in_a_branch_and_pointed_at() {
    String flow = """
        {"version": "7.3", "screens": [
          {"id": "ONLY", "terminal": true, "data": {"size": {"type": "string", "__example__": "a"}},
           "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Form", "name": "form", "children": [
              {"type": "OptIn", "name": "agree", "label": "Agree"},
              {"type": "If", "condition": "${form.agree}",
               "then": [{"type": "Dropdown", "name": "size", "label": "Size",
                         "data-source": [{"id": "a", "title": "A",
                           "on-select-action": {"name": "update_data", "payload": {"size": "a"}}}],
                         "on-select-action": {"name": "update_data", "payload": {"size": "b"}}}],
               "else": [{"type": "TextBody", "text": "No size"}]},
              {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}]}}]}
        """;

    assertThat(errors(flow)).containsExactly(
        "INVALID_UPDATE_DATA_ACTION_PAYLOAD: The 'on-select-action' property cannot be used at both the component and "
            + "data-source levels. @ screens[0].layout.children[0].children[1].then[0].on-select-action");
  }

  @Test
  void an_action_shaped_example_in_a_data_model_is_no_action() {
    String flow = """
        {"version": "7.3", "screens": [{"id": "ONLY", "terminal": true,
          "data": {"offer": {"type": "object", "properties": {"on-click-action": {"type": "object",
                   "properties": {"name": {"type": "string"}}}},
                   "__example__": {"on-click-action": {"name": "data_exchange"}}}},
          "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """;
    assertThat(errors(flow)).isEmpty();
  }
}
