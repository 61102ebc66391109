package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The schema stage inside properties (spec/flow-json.md section 8.5 step 3): properties per version, enums,
 * limits, non-blank and static strings, action shapes per trigger, item shapes, ids and top-level values.
 */
class SchemaValuesTest {

  private static final String FOOTER = "{\"type\": \"Footer\", \"label\": \"Go\", \"on-click-action\": {\"name\": \"complete\"}}";

  /** The data the components of these tests bind. */
  private static final String DATA = "{\"w\": {\"type\": \"string\", \"__example__\": \"bold\"}, \"kind\": {\"type\": "
      + "\"string\", \"__example__\": \"text\"}, \"picture\": {\"type\": \"string\", \"__example__\": \"AA==\"}, "
      + "\"values\": {\"type\": \"object\", \"properties\": {}, \"__example__\": {}}}";

  /** A one-screen terminal flow of a version with these components and a Footer. */
  private static String flow(String version, String... components) {
    return "{\"version\": \"" + version + "\", \"screens\": [{\"id\": \"DONE\", \"title\": \"Done\", \"terminal\": true,"
        + " \"data\": " + DATA + ", \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + String.join(",\n", components)
        + (components.length == 0 ? "" : ",\n") + FOOTER + "]}}]}";
  }

  private static List<String> errors(String flow) {
    return FlowJsonValidator.validate(flow).errors().stream()
        .map(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path()).toList();
  }

  private static final String AT = " @ screens[0].layout.children[0].";

  @Test
  void a_property_newer_than_the_flow_is_not_allowed() {
    String body = "{\"type\": \"TextBody\", \"text\": \"Hi\", \"markdown\": true}";
    assertThat(errors(flow("5.1", body))).isEmpty();
    assertThat(errors(flow("5.0", body))).containsExactly(
        "INVALID_PROPERTY_KEY: Property 'markdown' is not allowed in 'TextBody' component." + AT + "markdown");

    String input = "{\"type\": \"TextInput\", \"name\": \"n\", \"label\": \"L\", \"helper-text\": \"h\", \"pattern\": \"a+\"}";
    assertThat(errors(flow("6.2", input))).isEmpty();
    assertThat(errors(flow("6.1", input))).containsExactly(
        "INVALID_PROPERTY_KEY: Property 'pattern' is not allowed in 'TextInput' component." + AT + "pattern");

    String optIn = "{\"type\": \"OptIn\", \"name\": \"o\", \"label\": \"L\", \"on-unselect-action\": "
        + "{\"name\": \"update_data\", \"payload\": {}}}";
    assertThat(errors(flow("5.1", optIn))).containsExactly(
        "INVALID_PROPERTY_KEY: Property 'on-unselect-action' is not allowed in 'OptIn' component." + AT
            + "on-unselect-action");
  }

