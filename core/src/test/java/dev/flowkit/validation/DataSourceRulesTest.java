package dev.flowkit.validation;

import static dev.flowkit.validation.TestFlows.FOOTER;
import static dev.flowkit.validation.TestFlows.errors;
import static dev.flowkit.validation.TestFlows.oneScreen;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Data-source items show images or colours, not both (spec/flow-json.md section 5.7). */
class DataSourceRulesTest {

  private static String radios(String items) {
    return "{\"type\": \"RadioButtonsGroup\", \"name\": \"plan\", \"label\": \"Plan\", \"data-source\": [" + items
        + "]}";
  }

  private static final String WITH_IMAGE = "{\"id\": \"a\", \"title\": \"A\", \"image\": \"iVBORw0KGgo=\"}";
  private static final String WITH_COLOR = "{\"id\": \"b\", \"title\": \"B\", \"color\": \"#FF0000\"}";
  private static final String BOTH = "DATA_SOURCE_ITEMS_HAVE_BOTH_IMAGE_AND_COLOR: The data-source of "
      + "RadioButtonsGroup 'plan' cannot have both 'image' and 'color' in its items. @ "
      + "screens[0].layout.children[0].data-source";

  @Test
  void one_kind_of_decoration_per_data_source() {
    assertThat(errors(oneScreen("5.0", radios(WITH_IMAGE + ", " + WITH_IMAGE.replace("\"a\"", "\"c\"")), FOOTER)))
        .isEmpty();
    assertThat(errors(oneScreen("5.0", radios(WITH_IMAGE + ", " + WITH_COLOR), FOOTER))).containsExactly(BOTH);
    String oneItemWithBoth = "{\"id\": \"a\", \"title\": \"A\", \"image\": \"iVBORw0KGgo=\", \"color\": \"#FF0000\"}";
    assertThat(errors(oneScreen("7.3", radios(oneItemWithBoth), FOOTER))).containsExactly(BOTH);
  }
}
