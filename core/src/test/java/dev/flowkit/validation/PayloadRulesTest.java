package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Navigate payloads against the next screen's data model (section 6.2) and update_data payloads (section 6.5). */
class PayloadRulesTest {

  private static String flow(String version, String payload) {
    return """
        {"version": "%s", "screens": [
          {"id": "A", "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "B"}%s}}]}},
          {"id": "B", "terminal": true, "data": {"name": {"type": "string", "__example__": "Ada"},
                                                 "age": {"type": "integer", "__example__": 30}},
           "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """.formatted(version, payload.isEmpty() ? "" : ", \"payload\": " + payload);
  }

  private static List<String> errors(String flow) {
    return FlowJsonValidator.validate(flow).errors().stream()
        .map(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path()).toList();
  }

  private static final String AT = " @ screens[0].layout.children[0].on-click-action";

  @Test
  void a_payload_that_fits_the_next_screen() {
    assertThat(errors(flow("7.3", "{\"name\": \"Ada\", \"age\": 30}"))).isEmpty();
  }

  @Test
  void the_next_screen_needs_a_payload_for_its_data() {
    assertThat(errors(flow("7.3", ""))).containsExactly(
        "MISSING_NAVIGATION_ACTION_PAYLOAD: Property 'payload' is required when the next screen's data model is not "
            + "empty." + AT);
  }

  @Test
  void unknown_fields_one_error_each_from_6_0_one_list_before() {
    assertThat(errors(flow("7.2", "{\"name\": \"Ada\", \"age\": 30, \"city\": \"Rome\", \"zip\": \"1\"}"))).containsExactly(
        "INVALID_NAVIGATE_ACTION_PAYLOAD: The payload field 'city' on screen 'A' is missing in the data model of screen "
            + "'B'." + AT + ".payload.city",
        "INVALID_NAVIGATE_ACTION_PAYLOAD: The payload field 'zip' on screen 'A' is missing in the data model of screen "
            + "'B'." + AT + ".payload.zip");
    assertThat(errors(flow("5.1", "{\"name\": \"Ada\", \"age\": 30, \"city\": \"Rome\"}"))).containsExactly(
        "INVALID_NAVIGATE_ACTION_PAYLOAD: Following fields are missing in the next screen's data model: [city]." + AT
            + ".payload");
  }

  @Test
  void missing_declared_fields_matter_in_5_x_and_from_7_3_only() {
    String partial = "{\"name\": \"Ada\"}";
    String expected = "INVALID_NAVIGATE_ACTION_PAYLOAD: Following fields are expected in the next screen's data model but "
        + "missing in payload: [age]." + AT + ".payload";

    assertThat(errors(flow("7.3", partial))).containsExactly(expected);
    assertThat(errors(flow("5.1", partial))).containsExactly(expected);
    assertThat(errors(flow("7.2", partial))).isEmpty();
    assertThat(errors(flow("6.0", partial))).isEmpty();
  }

  @Test
  void update_data_fits_the_current_screen_and_does_not_update_a_key_with_itself() {
    String flow = """
        {"version": "7.3", "screens": [{"id": "DONE", "terminal": true,
          "data": {"visible": {"type": "boolean", "__example__": true}},
          "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "OptIn", "name": "o", "label": "Show", "on-select-action": {"name": "update_data",
              "payload": {"visible": "${data.visible}", "colour": "red"}}},
            {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """;

    assertThat(errors(flow)).containsExactly(
        "INVALID_UPDATE_DATA_ACTION_PAYLOAD: Attempting to update a key with its own value is redundant and not "
            + "allowed. @ screens[0].layout.children[0].on-select-action.payload.visible",
        "INVALID_UPDATE_DATA_ACTION_PAYLOAD: Following fields are missing in the screen 'DONE' data model: [colour]. @ "
            + "screens[0].layout.children[0].on-select-action.payload");
  }

