package dev.flowkit.validation;

import static dev.flowkit.validation.TestFlows.FOOTER;
import static dev.flowkit.validation.TestFlows.errors;
import static dev.flowkit.validation.TestFlows.inForm;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Form init-values and error-messages (spec/flow-json.md sections 5.1 and 7.6). */
class FormRulesTest {

  private static final String TEXT = "{\"type\": \"TextInput\", \"name\": \"city\", \"label\": \"City\"}";
  private static final String CHECKBOXES = "{\"type\": \"CheckboxGroup\", \"name\": \"tags\", \"label\": \"Tags\", "
      + "\"data-source\": [{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"title\": \"B\"}]}";
  private static final String OPT_IN = "{\"type\": \"OptIn\", \"name\": \"agree\", \"label\": \"I agree\"}";
  private static final String PHOTO = "{\"type\": \"PhotoPicker\", \"name\": \"photo\", \"label\": \"Photo\"}";

  @Test
  void fitting_init_values_and_error_messages_are_fine() {
    String properties = "\"init-values\": {\"city\": \"Rome\", \"tags\": [\"a\"], \"agree\": true}, "
        + "\"error-messages\": {\"city\": \"Unknown city\"}";

    assertThat(errors(inForm("7.3", properties, TEXT, CHECKBOXES, OPT_IN, FOOTER))).isEmpty();
  }

  @Test
  void a_picker_gets_no_initial_value_in_any_version() {
    String properties = "\"init-values\": {\"photo\": \"x\", \"city\": \"Rome\"}";
    String expected = "NATIVE_COMPONENT_IN_FORM_INIT_VALUES: Property 'init-values'  should not contain value for "
        + "components: [PhotoPicker]. @ screens[0].layout.children[0].init-values";

    assertThat(errors(inForm("7.3", properties, TEXT, PHOTO, FOOTER))).containsExactly(expected);
    assertThat(errors(inForm("4.0", properties, TEXT, PHOTO, FOOTER))).containsExactly(expected);
  }

  @Test
  void from_7_0_keys_name_components_of_the_form() {
    String properties = "\"init-values\": {\"town\": \"Rome\"}, \"error-messages\": {\"town\": \"No\"}";

    assertThat(errors(inForm("7.0", properties, TEXT, FOOTER))).containsExactly(
        "INVALID_PROPERTY_VALUE: The property 'town' is declared but not used in the init-values'. @ "
            + "screens[0].layout.children[0].init-values.town",
        "INVALID_PROPERTY_VALUE: The property 'town' is declared but not used in the error-messages'. @ "
            + "screens[0].layout.children[0].error-messages.town");
    assertThat(errors(inForm("6.3", properties, TEXT, FOOTER))).isEmpty();
  }

  @Test
  void from_7_0_values_have_the_type_of_their_component() {
    String properties = "\"init-values\": {\"city\": 3, \"tags\": \"a\", \"agree\": \"yes\"}, "
        + "\"error-messages\": {\"city\": [\"No\"]}";

    assertThat(errors(inForm("7.1", properties, TEXT, CHECKBOXES, OPT_IN, FOOTER))).containsExactly(
        "INVALID_PROPERTY_VALUE: Expected property 'city' to be of type 'string' but found 'integer'. @ "
            + "screens[0].layout.children[0].init-values.city",
        "INVALID_PROPERTY_VALUE: Expected property 'tags' to be of type 'array' but found 'string'. @ "
            + "screens[0].layout.children[0].init-values.tags",
        "INVALID_PROPERTY_VALUE: Expected property 'agree' to be of type 'boolean' but found 'string'. @ "
            + "screens[0].layout.children[0].init-values.agree",
        "INVALID_PROPERTY_VALUE: Expected property 'city' to be of type 'string' but found 'array'. @ "
            + "screens[0].layout.children[0].error-messages.city");
    assertThat(errors(inForm("6.3", properties, TEXT, CHECKBOXES, OPT_IN, FOOTER))).isEmpty();
  }

  @Test
  void bound_values_and_a_range_calendar_object_are_fine() {
    String calendar = "{\"type\": \"CalendarPicker\", \"name\": \"stay\", \"mode\": \"range\", \"label\": "
        + "{\"start-date\": \"From\", \"end-date\": \"To\"}}";
    String properties = "\"init-values\": {\"tags\": \"${data.tags}\", \"stay\": {\"start-date\": \"2025-01-01\", "
        + "\"end-date\": \"2025-01-03\"}}";
    String flow = inForm("7.3", properties, CHECKBOXES, calendar, FOOTER).replace("\"terminal\": true,",
        "\"terminal\": true, \"data\": {\"tags\": {\"type\": \"array\", \"items\": {\"type\": \"string\"}, "
            + "\"__example__\": [\"a\"]}},");

    assertThat(errors(flow)).isEmpty();
    assertThat(errors(flow.replace("\"stay\": {\"start-date\": \"2025-01-01\", \"end-date\": \"2025-01-03\"}",
        "\"stay\": \"2025-01-01\""))).containsExactly("INVALID_PROPERTY_VALUE: Expected property 'stay' to be of type "
        + "'object' but found 'string'. @ screens[0].layout.children[0].init-values.stay");
  }
}
