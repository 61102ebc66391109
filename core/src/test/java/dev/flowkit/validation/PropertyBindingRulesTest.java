package dev.flowkit.validation;

import static dev.flowkit.validation.BindingFlows.AT;
import static dev.flowkit.validation.BindingFlows.DONE;
import static dev.flowkit.validation.BindingFlows.errors;
import static dev.flowkit.validation.BindingFlows.flow;
import static dev.flowkit.validation.BindingFlows.single;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Bindings in titles, component properties, conditions and Switch values (sections 7.1 to 7.3). */
class PropertyBindingRulesTest {

  private static final String DYNAMIC = "INVALID_SCREEN_DYNAMIC_DATA: ";

  private static String heading(String text) {
    return "{\"type\": \"TextHeading\", \"text\": \"" + text + "\"}";
  }

  @Test
  void bindings_that_resolve_and_fit_their_properties_are_fine() {
    assertThat(errors(flow("7.3", "\"${data.name}\"", """
        {"type": "TextHeading", "text": "${data.addr.city}", "visible": "${data.flag}"},
        {"type": "TextBody", "text": "Hi ${data.name}, from ${screen.LAST.data.note} ${screen.LAST.form.email}"},
        {"type": "TextInput", "name": "code", "label": "${form.city}", "max-chars": "${data.count}"},
        {"type": "Dropdown", "name": "pick", "label": "Pick", "data-source": "${data.options}"},
        {"type": "If", "condition": "${data.flag} && ${data.count} > 1", "then": [{"type": "TextBody", "text": "x"}]},
        {"type": "Switch", "value": "${data.count}", "cases": {"a": [{"type": "TextBody", "text": "x"}]}}
        """))).isEmpty();
  }

  @Test
  void an_undeclared_data_field_or_input_is_missing() {
    assertThat(errors(flow(heading("${data.nope}") + "," + heading("${form.nope}")))).containsExactly(
        DYNAMIC + "Missing dynamic data '${data.nope}' in the screen data model." + AT + "text",
        DYNAMIC + "Missing dynamic data '${form.nope}' in the screen data model."
            + " @ screens[0].layout.children[0].children[2].text");
  }

  @Test
  void a_path_below_a_field_must_be_declared_in_its_properties() {
    assertThat(errors(flow(heading("${data.addr.zip}")))).containsExactly(DYNAMIC + "${data.addr.zip} defined for "
        + "screen 'FIRST' TextHeading property 'text' is invalid as its schema is missing in the data model." + AT
        + "text");
    assertThat(errors(flow(heading("${data.name.first}")))).containsExactly(DYNAMIC + "${data.name.first} defined for "
        + "screen 'FIRST' TextHeading property 'text' is invalid as its schema is missing in the data model." + AT
        + "text");
  }

  @Test
  void a_path_may_not_step_into_an_array() {
    assertThat(errors(flow(heading("${data.options.title}")))).containsExactly(DYNAMIC + "${data.options.title} on "
        + "screen 'FIRST' for TextHeading property 'text' is invalid as 'options' is defined in an array schema in the "
        + "data model." + AT + "text");
    assertThat(errors(flow(heading("${data.options.0.title}")))).hasSize(1);
  }

  @Test
  void a_global_reference_names_another_existing_screen_and_a_declared_path() {
    assertThat(errors(flow(heading("${screen.FIRST.data.name}")))).containsExactly(DYNAMIC + "Global dynamic data "
        + "'${screen.FIRST.data.name}' used on screen 'FIRST' for TextHeading property 'text' is invalid since screen "
        + "'FIRST' represents current screen. Convert expression to local referencing of the form ${data.name}." + AT
        + "text");
    assertThat(errors(flow(heading("${screen.NOWHERE.data.x}")))).containsExactly(DYNAMIC + "Global dynamic data "
        + "'${screen.NOWHERE.data.x}' used on screen 'FIRST' for TextHeading property 'text' is invalid since screen "
        + "'NOWHERE' is missing in the Flow JSON." + AT + "text");
    assertThat(errors(flow(heading("${screen.LAST.data.nope}") + "," + heading("${screen.LAST.form.nope}"))))
        .containsExactly("INVALID_SCREEN_DATA: Global Dynamic data '${screen.LAST.data.nope}' on screen LAST does not "
            + "exist, but is used on screen FIRST." + AT + "text",
            "INVALID_SCREEN_DATA: Global Dynamic data '${screen.LAST.form.nope}' on screen LAST does not "
            + "exist, but is used on screen FIRST. @ screens[0].layout.children[0].children[2].text");
  }

