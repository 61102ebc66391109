package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import dev.flowkit.json.FlowJson;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The client-side checks of Flow JSON §9.3, each with an input that passes and one that fails. */
class ScreenInputTest {

  private static final String FOOTER = """
      {"type": "Footer", "label": "Send", "on-click-action": {"name": "complete", "payload": {}}}""";

  private static ScreenEngine screen(String version, String components) {
    FlowJson flow = ScreenFlows.single(version, "", components + ", " + FOOTER);
    return ScreenFlows.opened(flow);
  }

  private static ScreenEngine screen(String components) {
    return screen("7.3", components);
  }

  private static List<FieldError> errors(ScreenEngine engine) {
    return engine.fieldErrors();
  }

  @ParameterizedTest(name = "{0} accepts \"{1}\" and rejects \"{2}\"")
  @CsvSource(delimiter = '|', value = {
      "email    | ada@example.com     | ada@example",
      "phone    | +49 (30) 1234-5678  | call me",
      "number   | -1,234.5e3          | 12a",
      "passcode | 0042                | 42x",
  })
  void text_input_types_check_the_verbatim_format(String type, String good, String bad) {
    ScreenEngine engine = screen("""
        {"type": "TextInput", "name": "f", "label": "F", "input-type": "%s"}""".formatted(type));

    engine.fill("f", bad);
    assertThat(errors(engine)).containsExactly(new FieldError("f", "not a valid " + type));
    engine.fill("f", good);
    assertThat(engine.tapFooter()).isInstanceOf(ScreenStep.Completed.class);
  }

  @Test
  void required_text_input_blocks_the_footer_until_filled_and_blank_counts_as_empty() {
    ScreenEngine engine = screen("""
        {"type": "TextInput", "name": "first", "label": "First name", "required": true}""");

    assertThat(engine.current().footer().orElseThrow().enabled()).isFalse();
    ScreenStep blocked = engine.tapFooter();
    engine.fill("first", "   ");
    assertThat(errors(engine)).containsExactly(new FieldError("first", "required"));
    engine.fill("first", "Ada");

    assertThat(blocked).isInstanceOfSatisfying(ScreenStep.Blocked.class,
        b -> assertThat(b.reason()).contains("Send").contains("first: required"));
    assertThat(engine.current().footer().orElseThrow().enabled()).isTrue();
    assertThat(engine.current().plainText()).contains("[TextInput] First name* = \"Ada\"");
  }

  @Test
  void min_and_max_chars_count_the_trimmed_text_and_max_defaults_to_80() {
    ScreenEngine engine = screen("""
        {"type": "TextInput", "name": "a", "label": "A", "min-chars": 3, "max-chars": 5},
        {"type": "TextInput", "name": "b", "label": "B"}""");

    engine.fill("a", " ab ");
    engine.fill("b", "x".repeat(81));
    assertThat(errors(engine)).containsExactly(new FieldError("a", "at least 3 characters"),
        new FieldError("b", "at most 80 characters"));
    engine.fill("a", "abcdef");
    assertThat(errors(engine)).contains(new FieldError("a", "at most 5 characters"));
    engine.fill("a", " abc ");
    engine.fill("b", "x".repeat(80));
    assertThat(errors(engine)).isEmpty();
  }

  @Test
  void pattern_is_an_unanchored_search_and_an_invalid_regex_is_ignored() {
    ScreenEngine engine = screen("6.2", """
        {"type": "TextInput", "name": "code", "label": "Code", "input-type": "passcode", "pattern": "007",
         "helper-text": "Contains 007"},
        {"type": "TextInput", "name": "odd", "label": "Odd", "pattern": "([a-", "helper-text": "anything"}""");

    engine.fill("code", "1234");
    engine.fill("odd", "whatever");
    assertThat(errors(engine)).containsExactly(new FieldError("code", "does not match the pattern"));
    engine.fill("code", "900712");
    assertThat(errors(engine)).isEmpty();
  }

  @Test
  void a_corpus_pattern_anchored_by_its_author_rejects_extra_text() {
    ScreenEngine engine = ScreenFlows.opened(ScreenFlows.resource("pywa/6_2/regex.json"));

    engine.fill("regex input", "1993-08-04 and more");
    engine.fill("passcode_oo7", "007");
    assertThat(errors(engine)).containsExactly(new FieldError("regex input", "does not match the pattern"));
    engine.fill("regex input", "1993-08-04");
    assertThat(engine.tapFooter()).isInstanceOf(ScreenStep.Completed.class);
  }

  @Test
  void text_area_max_length_defaults_to_600() {
    ScreenEngine engine = screen("""
        {"type": "TextArea", "name": "t", "label": "T"}""");

    engine.fill("t", "y".repeat(601));
    assertThat(errors(engine)).containsExactly(new FieldError("t", "at most 600 characters"));
    engine.fill("t", "y".repeat(600));
    assertThat(errors(engine)).isEmpty();
  }

  private static final String OPTIONS = """
      [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}, {"id": "c", "title": "C", "enabled": false},
       {"id": "d", "title": "D"}]""";

