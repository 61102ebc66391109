package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Counts and placement on a screen (spec/flow-json.md sections 3.3 and 8.5 step 9). */
class ComponentRulesTest {

  private static final String FOOTER = "{\"type\": \"Footer\", \"label\": \"Go\", \"on-click-action\": {\"name\": \"complete\"}}";

  /** A one-screen, terminal flow declaring the boolean x, with these components (a Footer is the caller's business). */
  private static String flow(String version, String... components) {
    return "{\"version\": \"" + version + "\", \"screens\": [{\"id\": \"DONE\", \"terminal\": true, "
        + "\"data\": {\"x\": {\"type\": \"boolean\", \"__example__\": true}}, \"layout\": "
        + "{\"type\": \"SingleColumnLayout\", \"children\": [" + String.join(",\n", components) + "]}}]}";
  }

  private static List<String> errors(String flow) {
    return FlowJsonValidator.validate(flow).errors().stream()
        .map(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path()).toList();
  }

  private static String link(int i) {
    return "{\"type\": \"EmbeddedLink\", \"text\": \"L" + i + "\", \"on-click-action\": {\"name\": \"open_url\", "
        + "\"url\": \"https://example.com/" + i + "\"}}";
  }

  @Test
  void a_second_footer_exceeds_its_cap() {
    assertThat(errors(flow("7.3", FOOTER, FOOTER))).containsExactly(
        "COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN: Maximum number of Footer allowed per screen is 1 but found 2. @ "
            + "screens[0].layout");
  }

  @Test
  void an_if_counts_as_its_largest_branch() {
    String ifWithFooters = "{\"type\": \"If\", \"condition\": \"${data.x}\", \"then\": [" + FOOTER + "], \"else\": ["
        + FOOTER + "]}";
    assertThat(errors(flow("7.3", ifWithFooters))).isEmpty();
    assertThat(errors(flow("7.3", ifWithFooters, FOOTER))).containsExactly(
        "COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN: Maximum number of Footer allowed per screen is 1 but found 2. @ "
            + "screens[0].layout");
  }

  @Test
  void too_many_components_on_one_screen() {
    String text = "{\"type\": \"TextBody\", \"text\": \"x\"}";
    List<String> components = new java.util.ArrayList<>(Collections.nCopies(100, text));
    components.add(FOOTER);

    assertThat(errors(flow("7.3", components.toArray(String[]::new)))).containsExactly(
        "MAX_ALLOWED_COMPONENTS_PER_SCREEN: Maximum number of components allowed per screen is 100 but found 101. @ "
            + "screens[0].layout");
    // A Form is not counted.
    components.remove(0);
    assertThat(errors(flow("7.3", "{\"type\": \"Form\", \"name\": \"f\", \"children\": [" + String.join(",", components)
        + "]}"))).isEmpty();
  }

  @Test
  void one_photo_or_document_picker_per_screen() {
    String photo = "{\"type\": \"PhotoPicker\", \"name\": \"p\", \"label\": \"Photo\"}";
    String document = "{\"type\": \"DocumentPicker\", \"name\": \"d\", \"label\": \"Doc\"}";

    assertThat(errors(flow("7.3", photo, document, FOOTER))).containsExactly(
        "COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN: You can only have a maximum of 1 component of type PhotoPicker or "
            + "DocumentPicker per screen. @ screens[0].layout");
  }

  @Test
  void embedded_links_cap_and_form_cap_from_7_0() {
    assertThat(errors(flow("7.3", link(1), link(2), link(3), FOOTER))).containsExactly(
        "COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN: Maximum number of EmbeddedLink allowed per screen is 2 but found 3. @ "
            + "screens[0].layout");
    String form = "{\"type\": \"Form\", \"name\": \"f%d\", \"children\": [{\"type\": \"TextBody\", \"text\": \"x\"}]}";
    assertThat(errors(flow("7.0", form.formatted(1), form.formatted(2), FOOTER))).containsExactly(
        "COMPONENT_TYPE_MAX_NUMBER_PER_SCREEN: Maximum number of Form allowed per screen is 1 but found 2. @ "
            + "screens[0].layout");
    assertThat(errors(flow("6.3", form.formatted(1), form.formatted(2), FOOTER))).isEmpty();
  }

