package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * One invalid flow per rule implemented so far, each asserting Meta's code, message, path and range. Ranges are
 * checked on the pretty-printed text given and, through {@link #compactly}, on the same flow written compactly.
 */
class ValidationRulesTest {

  private static final String TERMINAL = """
      {"id": "DONE", "title": "Done", "terminal": true, "layout": {"type": "SingleColumnLayout", "children": [
        {"type": "Footer", "label": "Finish", "on-click-action": {"name": "complete", "payload": {}}}]}}""";

  @Test
  void text_that_is_not_json() {
    ValidationError e = only(FlowJsonValidator.validate("{\n  \"version\": \"7.3\",\n  \"screens\": [\n}"));

    assertError(e, "INVALID_FLOW_JSON", "Flow JSON is not valid.", "");
    assertThat(List.of(e.lineStart(), e.columnStart())).containsExactly(4, 1);
  }

  @Test
  void a_missing_version_points_at_the_document() {
    String flow = "{\n  \"screens\": [" + TERMINAL + "]\n}";
    ValidationError e = only(FlowJsonValidator.validate(flow));

    assertError(e, "MISSING_FLOW_JSON_VERSION", "Flow JSON version is not specified.", "");
    assertSpan(e, 1, 1, 4, 2); // the whole document: "{" on line 1 to "}" on line 4
  }

  @Test
  void a_version_that_is_a_number_or_unknown() {
    String number = "{\"version\": 7.3, \"screens\": [" + TERMINAL + "]}";
    ValidationError typed = only(FlowJsonValidator.validate(number));
    assertError(typed, "INVALID_PROPERTY_TYPE", "Expected property 'version' to be of type 'string' but found 'number'.",
        "version");
    assertSpan(typed, 1, 13, 1, 16);

    String unknown = "{\"version\": \"7.4\", \"screens\": [" + TERMINAL + "]}";
    ValidationError e = only(FlowJsonValidator.validate(unknown));
    assertError(e, "INVALID_FLOW_JSON_VERSION", "Invalid Flow JSON version.", "version");
    assertSpan(e, 1, 13, 1, 18);
  }

  @Test
  void frozen_versions_are_still_valid_flow_json() {
    assertThat(FlowJsonValidator.validate("{\"version\": \"2.1\", \"screens\": [" + TERMINAL + "]}").isValid()).isTrue();
  }

  @Test
  void data_channel_uri_after_3_0_is_reported_at_its_key() {
    String flow = """
        {
          "version": "3.0",
          "data_channel_uri": "https://example.com/flow",
          "screens": [%s]
        }""".formatted(TERMINAL);
    ValidationError e = only(FlowJsonValidator.validate(flow));

    assertError(e, "INVALID_PROPERTY_KEY", "Property 'data_channel_uri' is no longer supported in Flow JSON as of version "
        + "'3.0'. Please configure your endpoint URI using Flows API or Builder. Refer Flows documentation at "
        + "'/docs/whatsapp/flows' for more information.", "data_channel_uri");
    assertSpan(e, 3, 3, 3, 21);
    assertThat(FlowJsonValidator.validate(flow.replace("\"3.0\"", "\"2.1\"")).isValid()).isTrue();
  }

  @Test
  void data_exchange_needs_data_api_version_which_needs_a_routing_model() {
    String noApi = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"complete\"", "\"data_exchange\"") + "]}";
    ValidationResult result = FlowJsonValidator.validate(noApi);
    assertError(result.errors().get(0), "MISSING_REQUIRED_PROPERTY",
        "The property 'data_api_version' is required for data_exchange action.", "");
    // And from 7.3 a terminal Footer without an endpoint must complete.
    assertError(result.errors().get(1), "INVALID_PROPERTY_VALUE",
        "Invalid value found for property 'name'. Expected 'complete'.", "screens[0].layout.children[0].on-click-action.name");
    assertThat(result.errors()).hasSize(2);

    String noRoutes = "{\"version\": \"7.3\", \"data_api_version\": \"3.0\", \"screens\": [" + TERMINAL + "]}";
    assertError(only(FlowJsonValidator.validate(noRoutes)), "MISSING_REQUIRED_PROPERTY",
        "The property 'routing_model' is required for property 'data_api_version'.", "");
  }

  @Test
  void refresh_on_back_needs_data_api_version() {
    String flow = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"terminal\": true", "\"terminal\": true, \"refresh_on_back\": true") + "]}";
    ValidationError e = only(FlowJsonValidator.validate(flow));

    assertError(e, "INVALID_PROPERTY_VALUE", "Property 'refresh_on_back' can be true only when property "
        + "'data_api_version' is set.", "screens[0].refresh_on_back");
    assertCovers(flow, e, "true");
  }

  @Test
  void duplicate_screen_ids_merge_into_one_error_with_every_location() {
    String flow = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL + ",\n" + TERMINAL + ",\n" + TERMINAL + "]}";
    ValidationError e = only(FlowJsonValidator.validate(flow));

    assertThat(e.error()).isEqualTo("DUPLICATE_SCREEN_IDS");
    assertThat(e.message()).isEqualTo("Duplicate screen id found: 'DONE'.");
    assertThat(e.pointers()).extracting(ValidationError.Pointer::path).containsExactly("screens[1].id", "screens[2].id");
    assertThat(e.pointers()).extracting(p -> p.span().lineStart()).containsExactly(3, 5);
  }

  @Test
  void the_reserved_screen_id() {
    String flow = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"DONE\"", "\"success\"") + "]}";
    ValidationError e = only(FlowJsonValidator.validate(flow));

    assertError(e, "SCREEN_ID_IS_RESERVED_KEYWORD", "Screen id cannot be 'success' since it is a reserved keyword.",
        "screens[0].id");
    assertCovers(flow, e, "\"success\"");
  }

  @Test
  void terminal_screens_are_required_and_one_must_succeed() {
    String none = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"terminal\": true, ", "") + "]}";
    // (its Footer's complete action is also reported, now that DONE is not terminal)
    assertError(find(FlowJsonValidator.validate(none), "MISSING_TERMINAL_SCREEN"), "MISSING_TERMINAL_SCREEN",
        "Terminal screen is required but not provided.", "screens");

    String failing = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"terminal\": true", "\"terminal\": true, \"success\": false") + "]}";
    assertError(only(FlowJsonValidator.validate(failing)), "INVALID_PROPERTY_VALUE",
        "At least one terminal screen must have property 'success' set as true.", "screens");
  }

  @Test
  void success_only_on_terminal_screens_and_reported_at_its_key() {
    String flow = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"DONE\"", "\"A\"").replace("\"terminal\": true", "\"success\": true")
        + ", " + TERMINAL + "]}";
    ValidationResult result = FlowJsonValidator.validate(flow);
    ValidationError e = find(result, "NOT_KEYWORD_SCHEMA_VALIDATION_FAILED");

    // A schema error: Meta stops there, so A's complete action and the routing are not judged.
    assertThat(result.errors()).extracting(ValidationError::error).containsExactly("NOT_KEYWORD_SCHEMA_VALIDATION_FAILED");
    assertError(e, "NOT_KEYWORD_SCHEMA_VALIDATION_FAILED", "Property 'success' can only be specified on a terminal screen.",
        "screens[0].success");
    assertCovers(flow, e, "\"success\"");
  }

  @Test
  void a_terminal_screen_needs_a_footer_even_if_nested() {
    String noFooter = "{\"version\": \"7.3\", \"screens\": [{\"id\": \"DONE\", \"terminal\": true, \"layout\": "
        + "{\"type\": \"SingleColumnLayout\", \"children\": [{\"type\": \"TextBody\", \"text\": \"Bye\"}]}}]}";
    assertError(only(FlowJsonValidator.validate(noFooter)), "MISSING_FOOTER_ON_TERMINAL_SCREEN",
        "Footer component is missing on terminal screen 'DONE'.", "screens[0]");

    String inForm = "{\"version\": \"7.3\", \"screens\": [{\"id\": \"DONE\", \"terminal\": true, \"layout\": "
        + "{\"type\": \"SingleColumnLayout\", \"children\": [{\"type\": \"Form\", \"name\": \"f\", \"children\": ["
        + "{\"type\": \"Footer\", \"label\": \"Go\", \"on-click-action\": {\"name\": \"complete\"}}]}]}}]}";
    assertThat(FlowJsonValidator.validate(inForm).isValid()).isTrue();
  }

  @Test
  void sensitive_fields_must_name_components_of_the_screen() {
    String flow = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"terminal\": true", "\"terminal\": true, \"sensitive\": [\"pin\", \"card\"]") + "]}";
    ValidationError e = only(FlowJsonValidator.validate(flow));

    assertError(e, "INVALID_SENSITIVE_FIELD", "No component corresponding to the sensitive field(s) 'pin, card' can be "
        + "found in screen 'DONE'.", "screens[0].sensitive");
    assertCovers(flow, e, "[\"pin\", \"card\"]");
  }

  @Test
  void positions_follow_the_text_pretty_or_compact() {
    String pretty = """
        {
          "version": "7.3",
          "screens": [
            {
              "id": "success",
              "terminal": true,
              "layout": {"type": "SingleColumnLayout", "children": [
                {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete"}}]}
            }
          ]
        }""";
    ValidationError onPretty = only(FlowJsonValidator.validate(pretty));
    ValidationError onCompact = only(FlowJsonValidator.validate(compactly(pretty)));

    assertSpan(onPretty, 5, 13, 5, 22);
    assertThat(onCompact.lineStart()).isEqualTo(1);
    assertCovers(compactly(pretty), onCompact, "\"success\"");
    assertThat(onCompact.message()).isEqualTo(onPretty.message());
  }

  @Test
  void complete_only_on_terminal_screens_and_navigate_only_to_other_existing_screens() {
    String flow = """
        {"version": "7.3", "screens": [
          {"id": "A", "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "EmbeddedLink", "text": "Me", "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "A"}}},
            {"type": "EmbeddedLink", "text": "Nowhere", "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "NOPE"}}},
            {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "DONE"}}}]}},
          %s]}""".formatted(TERMINAL);
    ValidationResult result = FlowJsonValidator.validate(flow);

    // A navigating to itself also leaves no screen that is not a navigate target: no entry screen.
    assertThat(result.errors()).extracting(e -> e.error() + ": " + e.message()).containsExactly(
        "INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME: Same screen navigation is not allowed. Loop detected at [A].",
        "INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME: Unknown screen ids found: [NOPE].",
        "INVALID_ROUTING_MODEL: No entry screen found in the routing model. Add a screen that is not used as the next "
            + "screen in any of the navigate actions.");
    assertCovers(flow, result.errors().get(1), "\"NOPE\"");

    String completes = flow.replace("{\"name\": \"navigate\", \"next\": {\"type\": \"screen\", \"name\": \"DONE\"}}",
        "{\"name\": \"complete\"}");
    ValidationError complete = find(FlowJsonValidator.validate(completes), "INVALID_COMPLETE_ACTION");
    assertThat(complete.message()).isEqualTo("On-click-action 'complete' can only be configured on a terminal screen.");
    assertThat(complete.pointers().get(0).path()).isEqualTo("screens[0].layout.children[2].on-click-action.name");
  }

  @Test
  void routing_model_rules() {
    String screens = """
        {"id": "A", "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "B"}}}]}},
        {"id": "B", "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "DONE"}}}]}},
        %s""".formatted(TERMINAL);
    String good = "{\"version\": \"7.3\", \"routing_model\": {\"A\": [\"B\"], \"B\": [\"DONE\"]}, \"screens\": [" + screens + "]}";
    assertThat(FlowJsonValidator.validate(good).errors()).isEmpty();

    String bad = "{\"version\": \"7.3\", \"routing_model\": {\"A\": [\"A\", \"X\"], \"DONE\": [\"B\"], \"B\": [\"DONE\"]}, "
        + "\"screens\": [" + screens + "]}";
    ValidationResult result = FlowJsonValidator.validate(bad);
    assertThat(result.errors()).allSatisfy(e -> {
      assertThat(e.error()).isEqualTo("INVALID_ROUTING_MODEL");
      assertThat(e.pointers().get(0).path()).isEqualTo("routing_model");
    });
    assertThat(result.errors()).extracting(ValidationError::message).containsExactly(
        "Invalid screens found in the routing model: [X].",
        "Loop detected in the routing model for screens: [A].",
        "Backward route [B->DONE] corresponding to forward route [DONE->B] is not allowed in the routing model. Only "
            + "forward routes can be specified.",
        "No entry screen found in the routing model. Expected a screen with no inbound edges as the entry screen.",
        "Following screens are not connected with the rest of the screens: [B, DONE]. All screens should be connected.",
        "Missing direct route from screen 'A' to screen 'B' in the routing model, while it exists in the navigate "
            + "screen action of screen 'A'.");
    String missing = "{\"version\": \"7.3\", \"routing_model\": {\"A\": [\"DONE\"]}, \"screens\": [" + screens + "]}";
    assertThat(FlowJsonValidator.validate(missing).errors()).extracting(ValidationError::message).contains(
        "Following screens are missing in the routing model: [B].");
  }

  @Test
  void schema_unknown_keys_are_reported_at_the_key() {
    String flow = "{\"version\": \"7.3\", \"colour\": 1, \"screens\": [" + TERMINAL.replace("\"title\": \"Done\"",
        "\"title\": \"Done\", \"subtitle\": \"x\"").replace("\"label\": \"Finish\"", "\"label\": \"Finish\", \"colour\": \"red\"") + "]}";
    ValidationResult result = FlowJsonValidator.validate(flow);

    assertThat(result.errors()).extracting(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path())
        .containsExactly(
            "INVALID_PROPERTY_KEY: Property 'colour' is not allowed. @ colour",
            "INVALID_PROPERTY_KEY: Property 'subtitle' is not allowed. @ screens[0].subtitle",
            "INVALID_PROPERTY_KEY: Property 'colour' is not allowed in 'Footer' component. @ "
                + "screens[0].layout.children[0].colour");
    assertCovers(flow, result.errors().get(0), "\"colour\"");
  }

  @Test
  void schema_required_properties_and_json_types() {
    String flow = """
        {"version": "7.3", "screens": [{"id": "DONE", "terminal": "yes", "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "TextInput", "label": "Name", "required": "maybe", "max-chars": "80"},
          {"type": "Footer", "label": "Go", "enabled": 1, "on-click-action": {"name": "complete"}}]}}]}""";
    ValidationResult result = FlowJsonValidator.validate(flow);

    assertThat(result.errors()).extracting(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path())
        .containsExactly(
            "INVALID_PROPERTY_TYPE: Expected property 'terminal' to be of type 'boolean' but found 'string'. @ screens[0].terminal",
            "PATTERN_MISMATCH: Property 'required' should be of type 'boolean' or have dynamic data format of the form "
                + "${screen.data.your_value} or ${data.your_value}. @ screens[0].layout.children[0].required",
            "PATTERN_MISMATCH: Property 'max-chars' should be of type 'integer' or have dynamic data format of the form "
                + "${screen.data.your_value} or ${data.your_value}. @ screens[0].layout.children[0].max-chars",
            "MISSING_REQUIRED_PROPERTY: Required property 'name' is missing. @ screens[0].layout.children[0]",
            "INVALID_PROPERTY_TYPE: Expected property 'enabled' to be of type 'boolean' but found 'integer'. @ "
                + "screens[0].layout.children[1].enabled");
    assertCovers(flow, result.errors().get(1), "\"maybe\"");
  }

  @Test
  void schema_component_types_by_position_and_version() {
    String inIf = """
        {"version": "7.0", "screens": [{"id": "DONE", "terminal": true, "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "If", "condition": "${data.x}", "then": [{"type": "ChipsSelector", "name": "c", "label": "L", "data-source": []}]},
          {"type": "Hologram"},
          {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete"}}]}}]}""";
    ValidationResult result = FlowJsonValidator.validate(inIf);

    assertThat(result.errors()).hasSize(2);
    assertThat(result.errors().get(0).error()).isEqualTo("ONE_OF_SCHEMA_VALIDATION_FAILED");
    assertThat(result.errors().get(0).message()).isEqualTo("Invalid value found for property 'type'. Expected one of: "
        + "[TextHeading, TextSubheading, TextBody, TextCaption, TextInput, TextArea, CheckboxGroup, RadioButtonsGroup, "
        + "Dropdown, DatePicker, CalendarPicker, OptIn, EmbeddedLink, Footer, Image, PhotoPicker, DocumentPicker, If, "
        + "Switch].");
    assertThat(result.errors().get(0).pointers().get(0).path()).isEqualTo("screens[0].layout.children[0].then[0].type");
    assertThat(result.errors().get(1).pointers().get(0).path()).isEqualTo("screens[0].layout.children[1].type");
    // ChipsSelector may stand in an If from 7.1.
    assertThat(FlowJsonValidator.validate(inIf.replace("\"7.0\"", "\"7.1\"")).errors()).hasSize(1);

    String inputOutsideForm = """
        {"version": "3.1", "screens": [{"id": "DONE", "terminal": true, "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "TextInput", "name": "n", "label": "Name"},
          {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete"}}]}}]}""";
    assertThat(FlowJsonValidator.validate(inputOutsideForm).errors()).extracting(e -> e.error() + ": " + e.message())
        .containsExactly("KEYWORD_ONE_OF: Property 'TextInput' must be defined inside parent property 'Form'.");
    assertThat(FlowJsonValidator.validate(inputOutsideForm.replace("\"3.1\"", "\"4.0\"")).isValid()).isTrue();
  }

  @Test
  void footer_captions_go_left_and_right_together_or_center_alone() {
    String left = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"label\": \"Finish\"",
        "\"label\": \"Finish\", \"left-caption\": \"1 of 2\"") + "]}";
    assertThat(FlowJsonValidator.validate(left).errors()).extracting(e -> e.error() + ": " + e.message()).containsExactly(
        "INVALID_DEPENDENCIES: Footer should have property right-caption when property left-caption is present.");

    String three = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"label\": \"Finish\"",
        "\"label\": \"Finish\", \"left-caption\": \"a\", \"center-caption\": \"b\", \"right-caption\": \"c\"") + "]}";
    assertThat(FlowJsonValidator.validate(three).errors()).extracting(e -> e.error() + ": " + e.message()).containsExactly(
        "NOT_KEYWORD_SCHEMA_VALIDATION_FAILED: Properties 'center-caption' and [left-caption,right-caption] must be "
            + "present exclusively at Footer.");
  }

  @Test
  void a_literal_minimum_above_its_maximum() {
    String flow = "{\"version\": \"7.3\", \"screens\": [" + TERMINAL.replace("\"children\": [",
        "\"children\": [{\"type\": \"TextInput\", \"name\": \"pin\", \"label\": \"PIN\", \"min-chars\": 6, \"max-chars\": 4},") + "]}";
    ValidationError e = only(FlowJsonValidator.validate(flow));

    assertError(e, "MIN_VALUE_GREATER_THAN_MAX", "'min-chars' cannot be greater than 'max-chars' for TextInput 'pin'.",
        "screens[0].layout.children[0].min-chars");
    assertCovers(flow, e, "6");
  }

  @Test
  void from_7_3_a_terminal_footer_completes_or_with_an_endpoint_exchanges_data() {
    String navigate = TERMINAL.replace("{\"name\": \"complete\", \"payload\": {}}",
        "{\"name\": \"navigate\", \"next\": {\"type\": \"screen\", \"name\": \"A\"}}");
    String start = "{\"id\": \"A\", \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [{\"type\": \"Footer\", "
        + "\"label\": \"Next\", \"on-click-action\": {\"name\": \"navigate\", \"next\": {\"type\": \"screen\", \"name\": \"DONE\"}}}]}}";
    String flow = "{\"version\": \"7.3\", \"screens\": [" + start + ", " + navigate + "]}";
    assertThat(FlowJsonValidator.validate(flow).errors()).extracting(ValidationError::message)
        .contains("Invalid value found for property 'name'. Expected 'complete'.");
    assertThat(FlowJsonValidator.validate(flow.replace("\"7.3\"", "\"7.2\"")).errors()).extracting(ValidationError::message)
        .doesNotContain("Invalid value found for property 'name'. Expected 'complete'.");

    String exchange = "{\"version\": \"7.3\", \"data_api_version\": \"3.0\", \"routing_model\": {}, \"screens\": ["
        + TERMINAL.replace("\"complete\"", "\"data_exchange\"") + "]}";
    assertThat(FlowJsonValidator.validate(exchange).errors()).isEmpty();
  }

  // ---------------------------------------------------------------- helpers

  private static ValidationError find(ValidationResult result, String code) {
    return result.errors().stream().filter(e -> e.error().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no " + code + " in " + result.errors()));
  }

  private static ValidationError only(ValidationResult result) {
    assertThat(result.errors()).as("errors").hasSize(1);
    return result.errors().get(0);
  }

  private static void assertError(ValidationError e, String code, String message, String path) {
    assertThat(e.error()).isEqualTo(code);
    assertThat(e.errorType()).isEqualTo("FLOW_JSON_ERROR");
    assertThat(e.message()).isEqualTo(message);
    assertThat(e.pointers()).extracting(ValidationError.Pointer::path).containsExactly(path);
  }

  private static void assertSpan(ValidationError e, int lineStart, int columnStart, int lineEnd, int columnEnd) {
    assertThat(List.of(e.lineStart(), e.columnStart(), e.lineEnd(), e.columnEnd()))
        .containsExactly(lineStart, columnStart, lineEnd, columnEnd);
  }

  /** The error's single-line range is exactly the first occurrence of {@code snippet} on its line. */
  private static void assertCovers(String text, ValidationError e, String snippet) {
    assertThat(e.lineEnd()).isEqualTo(e.lineStart());
    String line = text.split("\n", -1)[e.lineStart() - 1];
    assertThat(line.substring(e.columnStart() - 1, e.columnEnd() - 1)).isEqualTo(snippet);
  }

  private static String compactly(String json) {
    JsonMapper mapper = JsonMapper.builder().build();
    return mapper.writeValueAsString(mapper.readTree(json));
  }
}
