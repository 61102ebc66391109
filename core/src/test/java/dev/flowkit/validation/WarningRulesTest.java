package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * One test per warning code (package documentation): the exact code, message and path, and the same flow at the
 * limit without the warning. Every flow here is valid: warnings never make a flow invalid.
 */
class WarningRulesTest {

  private static final String FOOTER = "{\"type\": \"Footer\", \"label\": \"Go\", \"on-click-action\": {\"name\": \"complete\"}}";

  /** A one-screen terminal flow with a title, these components and a Footer. */
  private static String flow(String version, String... components) {
    return screen(version, "\"title\": \"Done\", ", components);
  }

  /** The same, with more screen properties (each followed by a comma). */
  private static String screen(String version, String properties, String... components) {
    List<String> children = new ArrayList<>(List.of(components));
    children.add(FOOTER);
    return "{\"version\": \"" + version + "\", \"screens\": [{\"id\": \"DONE\", " + properties + "\"terminal\": true, "
        + "\"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + String.join(",\n", children) + "]}}]}";
  }

  /** The warnings of a valid flow, as "CODE: message @ path". */
  private static List<String> warnings(String flow) {
    ValidationResult result = FlowJsonValidator.validate(flow);
    assertThat(result.errors()).extracting(e -> e.toJson().toString()).isEmpty();
    assertThat(result.isValid()).isTrue();
    return result.warnings().stream().map(w -> w.code() + ": " + w.message() + " @ " + w.pointers().get(0).path())
        .toList();
  }

  private static String repeat(String text, int times) {
    return text.repeat(times);
  }

  private static String options(int count, String extra) {
    List<String> items = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      items.add("{\"id\": \"o" + i + "\", \"title\": \"Option " + i + "\"" + extra + "}");
    }
    return "[" + String.join(",", items) + "]";
  }

  private static String base64(int bytes) {
    return Base64.getEncoder().encodeToString(new byte[bytes]);
  }

  @Test
  void a_text_over_its_character_limit() {
    String input = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"TextInput\", \"name\": \"n\", "
        + "\"label\": \"%s\"}]}";

    assertThat(warnings(flow("7.3", input.formatted(repeat("x", 21))))).containsExactly(
        "CHARACTER_LIMIT_EXCEEDED: Property 'label' of TextInput has 21 characters; WhatsApp shows at most 20. @ "
            + "screens[0].layout.children[0].children[0].label");
    assertThat(warnings(flow("7.3", input.formatted(repeat("x", 20))))).isEmpty();
    // Characters are code points: 20 emoji (40 UTF-16 units) are 20 characters.
    assertThat(warnings(flow("7.3", input.formatted(repeat("\uD83D\uDE00", 20))))).isEmpty();
  }

  @Test
  void the_limits_section_10_picks() {
    String caption = "{\"type\": \"TextCaption\", \"text\": \"%s\"}";
    assertThat(warnings(flow("7.3", caption.formatted(repeat("c", 410))))).containsExactly(
        "CHARACTER_LIMIT_EXCEEDED: Property 'text' of TextCaption has 410 characters; WhatsApp shows at most 409. @ "
            + "screens[0].layout.children[0].text");
    assertThat(warnings(flow("7.3", caption.formatted(repeat("c", 409))))).isEmpty();

    String optIn = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"OptIn\", \"name\": \"o\", "
        + "\"label\": \"%s\"}]}";
    assertThat(warnings(flow("7.3", optIn.formatted(repeat("o", 121))))).containsExactly(
        "CHARACTER_LIMIT_EXCEEDED: Property 'label' of OptIn has 121 characters; WhatsApp shows at most 120. @ "
            + "screens[0].layout.children[0].children[0].label");
    assertThat(warnings(flow("7.3", optIn.formatted(repeat("o", 120))))).isEmpty();
  }

  @Test
  void a_text_array_counts_its_items_together_and_a_range_label_each_part() {
    // 2 x 204 characters and one separator: 409.
    String caption = "{\"type\": \"TextCaption\", \"text\": [\"%s\", \"%s\"]}";
    assertThat(warnings(flow("7.3", caption.formatted(repeat("a", 204), repeat("b", 205))))).containsExactly(
        "CHARACTER_LIMIT_EXCEEDED: Property 'text' of TextCaption has 410 characters; WhatsApp shows at most 409. @ "
            + "screens[0].layout.children[0].text");
    assertThat(warnings(flow("7.3", caption.formatted(repeat("a", 204), repeat("b", 204))))).isEmpty();

    String calendar = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"CalendarPicker\", \"name\": "
        + "\"c\", \"mode\": \"range\", \"label\": {\"start-date\": \"%s\", \"end-date\": \"To\"}}]}";
    assertThat(warnings(flow("7.3", calendar.formatted(repeat("s", 41))))).containsExactly(
        "CHARACTER_LIMIT_EXCEEDED: Property 'label' of CalendarPicker ('start-date') has 41 characters; WhatsApp "
            + "shows at most 40. @ screens[0].layout.children[0].children[0].label.start-date");
    assertThat(warnings(flow("7.3", calendar.formatted(repeat("s", 40))))).isEmpty();
  }

  @Test
  void only_literal_text_is_measured() {
    String data = "\"data\": {\"long\": {\"type\": \"string\", \"__example__\": \"x\"}}, \"title\": \"Done\", ";
    String binding = "{\"type\": \"EmbeddedLink\", \"text\": \"${data.long}\", \"on-click-action\": {\"name\": "
        + "\"open_url\", \"url\": \"https://example.com\"}}";
    String expression = "{\"type\": \"TextHeading\", \"text\": \"`'" + repeat("h", 80) + "' ${data.long}`\"}";

    assertThat(warnings(screen("7.3", data, binding, expression))).isEmpty();
  }

  @Test
  void an_option_item_over_its_limit() {
    String radio = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"RadioButtonsGroup\", \"name\": "
        + "\"r\", \"label\": \"Pick\", \"data-source\": [{\"id\": \"a\", \"title\": \"A\", \"metadata\": \"%s\"}]}]}";

    assertThat(warnings(flow("7.3", radio.formatted(repeat("m", 21))))).containsExactly(
        "CHARACTER_LIMIT_EXCEEDED: Property 'metadata' of a RadioButtonsGroup option has 21 characters; WhatsApp "
            + "shows at most 20. @ screens[0].layout.children[0].children[0].data-source[0].metadata");
    assertThat(warnings(flow("7.3", radio.formatted(repeat("m", 20))))).isEmpty();
  }

  @Test
  void too_many_or_too_few_options() {
    String dropdown = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"Dropdown\", \"name\": \"d\", "
        + "\"label\": \"Pick\", \"data-source\": %s}]}";
    assertThat(warnings(flow("7.3", dropdown.formatted(options(201, ""))))).containsExactly(
        "OPTION_COUNT_OUT_OF_RANGE: Property 'data-source' of Dropdown has 201 items; WhatsApp supports 1 to 200. @ "
            + "screens[0].layout.children[0].children[0].data-source");
    assertThat(warnings(flow("7.3", dropdown.formatted(options(200, ""))))).isEmpty();

    String image = ", \"image\": \"" + base64(3) + "\"";
    assertThat(warnings(flow("7.3", dropdown.formatted(options(101, image))))).containsExactly(
        "OPTION_COUNT_OUT_OF_RANGE: Property 'data-source' of Dropdown has 101 items; WhatsApp supports 1 to 100 "
            + "when an option has an image. @ screens[0].layout.children[0].children[0].data-source");
    assertThat(warnings(flow("7.3", dropdown.formatted(options(100, image))))).isEmpty();

    String chips = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"ChipsSelector\", \"name\": \"c\", "
        + "\"label\": \"Pick\", \"data-source\": %s}]}";
    assertThat(warnings(flow("7.3", chips.formatted(options(1, ""))))).containsExactly(
        "OPTION_COUNT_OUT_OF_RANGE: Property 'data-source' of ChipsSelector has 1 items; WhatsApp supports 2 to 20. @ "
            + "screens[0].layout.children[0].children[0].data-source");
    assertThat(warnings(flow("7.3", chips.formatted(options(2, ""))))).isEmpty();
  }

  @Test
  void too_many_carousel_images() {
    String image = "{\"src\": \"" + base64(3) + "\", \"alt-text\": \"A\"}";
    String carousel = "{\"type\": \"ImageCarousel\", \"images\": [%s]}";

    assertThat(warnings(flow("7.3", carousel.formatted(String.join(",", Collections.nCopies(4, image))))))
        .containsExactly("OPTION_COUNT_OUT_OF_RANGE: Property 'images' of ImageCarousel has 4 items; WhatsApp "
            + "supports 1 to 3. @ screens[0].layout.children[0].images");
    assertThat(warnings(flow("7.3", carousel.formatted(String.join(",", Collections.nCopies(3, image)))))).isEmpty();
  }

  @Test
  void an_image_over_its_byte_size() {
    String image = "{\"type\": \"Image\", \"src\": \"%s\"}";

    assertThat(warnings(flow("7.3", image.formatted(base64(300 * 1024 + 1))))).containsExactly(
        "IMAGE_TOO_LARGE: Property 'src' of Image is 307201 bytes; WhatsApp shows images of at most 300 KB (307200 "
            + "bytes). @ screens[0].layout.children[0].src");
    assertThat(warnings(flow("7.3", image.formatted(base64(300 * 1024))))).isEmpty();
  }

  @Test
  void an_option_image_limit_depends_on_the_version() {
    String radio = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"RadioButtonsGroup\", \"name\": "
        + "\"r\", \"label\": \"Pick\", \"data-source\": [{\"id\": \"a\", \"title\": \"A\", \"image\": \"%s\"}]}]}";
    String over100 = radio.formatted(base64(100 * 1024 + 1));

    assertThat(warnings(flow("6.0", over100))).containsExactly(
        "IMAGE_TOO_LARGE: Property 'image' of a RadioButtonsGroup option is 102401 bytes; WhatsApp shows images of "
            + "at most 100 KB (102400 bytes). @ screens[0].layout.children[0].children[0].data-source[0].image");
    assertThat(warnings(flow("6.0", radio.formatted(base64(100 * 1024))))).isEmpty();
    // Before 6.0 the limit was 300 KB.
    assertThat(warnings(flow("5.0", over100))).isEmpty();
  }

  @Test
  void decoded_sizes() {
    assertThat(WarningRules.decodedSize("QUJD")).isEqualTo(3);
    assertThat(WarningRules.decodedSize("QUI=")).isEqualTo(2);
    assertThat(WarningRules.decodedSize("QQ==")).isEqualTo(1);
    assertThat(WarningRules.decodedSize("QQ")).isEqualTo(1);
    assertThat(WarningRules.decodedSize("data:image/png;base64,QUJD\nQUJD")).isEqualTo(6);
    assertThat(WarningRules.decodedSize("${data.image}")).isEqualTo(-1);
    assertThat(WarningRules.decodedSize("QQ==QQ==")).isEqualTo(-1);
  }

  @Test
  void more_than_50_components_on_a_screen() {
    String text = "{\"type\": \"TextBody\", \"text\": \"x\"}";

    // The Footer is the 51st component.
    assertThat(warnings(flow("7.3", Collections.nCopies(50, text).toArray(String[]::new)))).containsExactly(
        "TOO_MANY_COMPONENTS: Screen 'DONE' has 51 components; Meta's docs allow at most 50. @ screens[0].layout");
    assertThat(warnings(flow("7.3", Collections.nCopies(49, text).toArray(String[]::new)))).isEmpty();
  }

  @Test
  void the_screen_id_success_in_capitals() {
    assertThat(warnings(flow("7.3").replace("\"DONE\"", "\"SUCCESS\""))).containsExactly(
        "SCREEN_ID_SUCCESS: Screen id 'SUCCESS' is reserved in Meta's docs: an endpoint answers with screen 'SUCCESS' "
            + "to close the flow. @ screens[0].id");
    assertThat(warnings(flow("7.3").replace("\"DONE\"", "\"SUCCESSFUL\""))).isEmpty();
  }

  @Test
  void a_screen_without_title() {
    assertThat(warnings(screen("7.3", ""))).containsExactly(
        "MISSING_SCREEN_TITLE: Screen 'DONE' has no title: Meta's docs make it optional but Meta's Builder requires "
            + "it. @ screens[0]");
  }

  @Test
  void a_hyphen_in_a_data_key_and_in_a_binding() {
    String data = "\"title\": \"Done\", \"data\": {\"first-name\": {\"type\": \"string\", \"__example__\": \"Ana\"}}, ";
    String text = "{\"type\": \"TextBody\", \"text\": \"${data.first-name}\"}";

    String flow = screen("7.3", data, text);
    assertThat(warnings(flow)).containsExactly(
        "HYPHEN_IN_DATA_KEY: Data key 'first-name' contains '-', which Meta's validator rejects in a binding. Use "
            + "letters, digits and '_'. @ screens[0].data.first-name",
        "HYPHEN_IN_DATA_KEY: Binding '${data.first-name}' has a data key with '-', which Meta's validator rejects. "
            + "Use letters, digits and '_'. @ screens[0].layout.children[0].text");
    // The data key warning stands on the key.
    ValidationWarning key = FlowJsonValidator.validate(flow).warnings().get(0);
    assertThat(flow.substring(key.span().columnStart() - 1, key.span().columnEnd() - 1)).isEqualTo("\"first-name\"");
    assertThat(warnings(flow.replace("first-name", "first_name"))).isEmpty();
  }

  @Test
  void the_multiply_operator() {
    String data = "\"title\": \"Done\", \"data\": {\"n\": {\"type\": \"number\", \"__example__\": 2}}, ";
    String text = "{\"type\": \"TextBody\", \"text\": \"`'Twice: ' (${data.n} %s 2)`\"}";

    assertThat(warnings(screen("7.3", data, text.formatted("*")))).containsExactly(
        "MULTIPLY_OPERATOR: Expression '`'Twice: ' (${data.n} * 2)`' uses '*', which Meta's docs do not list (only "
            + "'+', '-', '/' and '%'); phones may not support it. @ screens[0].layout.children[0].text");
    assertThat(warnings(screen("7.3", data, text.formatted("+")))).isEmpty();
  }

  @Test
  void a_dynamic_media_size() {
    String data = "\"title\": \"Done\", \"data\": {\"size\": {\"type\": \"string\", \"__example__\": \"large\"}}, ";
    String radio = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"RadioButtonsGroup\", \"name\": "
        + "\"r\", \"label\": \"Pick\", \"media-size\": \"%s\", \"data-source\": [{\"id\": \"a\", \"title\": \"A\"}]}]}";

    assertThat(warnings(screen("7.3", data, radio.formatted("${data.size}")))).containsExactly(
        "MEDIA_SIZE_BINDING: Property 'media-size' of RadioButtonsGroup is dynamic; Meta's Builder accepts only "
            + "'regular' or 'large' here. @ screens[0].layout.children[0].children[0].media-size");
    assertThat(warnings(screen("7.3", data, radio.formatted("large")))).isEmpty();
  }

  @Test
  void a_condition_that_phones_group_differently() {
    String data = "\"title\": \"Done\", \"data\": {\"a\": {\"type\": \"integer\", \"__example__\": 1}, \"b\": {\"type\": "
        + "\"boolean\", \"__example__\": true}}, ";
    String branch = "{\"type\": \"If\", \"condition\": \"%s\", \"then\": [{\"type\": \"TextBody\", \"text\": \"x\"}]}";

    assertThat(warnings(screen("7.3", data, branch.formatted("${data.a} == 1 && ${data.b}")))).containsExactly(
        "CONDITION_PRECEDENCE: Condition '${data.a} == 1 && ${data.b}' groups differently on phones: they apply '&&' "
            + "before comparisons, Meta's validator reads it like JavaScript. Add parentheses. @ "
            + "screens[0].layout.children[0].condition");
    assertThat(warnings(screen("7.3", data, branch.formatted("(${data.a} == 1) && ${data.b}")))).isEmpty();
  }

  @Test
  void a_pattern_without_helper_text() {
    String input = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"TextInput\", \"name\": \"n\", "
        + "\"label\": \"Code\", \"pattern\": \"[0-9]{4}\"%s}]}";

    assertThat(warnings(flow("7.3", input.formatted("")))).containsExactly(
        "PATTERN_WITHOUT_HELPER_TEXT: TextInput should have property helper-text when property pattern is present: "
            + "Meta's docs require a helper text that describes the pattern. @ "
            + "screens[0].layout.children[0].children[0].pattern");
    assertThat(warnings(flow("7.3", input.formatted(", \"helper-text\": \"4 digits\"")))).isEmpty();
  }

  @Test
  void a_pattern_with_an_input_type_that_ignores_it() {
    String input = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"TextInput\", \"name\": \"n\", "
        + "\"label\": \"Mail\", \"input-type\": \"%s\", \"helper-text\": \"Work mail\", \"pattern\": \".*@x\\\\.com\"}]}";

    assertThat(warnings(flow("7.3", input.formatted("email")))).containsExactly(
        "PATTERN_WITH_INPUT_TYPE: Property 'pattern' of TextInput applies only to input-type 'text', 'number', "
            + "'password' or 'passcode', not 'email'. @ screens[0].layout.children[0].children[0].pattern");
    assertThat(warnings(flow("7.3", input.formatted("passcode")))).isEmpty();
  }

  @Test
  void navigation_list_badges_tags_and_texts() {
    String item = "{\"id\": \"i%d\", \"main-content\": {\"title\": \"Item\"}%s}";
    String list = "{\"version\": \"6.2\", \"screens\": [{\"id\": \"MENU\", \"title\": \"Menu\", \"layout\": {\"type\": "
        + "\"SingleColumnLayout\", \"children\": [{\"type\": \"NavigationList\", \"name\": \"l\", \"list-items\": [%s], "
        + "\"on-click-action\": {\"name\": \"navigate\", \"next\": {\"type\": \"screen\", \"name\": \"DONE\"}, "
        + "\"payload\": {}}}]}}, {\"id\": \"DONE\", \"title\": \"Done\", \"terminal\": true, \"layout\": {\"type\": "
        + "\"SingleColumnLayout\", \"children\": [" + FOOTER + "]}}]}";
    String badge = ", \"badge\": \"New\"";
    String tags = ", \"tags\": [\"a\", \"b\", \"c\"%s]";

    assertThat(warnings(list.formatted(item.formatted(0, badge) + "," + item.formatted(1, badge)))).containsExactly(
        "MORE_THAN_ONE_BADGE: NavigationList has 2 items with a badge; Meta's docs allow a badge on one item per "
            + "list. @ screens[0].layout.children[0].list-items");
    assertThat(warnings(list.formatted(item.formatted(0, badge) + "," + item.formatted(1, "")))).isEmpty();

    assertThat(warnings(list.formatted(item.formatted(0, tags.formatted(", \"d\""))))).containsExactly(
        "OPTION_COUNT_OUT_OF_RANGE: Property 'tags' of a NavigationList item has 4 items; WhatsApp supports at most 3. "
            + "@ screens[0].layout.children[0].list-items[0].tags");
    assertThat(warnings(list.formatted(item.formatted(0, tags.formatted(""))))).isEmpty();

    String end = ", \"end\": {\"title\": \"%s\"}";
    assertThat(warnings(list.formatted(item.formatted(0, end.formatted(repeat("e", 11)))))).containsExactly(
        "CHARACTER_LIMIT_EXCEEDED: Property 'title' of the end of a NavigationList item has 11 characters; WhatsApp "
            + "shows at most 10. @ screens[0].layout.children[0].list-items[0].end.title");
    assertThat(warnings(list.formatted(item.formatted(0, end.formatted(repeat("e", 10)))))).isEmpty();
  }

  @Test
  void text_mixed_with_a_binding() {
    String data = "\"title\": \"Hi ${data.name}\", \"data\": {\"name\": {\"type\": \"string\", \"__example__\": "
        + "\"Ana\"}}, ";
    String text = "{\"type\": \"TextBody\", \"text\": \"%s\"}";

    assertThat(warnings(screen("7.3", data, text.formatted("Hello ${data.name}!")))).containsExactly(
        "STRING_INTERPOLATION: Property 'title' of screen 'DONE' mixes text and bindings, which Meta's docs do not "
            + "support; from Flow JSON 6.0 write it as a backtick expression. @ screens[0].title",
        "STRING_INTERPOLATION: Property 'text' of TextBody mixes text and bindings, which Meta's docs do not "
            + "support; from Flow JSON 6.0 write it as a backtick expression. @ screens[0].layout.children[0].text");
    String portable = screen("7.3", data.replace("Hi ${data.name}", "`'Hi ' ${data.name}`"),
        text.formatted("`'Hello ' ${data.name} '!'`"));
    assertThat(warnings(portable)).isEmpty();
    assertThat(warnings(portable.replace("`'Hello ' ${data.name} '!'`", "${data.name}"))).isEmpty();
  }

  @Test
  void warnings_come_in_document_order_and_not_after_schema_errors() {
    String text = "{\"type\": \"TextHeading\", \"text\": \"" + repeat("h", 81) + "\"}";
    String flow = screen("7.3", "", text);

    assertThat(warnings(flow)).extracting(w -> w.substring(0, w.indexOf(':'))).containsExactly(
        "MISSING_SCREEN_TITLE", "CHARACTER_LIMIT_EXCEEDED");
    ValidationResult schemaError = FlowJsonValidator.validate(flow.replace("\"terminal\": true", "\"terminal\": 1"));
    assertThat(schemaError.isValid()).isFalse();
    assertThat(schemaError.warnings()).isEmpty();
  }

  @Test
  void a_warning_in_json() {
    String flow = screen("7.3", "");
    ValidationWarning warning = FlowJsonValidator.validate(flow).warnings().get(0);
    // The screen object: from its "{" to one past its "}", which the closing "]}" of the flow follow.
    String span = "\"line_start\":1,\"line_end\":1,\"column_start\":" + (flow.indexOf("{\"id\"") + 1)
        + ",\"column_end\":" + (flow.length() - 1);

    assertThat(warning.toJson().toString()).isEqualTo("{\"warning\":\"MISSING_SCREEN_TITLE\",\"severity\":\"warning\","
        + "\"message\":\"Screen 'DONE' has no title: Meta's docs make it optional but Meta's Builder requires it.\","
        + span + ",\"pointers\":[{" + span + ",\"path\":\"screens[0]\"}]}");
  }
}
