package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Screen data models (section 3.4) and Footers in If/Switch branches (section 3.3). */
class DataModelAndBranchRulesTest {

  private static final String FOOTER = "{\"type\": \"Footer\", \"label\": \"Go\", \"on-click-action\": {\"name\": \"complete\"}}";

  /** The fields the branch tests bind: conditions and Switch values must name declared data. */
  private static final String BRANCH_DATA = "{\"x\": {\"type\": \"boolean\", \"__example__\": true}, "
      + "\"k\": {\"type\": \"string\", \"__example__\": \"a\"}}";

  private static String flow(String data, String... components) {
    return "{\"version\": \"7.3\", \"screens\": [{\"id\": \"DONE\", \"terminal\": true" + (data.isEmpty() ? "" : ", \"data\": " + data)
        + ", \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + String.join(",\n", components) + "]}}]}";
  }

  private static List<String> errors(String flow) {
    return FlowJsonValidator.validate(flow).errors().stream()
        .map(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path()).toList();
  }

  @Test
  void every_field_declares_a_string_type_and_arrays_their_items() {
    String data = """
        {"a": {"__example__": 1},
         "b": {"type": 3, "__example__": 1},
         "c": {"type": "array", "__example__": []},
         "d": {"type": "array", "items": "string", "__example__": []}}""";

    assertThat(errors(flow(data, FOOTER))).containsExactly(
        "INVALID_SCREEN_DATA: Missing the definition of property 'type'. @ screens[0].data.a",
        "INVALID_SCREEN_DATA: Expected the property 'type' to be of type string. @ screens[0].data.b.type",
        "INVALID_SCREEN_DATA: Missing the schema for property 'items' in array. @ screens[0].data.c",
        "INVALID_SCREEN_DATA: Expected the property 'items' to be of type boolean or object. @ screens[0].data.d.items");
  }

  @Test
  void examples_sit_at_the_top_of_a_field_and_match_its_type() {
    String data = """
        {"count": {"type": "integer", "__example__": 1.5},
         "name": {"type": "string", "__example__": "Ada"},
         "price": {"type": "number", "__example__": 3},
         "slots": {"type": "array", "items": {"type": "object", "__example__": {},
                   "properties": {"id": {"type": "string", "__example__": "x"}}}, "__example__": []}}""";

    assertThat(errors(flow(data, FOOTER))).containsExactly(
        "INVALID_SCREEN_DATA: Invalid data model schema. Expected property '__example__' to be of type integer, but "
            + "found number. @ screens[0].data.count.__example__",
        "INVALID_SCREEN_DATA: Property '__example__' is allowed only as a top level property of data model. Invalid "
            + "entry: 'slots.items'. @ screens[0].data.slots.items.__example__",
        "INVALID_SCREEN_DATA: Property '__example__' is allowed only as a top level property of data model. Invalid "
            + "entry: 'slots.items.properties.id'. @ screens[0].data.slots.items.properties.id.__example__");
  }

  @Test
  void a_footer_in_an_if_needs_an_else_with_one_too() {
    String text = "{\"type\": \"TextBody\", \"text\": \"x\"}";
    String noElse = "{\"type\": \"If\", \"condition\": \"${data.x}\", \"then\": [" + FOOTER + "]}";
    String elseWithout = "{\"type\": \"If\", \"condition\": \"${data.x}\", \"then\": [" + FOOTER + "], \"else\": [" + text + "]}";
    String both = "{\"type\": \"If\", \"condition\": \"${data.x}\", \"then\": [" + FOOTER + "], \"else\": [" + FOOTER + "]}";

    assertThat(errors(flow(BRANCH_DATA, noElse))).containsExactly(
        "MISSING_FOOTER_IN_IF_ELSE_BRANCHES: Missing Footer inside one of the 'If' component branches. Branch 'else' "
            + "should exist and contain one Footer. @ screens[0].layout.children[0]");
    assertThat(errors(flow(BRANCH_DATA, elseWithout))).containsExactly(
        "MISSING_FOOTER_IN_IF_ELSE_BRANCHES: Footer component must be present in all branches of 'If' component if it "
            + "exists in any one branch. @ screens[0].layout.children[0]");
    assertThat(errors(flow(BRANCH_DATA, both))).isEmpty();
  }

  @Test
  void a_footer_in_a_switch_is_in_every_case_or_none() {
    String text = "{\"type\": \"TextBody\", \"text\": \"x\"}";
    String some = "{\"type\": \"Switch\", \"value\": \"${data.k}\", \"cases\": {\"a\": [" + FOOTER + "], \"b\": [" + text + "]}}";
    String all = "{\"type\": \"Switch\", \"value\": \"${data.k}\", \"cases\": {\"a\": [" + FOOTER + "], \"b\": [" + FOOTER + "]}}";

    assertThat(errors(flow(BRANCH_DATA, some, FOOTER))).contains(
        "MISSING_FOOTER_IN_SWITCH_BRANCHES: Footer component must be present in all switch cases if it exists in one of "
            + "the cases. @ screens[0].layout.children[0]");
    assertThat(errors(flow(BRANCH_DATA, all))).isEmpty();
  }
}