  @Test
  void if_nesting_and_empty_branches() {
    String text = "{\"type\": \"TextBody\", \"text\": \"x\"}";
    String nested = text;
    for (int depth = 0; depth < 4; depth++) {
      nested = "{\"type\": \"If\", \"condition\": \"${data.x}\", \"then\": [" + nested + "]}";
    }
    assertThat(errors(flow("7.3", nested, FOOTER))).containsExactly(
        "MAXIMUM_IF_NESTING: The 'If' component can only be nested up to 3 levels deep. @ "
            + "screens[0].layout.children[0].then[0].then[0].then[0]");

    String emptyThen = "{\"type\": \"If\", \"condition\": \"${data.x}\", \"then\": []}";
    String emptySwitch = "{\"type\": \"Switch\", \"value\": \"${data.x}\", \"cases\": {}}";
    assertThat(errors(flow("7.3", emptyThen, emptySwitch, FOOTER))).containsExactly(
        "INVALID_PROPERTY_VALUE: Expected array to contain at least one component. @ screens[0].layout.children[0].then",
        "EMPTY_SWITCH_CASES: The 'cases' property of a Switch component cannot be empty. @ "
            + "screens[0].layout.children[1].cases");
  }

  @Test
  void inputs_outside_a_present_form() {
    String form = "{\"type\": \"Form\", \"name\": \"f\", \"children\": [" + FOOTER + "]}";
    String input = "{\"type\": \"TextInput\", \"name\": \"n\", \"label\": \"Name\"}";
    String optIn = "{\"type\": \"OptIn\", \"name\": \"o\", \"label\": \"Agree\"}";

    assertThat(errors(flow("7.3", form, input))).containsExactly(
        "COMPONENTS_OUTSIDE_FORM: Component 'TextInput' is not allowed outside Form when Form component is present. @ "
            + "screens[0].layout.children");
    assertThat(errors(flow("7.3", form, input, optIn))).containsExactly(
        "COMPONENTS_OUTSIDE_FORM: Components 'TextInput', 'OptIn' are not allowed outside Form when Form component is "
            + "present. @ screens[0].layout.children");
    assertThat(errors(flow("7.3", input, FOOTER))).isEmpty();
  }

  @Test
  void names_are_unique_across_branches() {
    String twice = "{\"type\": \"If\", \"condition\": \"${data.x}\", \"then\": [{\"type\": \"TextInput\", \"name\": \"n\", "
        + "\"label\": \"A\"}], \"else\": [{\"type\": \"TextInput\", \"name\": \"n\", \"label\": \"B\"}]}";

    assertThat(errors(flow("7.3", twice, FOOTER))).containsExactly(
        "DUPLICATE_FORM_COMPONENT_NAMES: Duplicate name found for Form components: 'n'. @ screens[0].layout.children");
  }

  @Test
  void image_carousels_per_flow_and_navigation_lists_on_terminal_screens() {
    String carousel = "{\"type\": \"ImageCarousel\", \"images\": [{\"src\": \"AA==\", \"alt-text\": \"a\"}]}";
    String screen = "{\"id\": \"S%s\", \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + carousel + ", "
        + carousel + ", {\"type\": \"Footer\", \"label\": \"Go\", \"on-click-action\": {\"name\": \"navigate\", "
        + "\"next\": {\"type\": \"screen\", \"name\": \"DONE\"}}}]}}";
    String flow = "{\"version\": \"7.3\", \"routing_model\": {\"SA\": [\"DONE\"], \"SB\": [\"DONE\"]}, \"screens\": ["
        + screen.formatted("A") + ", " + screen.formatted("B") + ", {\"id\": \"DONE\", \"terminal\": true, \"layout\": "
        + "{\"type\": \"SingleColumnLayout\", \"children\": [" + FOOTER + "]}}]}";
    assertThat(errors(flow)).contains(
        "INVALID_PROPERTY_VALUE: Maximum number of ImageCarousel allowed per Flow is 3 but found 4. @ screens");

    String list = "{\"type\": \"NavigationList\", \"name\": \"l\", \"list-items\": [{\"id\": \"a\", \"main-content\": "
        + "{\"title\": \"A\"}, \"on-click-action\": {\"name\": \"data_exchange\", \"payload\": {}}}]}";
    assertThat(errors(flow("7.3", list, FOOTER))).contains(
        "INVALID_PROPERTY_KEY: Property 'terminal' is not allowed. @ screens[0].terminal");
  }
}
