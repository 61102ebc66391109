package dev.flowkit.junit.assertions;

import static dev.flowkit.junit.assertions.Failures.messageOf;
import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static dev.flowkit.junit.assertions.FlowAssertions.assertThatFlowJson;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.flowkit.json.FlowJsonMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The Flow JSON assertions against FlowKit's validator, on real Flow JSON text, files and models. */
class FlowJsonAssertTest {

  /** A terminal screen whose Footer navigates (line 5), and to a screen that does not exist. */
  static final String BROKEN = """
      {"version": "7.3", "screens": [{"id": "ONLY", "title": "One", "terminal": true,
        "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "TextHeading", "text": "Hello"},
          {"type": "Footer", "label": "Go",
           "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "NOWHERE"}, "payload": {}}}
        ]}}]}
      """;

  /** A heading over its 80 characters: valid, with one warning. */
  static final String LONG_HEADING = """
      {"version": "7.3", "screens": [{"id": "ONLY", "title": "One", "terminal": true,
        "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "TextHeading", "text": "%s"},
          {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete", "payload": {}}}
        ]}}]}
      """.formatted("H".repeat(90));

  @Test
  void a_valid_flow_passes_as_text_file_and_model(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("shop.json"), Shop.FLOW);

    assertThatFlowJson(Shop.FLOW).isValid().hasNoWarnings();
    assertThatFlowJson(file).isValid();
    assertThat(FlowJsonMapper.read(Shop.FLOW)).isValid();
  }

  @Test
  void is_valid_fails_listing_every_error_with_its_line() {
    assertThat(messageOf(() -> assertThatFlowJson(BROKEN).isValid())).isEqualTo("""
        Expected the Flow JSON to be valid but it has 2 error(s):
          - INVALID_PROPERTY_VALUE at line 5, column 34: Invalid value found for property 'name'. Expected 'complete'.
          - INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME at line 5, column 81: Unknown screen ids found: [NOWHERE].""");
  }

  @Test
  void a_validation_error_is_found_by_code_and_line_and_the_closest_code_is_named() {
    String code = "INVALID_PROPERTY_VALUE";

    assertThatFlowJson(BROKEN).hasValidationError(code).hasValidationError(code, 5);
    assertThat(messageOf(() -> assertThatFlowJson(BROKEN).hasValidationError(code + "S"))).isEqualTo("""
        Expected the Flow JSON to have the validation error INVALID_PROPERTY_VALUES but it has 2 other error(s); \
        the closest code is INVALID_PROPERTY_VALUE:
          - INVALID_PROPERTY_VALUE at line 5, column 34: Invalid value found for property 'name'. Expected 'complete'.
          - INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME at line 5, column 81: Unknown screen ids found: [NOWHERE].""");
    assertThat(messageOf(() -> assertThatFlowJson(BROKEN).hasValidationError(code, 9))).isEqualTo("""
        Expected the Flow JSON to have the validation error INVALID_PROPERTY_VALUE at line 9 but it has it at line(s) 5:
          - INVALID_PROPERTY_VALUE at line 5, column 34: Invalid value found for property 'name'. Expected 'complete'.
          - INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME at line 5, column 81: Unknown screen ids found: [NOWHERE].""");
    assertThat(messageOf(() -> assertThatFlowJson(Shop.FLOW).hasValidationError(code)))
        .isEqualTo("Expected the Flow JSON to have the validation error INVALID_PROPERTY_VALUE but it is valid");
  }

  @Test
  void warnings_are_found_by_code() {
    assertThatFlowJson(LONG_HEADING).isValid().hasWarning("CHARACTER_LIMIT_EXCEEDED");
    assertThat(messageOf(() -> assertThatFlowJson(LONG_HEADING).hasNoWarnings())).isEqualTo("""
        Expected the Flow JSON to have no warnings but it has 1:
          - CHARACTER_LIMIT_EXCEEDED at line 3, column 37: Property 'text' of TextHeading has 90 characters; \
        WhatsApp shows at most 80.""");
    assertThat(messageOf(() -> assertThatFlowJson(LONG_HEADING).hasWarning("CHARACTER_LIMIT"))).isEqualTo("""
        Expected the Flow JSON to have the warning CHARACTER_LIMIT but it has 1 other warning(s); \
        the closest code is CHARACTER_LIMIT_EXCEEDED:
          - CHARACTER_LIMIT_EXCEEDED at line 3, column 37: Property 'text' of TextHeading has 90 characters; \
        WhatsApp shows at most 80.""");
    assertThat(messageOf(() -> assertThatFlowJson(Shop.FLOW).hasWarning("CHARACTER_LIMIT_EXCEEDED")))
        .isEqualTo("Expected the Flow JSON to have the warning CHARACTER_LIMIT_EXCEEDED but it has none");
  }

  @Test
  void a_file_names_itself_in_the_failure_and_a_missing_file_is_a_clear_error(@TempDir Path dir) throws IOException {
    Path file = Files.writeString(dir.resolve("broken.json"), BROKEN);

    assertThat(messageOf(() -> assertThatFlowJson(file).isValid())).startsWith("Expected the Flow JSON file " + file
        + " to be valid but it has ");
    assertThatExceptionOfType(UncheckedIOException.class)
        .isThrownBy(() -> assertThatFlowJson(dir.resolve("missing.json")))
        .withMessage("cannot read the Flow JSON file " + dir.resolve("missing.json"));
  }
}