  @Test
  void checkbox_group_counts_selected_items_against_min_and_max() {
    ScreenEngine engine = screen("""
        {"type": "CheckboxGroup", "name": "pick", "label": "Pick", "min-selected-items": 2,
         "max-selected-items": 2, "data-source": %s}""".formatted(OPTIONS));

    engine.check("pick", "a", true);
    assertThat(errors(engine)).containsExactly(new FieldError("pick", "select at least 2"));
    engine.check("pick", "b", true);
    engine.check("pick", "d", true);
    assertThat(errors(engine)).containsExactly(new FieldError("pick", "select at most 2"));
    engine.check("pick", "a", false);

    assertThat(errors(engine)).isEmpty();
    assertThat(engine.current().component("pick").orElseThrow().valueText()).contains("[\"b\",\"d\"]");
  }

  @Test
  void chips_selector_max_defaults_to_the_number_of_options_and_required_needs_one() {
    ScreenEngine engine = screen("""
        {"type": "ChipsSelector", "name": "chips", "label": "Chips", "required": true,
         "data-source": [{"id": "x", "title": "X"}, {"id": "y", "title": "Y"}]}""");

    assertThat(errors(engine)).containsExactly(new FieldError("chips", "required"));
    engine.check("chips", "x", true);
    engine.check("chips", "y", true);
    assertThat(errors(engine)).isEmpty();
  }

  @Test
  void selecting_a_missing_or_disabled_option_is_a_typed_error_naming_the_enabled_options() {
    ScreenEngine engine = screen("""
        {"type": "Dropdown", "name": "d", "label": "D", "data-source": %s},
        {"type": "RadioButtonsGroup", "name": "r", "label": "R", "data-source": %s}""".formatted(OPTIONS, OPTIONS));

    assertThatExceptionOfType(ScreenInputException.class).isThrownBy(() -> engine.select("d", "z"))
        .withMessage("screen S, field 'd': option 'z' does not exist; enabled options: [a, b, d]");
    assertThatExceptionOfType(ScreenInputException.class).isThrownBy(() -> engine.select("r", "c"))
        .withMessage("screen S, field 'r': option 'c' is disabled; enabled options: [a, b, d]")
        .satisfies(e -> assertThat(e.field()).isEqualTo("r"));
    engine.select("d", "b");
    engine.select("r", "a");
    assertThat(engine.current().component("d").orElseThrow().options())
        .extracting(RenderedOption::selected).containsExactly(false, true, false, false);
  }

  @Test
  void wrong_kinds_of_input_and_unknown_fields_are_typed_errors_saying_what_is_allowed() {
    ScreenEngine engine = screen("""
        {"type": "Dropdown", "name": "d", "label": "D", "data-source": %s},
        {"type": "TextInput", "name": "t", "label": "T"},
        {"type": "TextInput", "name": "hidden", "label": "H", "visible": false},
        {"type": "TextInput", "name": "off", "label": "Off", "enabled": false}""".formatted(OPTIONS));

    assertThatExceptionOfType(ScreenInputException.class).isThrownBy(() -> engine.fill("d", "a"))
        .withMessage("screen S, field 'd': a Dropdown cannot be filled with text; you can select one of its options");
    assertThatExceptionOfType(ScreenInputException.class).isThrownBy(() -> engine.select("t", "a"))
        .withMessage("screen S, field 't': a TextInput cannot select a single option; you can fill it with text");
    assertThatExceptionOfType(ScreenInputException.class).isThrownBy(() -> engine.fill("nope", "x"))
        .withMessage("screen S, field 'nope': no such field; fields on this screen: [d, t, off]");
    assertThatExceptionOfType(ScreenInputException.class).isThrownBy(() -> engine.fill("hidden", "x"))
        .withMessage("screen S, field 'hidden': the TextInput is not visible now; cannot fill it");
    assertThatExceptionOfType(ScreenInputException.class).isThrownBy(() -> engine.fill("off", "x"))
        .withMessage("screen S, field 'off': the TextInput is disabled; cannot fill it");
  }

  @Test
  void date_picker_rejects_unavailable_dates_and_dates_outside_min_and_max() {
    ScreenEngine engine = screen("""
        {"type": "DatePicker", "name": "day", "label": "Day", "min-date": "2026-03-01", "max-date": "2026-03-31",
         "unavailable-dates": ["2026-03-10"]}""");

    engine.pickDate("day", LocalDate.of(2026, 3, 10));
    assertThat(errors(engine)).containsExactly(new FieldError("day", "date unavailable"));
    engine.pickDate("day", LocalDate.of(2026, 2, 28));
    assertThat(errors(engine)).containsExactly(new FieldError("day", "before 2026-03-01"));
    engine.pickDate("day", LocalDate.of(2026, 4, 1));
    assertThat(errors(engine)).containsExactly(new FieldError("day", "after 2026-03-31"));
    engine.pickDate("day", LocalDate.of(2026, 3, 11));
    assertThat(errors(engine)).isEmpty();
    assertThat(engine.current().component("day").orElseThrow().valueText()).contains("2026-03-11");
  }