  @Test
  void init_value_and_error_message_exist_only_outside_a_form_from_4_0() {
    String input = "{\"type\": \"TextInput\", \"name\": \"n\", \"label\": \"L\", \"init-value\": \"x\"}";
    assertThat(errors(flow("4.0", input))).isEmpty();
    String inForm = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [" + input + "]}";
    assertThat(errors(flow("4.0", inForm))).containsExactly(
        "INVALID_PROPERTY_KEY: Property 'init-value' is not allowed in 'TextInput' component."
            + " @ screens[0].layout.children[0].children[0].init-value");
    String inIfInForm = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [{\"type\": \"If\", \"condition\": "
        + "\"${form.n}\", \"then\": [" + input + "]}]}";
    assertThat(errors(flow("4.0", inIfInForm))).containsExactly(
        "INVALID_PROPERTY_KEY: Property 'init-value' is not allowed in 'TextInput' component."
            + " @ screens[0].layout.children[0].children[0].then[0].init-value");
  }

  @Test
  void enum_values_literal_or_where_allowed_bound() {
    assertThat(errors(flow("7.3", "{\"type\": \"TextBody\", \"text\": \"Hi\", \"font-weight\": \"heavy\"}")))
        .containsExactly("INVALID_ENUM_VALUE: Value should be one of: [bold, italic, bold_italic, normal]." + AT
            + "font-weight");
    assertThat(errors(flow("7.3", "{\"type\": \"TextBody\", \"text\": \"Hi\", \"font-weight\": \"${data.w}\"}")))
        .isEmpty();
    assertThat(errors(flow("7.3", "{\"type\": \"TextInput\", \"name\": \"n\", \"label\": \"L\", \"input-type\": "
        + "\"${data.kind}\"}"))).containsExactly("INVALID_ENUM_VALUE: Value should be one of: [text, number, email, "
        + "password, passcode, phone]." + AT + "input-type");
    assertThat(errors(flow("7.3", "{\"type\": \"Image\", \"src\": \"AA==\", \"scale-type\": \"fill\"}")))
        .containsExactly("INVALID_ENUM_VALUE: Value should be one of: [cover, contain]." + AT + "scale-type");
    assertThat(errors(flow("7.3", "{\"type\": \"DocumentPicker\", \"name\": \"d\", \"label\": \"L\", "
        + "\"allowed-mime-types\": [\"application/pdf\", \"image/bmp\"]}"))).containsExactly(
        "INVALID_ENUM_VALUE: Value should be one of: [" + String.join(", ", List.of("application/gzip",
            "application/msword", "application/pdf", "application/vnd.ms-excel", "application/vnd.ms-powerpoint",
            "application/vnd.oasis.opendocument.presentation", "application/vnd.oasis.opendocument.spreadsheet",
            "application/vnd.oasis.opendocument.text",
            "application/vnd.openxmlformats-officedocument.presentationml.presentation",
            "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
            "application/vnd.openxmlformats-officedocument.wordprocessingml.document", "application/x-7z-compressed",
            "application/zip", "image/avif", "image/gif", "image/heic", "image/heif", "image/jpeg", "image/png",
            "image/tiff", "image/webp", "text/plain", "video/mp4", "video/mpeg")) + "]." + AT + "allowed-mime-types[1]");
  }

  @Test
  void literal_limits_of_pickers_and_selections() {
    assertThat(errors(flow("7.3", "{\"type\": \"PhotoPicker\", \"name\": \"p\", \"label\": \"L\", "
        + "\"max-file-size-kb\": 25601, \"min-uploaded-photos\": -1, \"max-uploaded-photos\": 0}"))).containsExactly(
        "MAXIMUM_VALUE_REQUIRED: The maximum value allowed for property 'max-file-size-kb' is 25600." + AT
            + "max-file-size-kb",
        "MINIMUM_VALUE_REQUIRED: The minimum value allowed for property 'min-uploaded-photos' is 0." + AT
            + "min-uploaded-photos",
        "MINIMUM_VALUE_REQUIRED: The minimum value allowed for property 'max-uploaded-photos' is 1." + AT
            + "max-uploaded-photos");
    String options = "[{\"id\": \"a\", \"title\": \"A\"}, {\"id\": \"b\", \"title\": \"B\"}]";
    assertThat(errors(flow("7.3", "{\"type\": \"CheckboxGroup\", \"name\": \"c\", \"label\": \"L\", \"data-source\": "
        + options + ", \"max-selected-items\": 1}"))).containsExactly(
        "MINIMUM_VALUE_REQUIRED: The minimum value allowed for property 'max-selected-items' is 2." + AT
            + "max-selected-items");
    assertThat(errors(flow("7.3", "{\"type\": \"ChipsSelector\", \"name\": \"c\", \"label\": \"L\", \"data-source\": "
        + options + ", \"max-selected-items\": 1}"))).isEmpty();
  }

  @Test
  void strings_are_non_blank_from_6_0() {
    String blank = "{\"type\": \"TextHeading\", \"text\": \" \\n \"}";
    assertThat(errors(flow("5.1", blank))).isEmpty();
    assertThat(errors(flow("6.0", blank))).containsExactly(
        "PATTERN_MISMATCH: Property 'text' should not be blank or an empty string." + AT + "text");
    assertThat(errors(flow("6.0", "{\"type\": \"TextHeading\", \"text\": \"\\nTwo\\nlines\\n\"}"))).isEmpty();
  }

  @Test
  void titles_are_non_blank_from_5_0() {
    String flow = "{\"version\": \"%s\", \"screens\": [{\"id\": \"DONE\", \"title\": \"\", \"terminal\": true, "
        + "\"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + FOOTER + "]}}]}";
    assertThat(errors(flow.formatted("4.0"))).isEmpty();
    assertThat(errors(flow.formatted("5.0"))).containsExactly(
        "PATTERN_MISMATCH: Property 'title' should not be blank or an empty string. @ screens[0].title");
  }

  @Test
  void names_are_static_from_6_0() {
    String bound = "{\"type\": \"TextInput\", \"name\": \"${data.field}\", \"label\": \"L\"}";
    assertThat(errors(flow("5.1", bound))).isEmpty();
    assertThat(errors(flow("6.0", bound))).containsExactly("PATTERN_MISMATCH: Property 'name' should match the "
        + "pattern '^(?!\\$\\{(screen\\.([a-zA-Z,_]*)\\.)?(data|form)\\..+\\})'." + AT + "name");
    assertThat(errors(flow("6.0", "{\"type\": \"TextInput\", \"name\": \"`'a' 'b'`\", \"label\": \"L\"}")))
        .containsExactly("PATTERN_MISMATCH: Property 'name' should not be enclosed in backticks." + AT + "name");
  }

  @Test
  void screen_ids_follow_the_pattern_of_their_version() {
    String flow = "{\"version\": \"%s\", \"screens\": [{\"id\": \"%s\", \"terminal\": true, "
        + "\"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + FOOTER + "]}}]}";
    String message = "PATTERN_MISMATCH: Property 'id' should only consist of alphabets and underscores. @ screens[0].id";
    assertThat(errors(flow.formatted("7.3", "CONFIRM_2"))).containsExactly(message);
    assertThat(errors(flow.formatted("6.3", "A,B"))).isEmpty();
    assertThat(errors(flow.formatted("7.0", "A,B"))).containsExactly(message);
    assertThat(errors(flow.formatted("6.3", "__"))).isEmpty();
    assertThat(errors(flow.formatted("7.0", "__"))).containsExactly(message);
  }

  @Test
  void checkbox_and_radio_labels_are_required_from_4_0() {
    String group = "{\"type\": \"RadioButtonsGroup\", \"name\": \"r\", \"data-source\": [{\"id\": \"a\", \"title\": \"A\"}]}";
    assertThat(errors(flow("3.1", "{\"type\": \"Form\", \"name\": \"f\", \"children\": [" + group + "]}"))).isEmpty();
    assertThat(errors(flow("4.0", group))).containsExactly(
        "MISSING_REQUIRED_PROPERTY: Required property 'label' is missing. @ screens[0].layout.children[0]");
  }

  // ------------------------------------------------------------------ actions

  private static String link(String action) {
    return "{\"type\": \"EmbeddedLink\", \"text\": \"More\", \"on-click-action\": " + action + "}";
  }

  private static final String LINK = AT + "on-click-action.";

  @Test
  void the_action_names_a_trigger_accepts_depend_on_version() {
    String openUrl = link("{\"name\": \"open_url\", \"url\": \"https://example.com\"}");
    assertThat(errors(flow("6.0", openUrl))).isEmpty();
    assertThat(errors(flow("5.1", openUrl))).containsExactly(
        "INVALID_ENUM_VALUE: Value should be one of: [navigate, data_exchange]." + LINK + "name");
    assertThat(errors(flow("7.3", link("{\"name\": \"complete\"}")))).containsExactly(
        "INVALID_ENUM_VALUE: Value should be one of: [navigate, data_exchange, open_url]." + LINK + "name");
    assertThat(errors(flow("7.3", "{\"type\": \"DatePicker\", \"name\": \"d\", \"label\": \"L\", \"on-select-action\": "
        + "{\"name\": \"update_data\", \"payload\": {}}}"))).containsExactly(
        "INVALID_ENUM_VALUE: Value should be one of: [data_exchange]." + AT + "on-select-action.name");
  }

  @Test
  void next_url_and_payload_belong_to_their_actions() {
    assertThat(errors(flow("7.3", link("{\"name\": \"navigate\", \"payload\": {}}")))).containsExactly(
        "MISSING_REQUIRED_PROPERTY: Required property 'next' is missing." + AT + "on-click-action");
    assertThat(errors(flow("7.3", link("{\"name\": \"open_url\", \"url\": \"https://example.com\", \"next\": "
        + "{\"type\": \"screen\", \"name\": \"DONE\"}, \"payload\": {}}")))).containsExactly(
        "NOT_KEYWORD_SCHEMA_VALIDATION_FAILED: Property 'next' cannot be specified at on-click-action 'open_url'."
            + LINK + "next",
        "NOT_KEYWORD_SCHEMA_VALIDATION_FAILED: Property 'payload' cannot be specified at on-click-action 'open_url'."
            + LINK + "payload");
    assertThat(errors(flow("7.3", link("{\"name\": \"open_url\"}")))).containsExactly(
        "MISSING_REQUIRED_PROPERTY: Required property 'url' is missing." + AT + "on-click-action");
    assertThat(errors(flow("7.3", link("{\"name\": \"open_url\", \"url\": \"example.com/terms\"}")))).containsExactly(
        "INVALID_PROPERTY_VALUE_FORMAT: Property 'url' should be in 'uri' format." + LINK + "url");
    assertThat(errors(flow("7.3", link("{\"name\": \"navigate\", \"next\": {\"type\": \"plugin\", \"name\": \"DONE\"},"
        + " \"target\": 1}")))).containsExactly(
        "INVALID_PROPERTY_KEY: Property 'target' is not allowed." + LINK + "target",
        "INVALID_ENUM_VALUE: Value should be one of: [screen]." + LINK + "next.type");
  }

  @Test
  void selection_actions_need_a_payload() {
    assertThat(errors(flow("7.3", "{\"type\": \"OptIn\", \"name\": \"o\", \"label\": \"L\", \"on-select-action\": "
        + "{\"name\": \"update_data\"}}"))).containsExactly(
        "MISSING_REQUIRED_PROPERTY: Required property 'payload' is missing." + AT + "on-select-action");
  }

  // ------------------------------------------------------------------ items

  private static String radios(String items) {
    return "{\"type\": \"RadioButtonsGroup\", \"name\": \"r\", \"label\": \"L\", \"data-source\": [" + items + "]}";
  }

  @Test
  void data_source_items_have_their_shape_per_version() {
    String image = "{\"id\": \"a\", \"title\": \"A\", \"image\": \"AA==\", \"alt-text\": \"pic\"}";
    assertThat(errors(flow("5.0", radios(image)))).isEmpty();
    assertThat(errors(flow("4.0", radios(image)))).containsExactly(
        "INVALID_PROPERTY_KEY: Property 'image' is not allowed." + AT + "data-source[0].image",
        "INVALID_PROPERTY_KEY: Property 'alt-text' is not allowed." + AT + "data-source[0].alt-text");
    assertThat(errors(flow("7.3", radios("{\"id\": \"a\", \"color\": \"#12345\", \"enabled\": \"no\"}"))))
        .containsExactly(
            "PATTERN_MISMATCH: Property 'color' should match the pattern '^#([A-Fa-f0-9]{6})$'." + AT
                + "data-source[0].color",
            "INVALID_PROPERTY_TYPE: Expected property 'enabled' to be of type 'boolean' but found 'string'." + AT
                + "data-source[0].enabled",
            "MISSING_REQUIRED_PROPERTY: Required property 'title' is missing." + AT + "data-source[0]");
    assertThat(errors(flow("7.3", radios("{\"id\": \"a\", \"title\": \"A\", \"on-select-action\": "
        + "{\"name\": \"data_exchange\", \"payload\": {}}}")))).containsExactly(
        "INVALID_ENUM_VALUE: Value should be one of: [update_data]." + AT + "data-source[0].on-select-action.name");
    assertThat(errors(flow("7.3", "{\"type\": \"ChipsSelector\", \"name\": \"c\", \"label\": \"L\", \"data-source\": "
        + "[{\"id\": \"a\", \"title\": \"A\", \"description\": \"d\"}]}"))).containsExactly(
        "INVALID_PROPERTY_KEY: Property 'description' is not allowed." + AT + "data-source[0].description");
  }

  @Test
  void navigation_items_and_carousel_images_have_their_shape() {
    String list = "{\"type\": \"NavigationList\", \"name\": \"l\", \"list-items\": [{\"id\": \"a\", \"main-content\": "
        + "{\"description\": \"d\", \"subtitle\": \"s\"}, \"start\": {\"alt-text\": \"x\"}, \"tags\": [1]}], "
        + "\"on-click-action\": {\"name\": \"data_exchange\", \"payload\": {}}}";
    String screen = "{\"version\": \"7.3\", \"data_api_version\": \"3.0\", \"routing_model\": {\"LIST\": []}, "
        + "\"screens\": [{\"id\": \"LIST\", \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + list
        + "]}}]}";
    String at = " @ screens[0].layout.children[0].list-items[0].";
    assertThat(errors(screen)).containsExactly(
        "INVALID_PROPERTY_KEY: Property 'subtitle' is not allowed." + at + "main-content.subtitle",
        "MISSING_REQUIRED_PROPERTY: Required property 'title' is missing." + at + "main-content",
        "MISSING_REQUIRED_PROPERTY: Required property 'image' is missing." + at + "start",
        "INVALID_PROPERTY_TYPE: Expected property 'tags' to be of type 'string' but found 'integer'." + at + "tags[0]");

    assertThat(errors(flow("7.3", "{\"type\": \"ImageCarousel\", \"images\": [{\"src\": \"AA==\", \"caption\": \"c\"}]}")))
        .containsExactly(
            "INVALID_PROPERTY_KEY: Property 'caption' is not allowed." + AT + "images[0].caption",
            "MISSING_REQUIRED_PROPERTY: Required property 'alt-text' is missing." + AT + "images[0]");
  }

  @Test
  void switch_case_keys_follow_their_pattern() {
    String sw = "{\"type\": \"Switch\", \"value\": \"${data.kind}\", \"cases\": {\"1st\": [{\"type\": \"TextBody\", "
        + "\"text\": \"One\"}]}}";
    assertThat(errors(flow("7.3", sw))).containsExactly(
        "PATTERN_MISMATCH: Property '1st' should match the pattern '^[a-zA-Z][a-zA-Z0-9-_]*$'." + AT + "cases.1st");
  }

  // ------------------------------------------------------------------ top level

  @Test
  void data_api_version_values_per_flow_version() {
    String flow = "{\"version\": \"%s\", \"data_api_version\": \"%s\", \"routing_model\": {}, \"screens\": [{\"id\": "
        + "\"DONE\", \"terminal\": true, \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + FOOTER
        + "]}}]}";
    assertThat(errors(flow.formatted("7.3", "4.0"))).isEmpty();
    assertThat(errors(flow.formatted("7.2", "4.0"))).containsExactly(
        "INVALID_PROPERTY_VALUE: Invalid value found for property 'data_api_version'. Expected '3.0'. @ data_api_version");
    assertThat(errors(flow.formatted("7.3", "2.0"))).containsExactly(
        "INVALID_ENUM_VALUE: Value should be one of: [3.0, 4.0]. @ data_api_version");
  }

  @Test
  void routing_model_entries_are_screen_ids() {
    String flow = "{\"version\": \"7.3\", \"data_api_version\": \"3.0\", \"routing_model\": {\"DONE\": [\"NEXT_1\"],"
        + " \"A\": \"DONE\"}, \"screens\": [{\"id\": \"DONE\", \"terminal\": true, \"layout\": {\"type\": "
        + "\"SingleColumnLayout\", \"children\": [" + FOOTER + "]}}]}";
    assertThat(errors(flow)).containsExactly(
        "PATTERN_MISMATCH: Property 'DONE' should match the pattern '^(?!_+$)[a-zA-Z_]+$'. @ routing_model.DONE[0]",
        "INVALID_PROPERTY_TYPE: Expected property 'A' to be of type 'array' but found 'string'. @ routing_model.A");
  }

  @Test
  void empty_arrays_where_meta_wants_items() {
    assertThat(errors("{\"version\": \"7.3\", \"screens\": []}")).containsExactly(
        "MIN_ITEMS_REQUIRED: Property 'screens' should have at least '1' items. @ screens");
    String sensitive = "{\"version\": \"7.3\", \"screens\": [{\"id\": \"DONE\", \"terminal\": true, \"sensitive\": [],"
        + " \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + FOOTER + "]}}]}";
    assertThat(errors(sensitive)).containsExactly(
        "MIN_ITEMS_REQUIRED: Property 'sensitive' should have at least '1' items. @ screens[0].sensitive");
  }

  @Test
  void a_data_channel_uri_must_be_a_web_address() {
    String flow = "{\"version\": \"2.1\", \"data_channel_uri\": \"%s\", \"screens\": [{\"id\": \"DONE\", \"terminal\":"
        + " true, \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + FOOTER + "]}}]}";
    assertThat(errors(flow.formatted("https://example.com/flow"))).isEmpty();
    assertThat(errors(flow.formatted("not a uri"))).containsExactly(
        "INVALID_PROPERTY_VALUE_FORMAT: Property 'data_channel_uri' should be in 'uri' format. @ data_channel_uri");
  }

  @Test
  void a_flow_has_at_most_100_screens() {
    StringBuilder screens = new StringBuilder();
    for (int i = 0; i < 101; i++) {
      String id = "S" + (char) ('A' + i / 26) + (char) ('A' + i % 26);
      String next = "S" + (char) ('A' + (i + 1) / 26) + (char) ('A' + (i + 1) % 26);
      String footer = i == 100 ? FOOTER : "{\"type\": \"Footer\", \"label\": \"Go\", \"on-click-action\": "
          + "{\"name\": \"navigate\", \"next\": {\"type\": \"screen\", \"name\": \"" + next + "\"}}}";
      screens.append(i == 0 ? "" : ",").append("{\"id\": \"").append(id).append("\"").append(i == 100 ? ", "
          + "\"terminal\": true" : "").append(", \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [")
          .append(footer).append("]}}");
    }
    assertThat(errors("{\"version\": \"7.3\", \"screens\": [" + screens + "]}")).containsExactly(
        "MAX_SCREENS_NUMBER: Maximum number of screens allowed per Flow is 100 but found 101. @ screens");
  }

  @Test
  void literal_image_sources_are_base64_as_a_browser_decodes_it() {
    assertThat(errors(flow("7.3", "{\"type\": \"Image\", \"src\": \"iVBO\\nRw0K\"}"))).isEmpty();
    assertThat(errors(flow("7.3", "{\"type\": \"Image\", \"src\": \"iVBORw0\"}"))).isEmpty();
    assertThat(errors(flow("7.3", "{\"type\": \"Image\", \"src\": \"${data.picture}\"}"))).isEmpty();
    assertThat(errors(flow("7.3", "{\"type\": \"Image\", \"src\": \"https://example.com/a.png\"}")))
        .containsExactly("INVALID_PROPERTY_VALUE: Image source is not in a valid base64 format." + AT + "src");
    assertThat(errors(flow("7.3", "{\"type\": \"ImageCarousel\", \"images\": [{\"src\": \"AA==\", "
        + "\"alt-text\": \"a\"}, {\"src\": \"A\", \"alt-text\": \"b\"}]}"))).containsExactly(
        "INVALID_PROPERTY_VALUE: Image source is not in a valid base64 format." + AT + "images[1].src");
  }

  @Test
  void form_init_values_are_an_object_or_a_binding() {
    String form = "{\"type\": \"Form\", \"name\": \"f\", \"init-values\": %s, \"children\": [{\"type\": "
        + "\"TextInput\", \"name\": \"a\", \"label\": \"A\"}]}";
    assertThat(errors(flow("7.3", form.formatted("{\"a\": \"x\"}")))).isEmpty();
    assertThat(errors(flow("7.3", form.formatted("\"${data.values}\"")))).isEmpty();
    assertThat(errors(flow("7.3", form.formatted("\"hello\"")))).containsExactly(
        "INVALID_PROPERTY_TYPE: Expected property 'init-values' to be of type 'object' but found 'string'." + AT
            + "init-values");
  }

  @Test
  void a_footer_stands_in_the_branches_of_a_top_level_if_only() {
    String top = "{\"type\": \"If\", \"condition\": \"${data.flag}\", \"then\": [%s], \"else\": [%s]}";
    String data = "{\"version\": \"7.3\", \"screens\": [{\"id\": \"DONE\", \"terminal\": true, \"data\": {\"flag\": "
        + "{\"type\": \"boolean\", \"__example__\": true}}, \"layout\": {\"type\": \"SingleColumnLayout\", "
        + "\"children\": [%s]}}]}";
    assertThat(errors(data.formatted(top.formatted(FOOTER, FOOTER)))).isEmpty();
    String nested = top.formatted(top.formatted(FOOTER, FOOTER), FOOTER);
    assertThat(errors(data.formatted(nested))).first().asString().startsWith("ONE_OF_SCHEMA_VALIDATION_FAILED: "
        + "Invalid value found for property 'type'. Expected one of: [TextHeading, ").doesNotContain("Footer")
        .endsWith(" @ screens[0].layout.children[0].then[0].then[0].type");
  }
}
