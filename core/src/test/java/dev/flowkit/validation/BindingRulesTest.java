package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Bindings in action payloads (section 6.6). */
class BindingRulesTest {

  private static List<String> errors(String payload) {
    return errors("7.3", payload);
  }

  private static List<String> errors(String version, String payload) {
    String flow = """
        {"version": "%s", "screens": [{"id": "DONE", "terminal": true,
          "data": {"greeting": {"type": "string", "__example__": "hi"}},
          "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "Form", "name": "details", "children": [
              {"type": "TextInput", "name": "email", "label": "Email"},
              {"type": "TextHeading", "text": "Title"},
              {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete", "payload": %s}}]}]}}]}
        """.formatted(version, payload);
    return FlowJsonValidator.validate(flow).errors().stream()
        .map(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path()).toList();
  }

  private static final String AT = " @ screens[0].layout.children[0].children[2].on-click-action.payload.";

  @Test
  void declared_data_and_input_components_are_fine() {
    assertThat(errors("{\"a\": \"${data.greeting}\", \"b\": \"${form.email}\", \"c\": \"`'x' ${form.email}`\"}")).isEmpty();
  }

  @Test
  void undeclared_data_is_reported() {
    assertThat(errors("{\"a\": \"${data.farewell}\"}")).containsExactly(
        "INVALID_ON_CLICK_ACTION_PAYLOAD: Missing dynamic data '${data.farewell}' in the data model for screen DONE." + AT + "a");
  }

  @Test
  void form_bindings_must_name_an_input_of_the_screen() {
    assertThat(errors("{\"a\": \"${form.phone}\", \"b\": \"${form.details}\", \"c\": {\"nested\": [\"Hi ${form.email}\"]}}"))
        .containsExactly(
            "INVALID_ON_CLICK_ACTION_PAYLOAD: Missing Form component ${form.phone} for screen 'DONE'." + AT + "a",
            "INVALID_ON_CLICK_ACTION_PAYLOAD: Value of 'Form' component cannot be used in form binding." + AT + "b");
  }

  @Test
  void a_global_reference_must_name_an_existing_screen() {
    assertThat(errors("{\"a\": \"${screen.LOGIN.form.email}\"}")).containsExactly(
        "INVALID_ON_CLICK_ACTION_PAYLOAD: The screen id 'LOGIN' referenced in the dynamic binding expression "
            + "'${screen.LOGIN.form.email}' does not exist." + AT + "a");
  }

  @Test
  void bindings_inside_expressions_are_checked_too() {
    assertThat(errors("{\"a\": \"`${form.missing} ' and ' ${data.greeting}`\"}")).containsExactly(
        "INVALID_ON_CLICK_ACTION_PAYLOAD: Missing Form component ${form.missing} for screen 'DONE'." + AT + "a");
  }

  @Test
  void data_read_by_a_nested_expression_is_checked_from_7_2() {
    String payload = "{\"a\": \"`'Dear ' ${data.farewell}`\"}";
    assertThat(errors("7.1", payload)).isEmpty();
    assertThat(errors("7.2", payload)).containsExactly(
        "INVALID_ACTION_PAYLOAD_PROPERTY: The following property 'farewell' does not exist in the screen data model."
            + AT + "a");
  }

  @Test
  void global_references_in_payloads_need_4_0() {
    String payload = "{\"a\": \"${screen.DONE.data.greeting}\"}";
    assertThat(errors("3.1", payload)).containsExactly(
        "INVALID_ON_CLICK_ACTION_PAYLOAD: Invalid value found for the property 'a'." + AT + "a");
  }
}