  @Test
  void on_select_action_on_a_component_and_its_items() {
    String flow = """
        {"version": "7.3", "data_api_version": "3.0", "routing_model": {}, "screens": [{"id": "DONE", "terminal": true,
          "data": {"x": {"type": "boolean", "__example__": true}},
          "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "RadioButtonsGroup", "name": "r", "label": "Pick",
             "on-select-action": {"name": "data_exchange", "payload": {}},
             "data-source": [{"id": "a", "title": "A", "on-select-action": {"name": "update_data", "payload": {"x": false}}}]},
            {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """;

    assertThat(errors(flow)).containsExactly(
        "INVALID_UPDATE_DATA_ACTION_PAYLOAD: The 'on-select-action' property cannot be used at both the component and "
            + "data-source levels. @ screens[0].layout.children[0].on-select-action");
  }

  @Test
  void literal_values_have_the_type_of_the_field_they_fill() {
    assertThat(errors(flow("7.3", "{\"name\": 5, \"age\": null}"))).containsExactly(
        "INVALID_NAVIGATE_ACTION_STATIC_DATA: Schema of payload data at 'name' on screen 'A' is not matching with "
            + "schema of data model field on screen 'B'. Property is expecting 'string' but got integer." + AT
            + ".payload.name",
        "INVALID_NAVIGATE_ACTION_STATIC_DATA: Schema of payload data at 'age' on screen 'A' is not matching with "
            + "schema of data model field on screen 'B'. Property is expecting 'integer' but got null." + AT
            + ".payload.age");
    assertThat(errors(flow("7.3", "{\"name\": \"Hi ${screen.B.data.name}\", \"age\": 30}"))).isEmpty();
  }

  @Test
  void bound_values_have_the_type_of_the_field_they_fill() {
    String flow = """
        {"version": "7.3", "screens": [
          {"id": "A", "data": {"price": {"type": "number", "__example__": 1.5}, "n": {"type": "integer", "__example__": 1}},
           "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "TextInput", "name": "who", "label": "Who"},
            {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "B"},
             "payload": %s}}]}},
          {"id": "B", "terminal": true, "data": {"name": {"type": "string", "__example__": "Ada"},
                                                 "total": {"type": "number", "__example__": 2.5}},
           "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """;
    assertThat(errors(flow.formatted("{\"name\": \"${form.who}\", \"total\": \"${data.n}\"}"))).isEmpty();
    assertThat(errors(flow.formatted("{\"name\": \"`'Total ' ${data.price}`\", \"total\": \"`${data.price} + 2`\"}"))).isEmpty();
    assertThat(errors(flow.formatted("{\"name\": \"${form.who}\", \"total\": \"${form.who}\"}"))).containsExactly(
        "INVALID_NAVIGATE_ACTION_PAYLOAD: Schema of dynamic data '${form.who}' is not matching schema of data model "
            + "field 'total' on screen 'B'. Property is expecting 'number' but got 'string'. @ screens[0].layout."
            + "children[1].on-click-action.payload.total");
  }

  @Test
  void a_literal_object_carries_every_property_its_field_declares_where_payloads_must_be_complete() {
    String flow = """
        {"version": "%s", "screens": [
          {"id": "A", "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "B"},
             "payload": {"addr": {"city": "Oslo"}}}}]}},
          {"id": "B", "terminal": true, "data": {"addr": {"type": "object", "properties": {"city": {"type": "string"},
             "zip": {"type": "string"}}, "__example__": {"city": "Rome", "zip": "00100"}}},
           "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """;
    assertThat(errors(flow.formatted("7.2"))).isEmpty();
    assertThat(errors(flow.formatted("7.3"))).containsExactly(
        "INVALID_NAVIGATE_ACTION_PAYLOAD: Fields '[zip]' are missing in payload of screen 'A', but expected in data "
            + "model of screen 'B'." + AT + ".payload.addr");
  }
}
