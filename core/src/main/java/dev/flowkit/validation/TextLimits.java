package dev.flowkit.validation;

import java.util.Map;

/**
 * The character limits of spec/flow-json.md section 5 (Meta's component docs), with the picks of section 10 where
 * sources disagree: OptIn label 120, EmbeddedLink text 25, Dropdown label 20, TextCaption text 409. Meta's static
 * validator does not enforce them (section 8.6): a phone truncates or drops the text, so they are warnings.
 */
final class TextLimits {

  /** By component type: property name to the most characters (code points) shown. */
  static final Map<String, Map<String, Integer>> BY_TYPE = Map.ofEntries(
      Map.entry("TextHeading", Map.of("text", 80)),
      Map.entry("TextSubheading", Map.of("text", 80)),
      Map.entry("TextBody", Map.of("text", 4096)),
      Map.entry("TextCaption", Map.of("text", 409)),
      Map.entry("TextInput", Map.of("label", 20, "helper-text", 80, "error-message", 30)),
      Map.entry("TextArea", Map.of("label", 20, "helper-text", 80)),
      Map.entry("CheckboxGroup", Map.of("label", 30, "description", 300)),
      Map.entry("RadioButtonsGroup", Map.of("label", 30, "description", 300)),
      Map.entry("Dropdown", Map.of("label", 20)),
      Map.entry("ChipsSelector", Map.of("label", 80, "description", 300)),
      Map.entry("DatePicker", Map.of("label", 40, "helper-text", 80, "error-message", 80)),
      // label, helper-text and error-message are objects {start-date, end-date} in range mode: each part counts.
      Map.entry("CalendarPicker", Map.of("title", 80, "description", 300, "label", 40, "helper-text", 80,
          "error-message", 80)),
      Map.entry("OptIn", Map.of("label", 120)),
      Map.entry("EmbeddedLink", Map.of("text", 25)),
      Map.entry("Footer", Map.of("label", 35, "left-caption", 15, "center-caption", 15, "right-caption", 15)),
      Map.entry("PhotoPicker", Map.of("label", 80, "description", 300)),
      Map.entry("DocumentPicker", Map.of("label", 80, "description", 300)),
      Map.entry("NavigationList", Map.of("label", 80, "description", 300)));

  /** A data-source item of CheckboxGroup, RadioButtonsGroup, Dropdown and ChipsSelector (section 5.7). */
  static final Map<String, Integer> DATA_SOURCE_ITEM = Map.of("title", 30, "description", 300, "metadata", 20);

  /** A NavigationList item's {@code main-content} (section 5.20). */
  static final Map<String, Integer> MAIN_CONTENT = Map.of("title", 30, "description", 20, "metadata", 80);

  /** A NavigationList item's {@code end} (section 5.20). */
  static final Map<String, Integer> END = Map.of("title", 10, "description", 10, "metadata", 10);

  /** A NavigationList item's {@code badge} and each of its {@code tags} (section 5.20). */
  static final int BADGE_OR_TAG = 15;

  private TextLimits() {}
}