  @Test
  void a_date_picker_before_5_0_stores_epoch_milliseconds() {
    ScreenEngine engine = screen("4.0", """
        {"type": "DatePicker", "name": "day", "label": "Day", "min-date": "1772323200000"}""");

    engine.pickDate("day", LocalDate.of(2026, 2, 28));
    assertThat(errors(engine)).containsExactly(new FieldError("day", "before 1772323200000"));
    engine.pickDate("day", LocalDate.of(2026, 3, 1));
    assertThat(engine.current().component("day").orElseThrow().valueText()).contains("1772323200000");
  }

  @Test
  void calendar_single_mode_honours_include_days() {
    ScreenEngine engine = screen("""
        {"type": "CalendarPicker", "name": "cal", "label": "When", "include-days": ["Mon", "Tue"]}""");

    engine.pickDate("cal", LocalDate.of(2026, 3, 7)); // a Saturday
    assertThat(errors(engine)).containsExactly(new FieldError("cal", "day of week not selectable"));
    engine.pickDate("cal", LocalDate.of(2026, 3, 9)); // a Monday
    assertThat(errors(engine)).isEmpty();
  }

  @Test
  void calendar_range_mode_checks_order_and_min_and_max_days() {
    ScreenEngine engine = screen("""
        {"type": "CalendarPicker", "name": "stay", "mode": "range",
         "label": {"start-date": "From", "end-date": "To"}, "min-days": 2, "max-days": 5,
         "min-date": "2026-03-01", "max-date": "2026-06-30"}""");

    engine.pickDateRange("stay", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 8));
    assertThat(errors(engine)).containsExactly(new FieldError("stay", "end date before start date"));
    engine.pickDateRange("stay", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 11));
    assertThat(errors(engine)).containsExactly(new FieldError("stay", "range shorter than 2 days"));
    engine.pickDateRange("stay", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 20));
    assertThat(errors(engine)).containsExactly(new FieldError("stay", "range longer than 5 days"));
    engine.pickDateRange("stay", LocalDate.of(2026, 3, 10), LocalDate.of(2026, 3, 13));
    assertThat(errors(engine)).isEmpty();
    assertThatExceptionOfType(ScreenInputException.class)
        .isThrownBy(() -> engine.pickDate("stay", LocalDate.of(2026, 3, 10)))
        .withMessageContaining("you can pick a date range");
  }

  @Test
  void a_required_opt_in_must_be_ticked() {
    ScreenEngine engine = screen("""
        {"type": "OptIn", "name": "terms", "label": "I agree", "required": true}""");

    engine.optIn("terms", false);
    assertThat(errors(engine)).containsExactly(new FieldError("terms", "required"));
    engine.optIn("terms", true);
    assertThat(errors(engine)).isEmpty();
  }

  @Test
  void document_picker_checks_count_size_and_mime_type() {
    ScreenEngine engine = screen("""
        {"type": "DocumentPicker", "name": "docs", "label": "Docs", "min-uploaded-documents": 1,
         "max-uploaded-documents": 2, "max-file-size-kb": 100, "allowed-mime-types": ["application/pdf"]}""");

    assertThat(errors(engine)).containsExactly(new FieldError("docs", "upload at least 1 file(s)"));
    engine.upload("docs", List.of(new PickedFile("a.txt", "text/plain", 10)));
    assertThat(errors(engine)).extracting(FieldError::message)
        .containsExactly("file type text/plain not allowed; allowed: [application/pdf]");

    ScreenEngine sized = screen("""
        {"type": "DocumentPicker", "name": "docs", "label": "Docs", "max-uploaded-documents": 2,
         "max-file-size-kb": 100}""");
    sized.upload("docs", List.of(new PickedFile("big.pdf", "application/pdf", 100 * 1024 + 1)));
    assertThat(errors(sized)).containsExactly(new FieldError("docs", "a file is larger than 100 KB"));

    ScreenEngine counted = screen("""
        {"type": "PhotoPicker", "name": "pics", "label": "Pics", "max-uploaded-photos": 2}""");
    counted.upload("pics", List.of(PickedFile.photo("1.jpg", 10), PickedFile.photo("2.jpg", 10)));
    assertThat(errors(counted)).isEmpty();
    counted.upload("pics", List.of(PickedFile.photo("3.jpg", 10)));
    assertThat(errors(counted)).containsExactly(new FieldError("pics", "upload at most 2 file(s)"));
    assertThat(counted.current().component("pics").orElseThrow().value().orElseThrow().get(0).get("media_id")
        .asString()).isEqualTo("fake-media-1");
  }

  @Test
  void a_computed_error_shows_only_after_the_field_was_touched() {
    ScreenEngine engine = screen("""
        {"type": "TextInput", "name": "mail", "label": "Mail", "input-type": "email", "required": true}""");

    assertThat(engine.current().component("mail").orElseThrow().error()).isEmpty();
    engine.fill("mail", "nope");

    assertThat(engine.current().component("mail").orElseThrow().error()).contains("not a valid email");
    assertThat(engine.current().plainText()).contains("[TextInput] Mail* = \"nope\"  ! not a valid email");
  }
}