  @Test
  void a_form_binding_needs_a_component_that_holds_a_value() {
    assertThat(errors(flow(heading("${form.details}")))).containsExactly(
        DYNAMIC + "Value of 'Form' component cannot be used in form binding." + AT + "text");
  }

  @Test
  void a_bound_value_has_the_type_its_property_needs() {
    assertThat(errors(flow("""
        {"type": "TextHeading", "text": "${data.count}", "visible": "${data.name}"},
        {"type": "TextInput", "name": "code", "label": "Code", "max-chars": "${data.price}", "required": "${form.city}"}
        """))).containsExactly(
        DYNAMIC + "Expected '/screens/0/layout/children/0/children/1/text' to be of type 'string'." + AT + "text",
        DYNAMIC + "Expected '/screens/0/layout/children/0/children/1/visible' to be of type 'boolean'." + AT
            + "visible",
        DYNAMIC + "Expected '/screens/0/layout/children/0/children/2/max-chars' to be of type 'integer'."
            + " @ screens[0].layout.children[0].children[2].max-chars",
        DYNAMIC + "Expected '/screens/0/layout/children/0/children/2/required' to be of type 'boolean'."
            + " @ screens[0].layout.children[0].children[2].required");
  }

  @Test
  void form_bindings_take_the_type_of_their_component() {
    assertThat(errors(flow("""
        {"type": "TextInput", "name": "age", "label": "Age", "input-type": "number"},
        {"type": "OptIn", "name": "ok", "label": "OK"},
        {"type": "CheckboxGroup", "name": "many", "label": "Many", "data-source": [{"id": "a", "title": "A"}]},
        {"type": "TextHeading", "text": "${form.city}", "visible": "${form.ok}"},
        {"type": "TextCaption", "text": "x", "visible": "`${form.age} > 18`"},
        {"type": "TextBody", "text": "${form.many}", "visible": "`${form.city} > 18`"}
        """))).containsExactly(
        DYNAMIC + "Expected '/screens/0/layout/children/0/children/6/text' to be of type 'string'."
            + " @ screens[0].layout.children[0].children[6].text",
        "INVALID_PROPERTY_VALUE: Error while parsing dynamic expression \"`${form.city} > 18`\". Operation '>' can "
            + "only be used with numbers. @ screens[0].layout.children[0].children[6].visible");
  }

  @Test
  void an_integer_fits_a_number_property() {
    assertThat(errors(flow("{\"type\": \"Image\", \"src\": \"${data.name}\", \"aspect-ratio\": \"${data.count}\"}")))
        .isEmpty();
  }

  @Test
  void interpolation_is_a_string() {
    assertThat(errors(flow("5.0", "\"First\"", "{\"type\": \"TextHeading\", \"text\": \"x\", \"visible\": "
        + "\"${data.flag} and more\"}"))).containsExactly(
        DYNAMIC + "Expected '/screens/0/layout/children/0/children/1/visible' to be of type 'boolean'." + AT
            + "visible");
  }

  @Test
  void bound_options_declare_the_properties_of_their_items() {
    assertThat(errors(flow("{\"type\": \"Dropdown\", \"name\": \"pick\", \"label\": \"Pick\", \"data-source\": "
        + "\"${data.tags}\"}"))).containsExactly(
        DYNAMIC + "Data model schema is invalid for '${data.tags}'. Missing schema for id." + AT + "data-source",
        DYNAMIC + "Data model schema is invalid for '${data.tags}'. Missing schema for title." + AT + "data-source");
    assertThat(errors(flow("{\"type\": \"Dropdown\", \"name\": \"pick\", \"label\": \"Pick\", \"data-source\": "
        + "\"${data.addr}\"}"))).containsExactly(
        DYNAMIC + "Expected '/screens/0/layout/children/0/children/1/data-source' to be of type 'array'." + AT
            + "data-source");
  }

