package dev.flowkit.validation;

import static dev.flowkit.validation.TestFlows.FOOTER;
import static dev.flowkit.validation.TestFlows.errors;
import static dev.flowkit.validation.TestFlows.oneScreen;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** RichText and NavigationList screens (spec/flow-json.md section 3.3). */
class PlacementRulesTest {

  private static final String RICH_TEXT = "{\"type\": \"RichText\", \"text\": \"# Terms\"}";
  private static final String BODY = "{\"type\": \"TextBody\", \"text\": \"Hello\"}";
  private static final String ALONE_BEFORE_6_3 = "INVALID_COMPONENT_PLACEMENT: Only one RichText component can be "
      + "used per screen. Please remove other components. @ screens[0].layout.children[0]";
  private static final String WITH_FOOTER_FROM_6_3 = "INVALID_COMPONENT_PLACEMENT: RichText can either be the only "
      + "component on the screen or it can be paired exclusively with the Footer component. @ "
      + "screens[0].layout.children[0]";

  @Test
  void before_6_3_a_rich_text_stands_alone() {
    assertThat(errors(oneScreen("6.2", RICH_TEXT, FOOTER))).containsExactly(ALONE_BEFORE_6_3);
    assertThat(errors(oneScreen("5.1", RICH_TEXT, BODY, FOOTER))).containsExactly(ALONE_BEFORE_6_3);
  }

  @Test
  void from_6_3_a_rich_text_may_share_its_screen_with_one_footer_only() {
    assertThat(errors(oneScreen("6.3", RICH_TEXT, FOOTER))).isEmpty();
    assertThat(errors(oneScreen("7.3", RICH_TEXT, BODY, FOOTER))).containsExactly(WITH_FOOTER_FROM_6_3);
  }

  @Test
  void a_component_in_a_branch_is_a_component_beside_the_rich_text() {
    String ifWithText = "{\"type\": \"If\", \"condition\": \"${data.ok}\", \"then\": [" + BODY + "]}";
    String flow = "{\"version\": \"7.3\", \"screens\": [{\"id\": \"DONE\", \"title\": \"Done\", \"terminal\": true, "
        + "\"data\": {\"ok\": {\"type\": \"boolean\", \"__example__\": true}}, \"layout\": {\"type\": "
        + "\"SingleColumnLayout\", \"children\": [" + RICH_TEXT + ", " + ifWithText + ", " + FOOTER + "]}}]}";

    assertThat(errors(flow)).containsExactly(WITH_FOOTER_FROM_6_3);
  }

  private static String listScreen(String... more) {
    String list = "{\"type\": \"NavigationList\", \"name\": \"menu\", \"list-items\": [{\"id\": \"a\", \"main-content\": "
        + "{\"title\": \"A\"}, \"on-click-action\": {\"name\": \"navigate\", \"next\": {\"type\": \"screen\", \"name\": "
        + "\"DONE\"}}}]}";
    String children = more.length == 0 ? list : String.join(", ", more).replace("LIST", list);
    return "{\"version\": \"7.3\", \"screens\": [{\"id\": \"MENU\", \"title\": \"Menu\", \"layout\": {\"type\": "
        + "\"SingleColumnLayout\", \"children\": [" + children + "]}}, {\"id\": \"DONE\", \"title\": \"Done\", "
        + "\"terminal\": true, \"layout\": {\"type\": \"SingleColumnLayout\", \"children\": [" + FOOTER + "]}}]}";
  }

  @Test
  void a_navigation_list_screen_holds_navigation_lists_only() {
    assertThat(errors(listScreen())).isEmpty();
    // A Form around it is ignored.
    assertThat(errors(listScreen("{\"type\": \"Form\", \"name\": \"f\", \"children\": [LIST]}"))).isEmpty();

    assertThat(errors(listScreen(BODY, "LIST"))).containsExactly("INVALID_COMPONENT_PLACEMENT: Only NavigationList "
        + "components can be used on a screen with a NavigationList. Please remove other components. @ "
        + "screens[0].layout.children[1]");
  }
}