  @Test
  void form_init_values_bind_an_object_and_calendar_labels_a_string_or_an_object() {
    String flow = single("7.3", "\"name\": {\"type\": \"string\", \"__example__\": \"x\"}, "
        + "\"flag\": {\"type\": \"boolean\", \"__example__\": true}", """
        {"type": "Form", "name": "f", "init-values": "${data.name}", "children": [
          {"type": "CalendarPicker", "name": "when", "label": "${data.flag}"}, %s]}""".formatted(DONE));
    assertThat(errors(flow)).containsExactly(
        DYNAMIC + "Expected '/screens/0/layout/children/0/init-values' to be of type 'object'."
            + " @ screens[0].layout.children[0].init-values",
        DYNAMIC + "Expected '/screens/0/layout/children/0/children/0/label' to be of one of these types: "
            + "[string, object]. @ screens[0].layout.children[0].children[0].label");
  }

  @Test
  void strings_nested_in_properties_are_checked_too() {
    assertThat(errors(flow("{\"type\": \"Dropdown\", \"name\": \"pick\", \"label\": \"Pick\", \"data-source\": "
        + "[{\"id\": \"a\", \"title\": \"${data.nope}\"}]}"))).containsExactly(
        DYNAMIC + "Missing dynamic data '${data.nope}' in the screen data model." + AT + "data-source[0].title");
  }

  @Test
  void titles_conditions_and_switch_values_are_checked() {
    assertThat(errors(flow("7.3", "\"${data.count}\"", """
        {"type": "If", "condition": "${data.flag} && ${data.nope}", "then": [{"type": "TextBody", "text": "x"}]},
        {"type": "Switch", "value": "${form.nope}", "cases": {"a": [{"type": "TextBody", "text": "x"}]}}
        """))).containsExactly(
        DYNAMIC + "Expected '/screens/0/title' to be of type 'string'. @ screens[0].title",
        DYNAMIC + "Missing dynamic data '${data.nope}' in the screen data model." + AT + "condition",
        DYNAMIC + "Missing dynamic data '${form.nope}' in the screen data model."
            + " @ screens[0].layout.children[0].children[2].value");
  }

  @Test
  void text_array_items_are_static_but_may_be_expressions() {
    assertThat(errors(flow("{\"type\": \"TextBody\", \"text\": [\"Static\", \"${data.name}\", \"Hi ${data.name}\", "
        + "\"`'Hi ' ${data.name}`\"]}"))).containsExactly(
        "INVALID_TEXT_DYNAMIC_DATA: Every item of the array in the 'text' property of TextBody on the screen 'FIRST' "
            + "should be a static string." + AT + "text[1]");
    assertThat(FlowJsonValidator.validate(flow("{\"type\": \"TextCaption\", \"text\": [\"${data.name}\", "
        + "\"${data.flag}\"]}")).errors().get(0).pointers()).hasSize(2);
  }

  @Test
  void rich_text_takes_a_whole_binding_but_no_interpolation() {
    String data = "\"body\": {\"type\": \"string\", \"__example__\": \"x\"}";
    assertThat(errors(single("7.3", data, "{\"type\": \"RichText\", \"text\": \"${data.body}\"}, " + DONE))).isEmpty();
    assertThat(errors(single("7.3", data, "{\"type\": \"RichText\", \"text\": \"# Terms\\n${data.body}\"}, " + DONE)))
        .containsExactly(
        "INVALID_TEXT_DYNAMIC_DATA: String interpolation is not supported by RichText component."
            + " @ screens[0].layout.children[0].text");
  }

  @Test
  void up_to_3_1_component_properties_bind_data_only() {
    String data = "\"name\": {\"type\": \"string\", \"__example__\": \"x\"}";
    String children = """
        {"type": "Form", "name": "f", "children": [
          {"type": "TextInput", "name": "x", "label": "${data.name}"},
          {"type": "TextBody", "text": "${form.x}"},
          {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete", "payload": {"x": "${form.x}"}}}]}""";
    assertThat(errors(single("3.1", data, children))).containsExactly("PATTERN_MISMATCH: Property text should have dynamic "
        + "data format of the form ${data.your_value}. @ screens[0].layout.children[0].children[1].text");
    assertThat(errors(single("4.0", data, children))).isEmpty();
  }

  @Test
  void payload_bindings_keep_their_own_code_only() {
    assertThat(errors(flow("7.3", "\"First\"", heading("x")).replace("\"payload\": {\"note\": \"x\"}",
        "\"payload\": {\"note\": \"${data.nope}\"}"))).containsExactly(
        "INVALID_ON_CLICK_ACTION_PAYLOAD: Missing dynamic data '${data.nope}' in the data model for screen FIRST."
            + " @ screens[0].layout.children[1].on-click-action.payload.note");
  }
}
