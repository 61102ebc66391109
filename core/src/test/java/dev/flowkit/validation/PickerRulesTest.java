package dev.flowkit.validation;

import static dev.flowkit.validation.TestFlows.errors;
import static dev.flowkit.validation.TestFlows.errorsWithAllPaths;
import static dev.flowkit.validation.TestFlows.oneScreen;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** PhotoPicker and DocumentPicker values in action payloads (spec/flow-json.md sections 5.19 and 6.6). */
class PickerRulesTest {

  private static final String PHOTO = "{\"type\": \"PhotoPicker\", \"name\": \"photo\", \"label\": \"Photo\"}";
  private static final String ONE_PHOTO = "{\"type\": \"PhotoPicker\", \"name\": \"photo\", \"label\": \"Photo\", "
      + "\"max-uploaded-photos\": 1}";

  private static String footer(String action, String payload) {
    return "{\"type\": \"Footer\", \"label\": \"Send\", \"on-click-action\": {\"name\": \"" + action + "\", "
        + "\"payload\": " + payload + "}}";
  }

  @Test
  void a_picker_value_does_not_travel_with_navigate() {
    String flow = """
        {"version": "7.3", "screens": [
          {"id": "UPLOAD", "title": "Upload", "layout": {"type": "SingleColumnLayout", "children": [PHOTO,
            {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate",
              "next": {"type": "screen", "name": "DONE"}, "payload": {"photos": "${form.photo}"}}}]}},
          {"id": "DONE", "title": "Done", "terminal": true,
           "data": {"photos": {"type": "array", "items": {"type": "object"}, "__example__": []}},
           "layout": {"type": "SingleColumnLayout", "children": [
             {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """.replace("PHOTO", PHOTO);

    assertThat(errors(flow)).containsExactly("INVALID_ON_CLICK_ACTION_PAYLOAD: The value of PhotoPicker component is "
        + "not allowed in the payload of navigate action. @ screens[0].layout.children[1].on-click-action.payload.photos");
  }

  @Test
  void in_complete_a_picker_value_is_a_top_level_binding() {
    assertThat(errors(oneScreen("7.3", PHOTO, footer("complete", "{\"photos\": \"${form.photo}\"}")))).isEmpty();

    String nested = footer("complete", "{\"media\": {\"photos\": \"${form.photo}\"}, \"list\": [\"${form.photo}\"]}");
    assertThat(errorsWithAllPaths(oneScreen("7.3", PHOTO, nested))).containsExactly("INVALID_ON_CLICK_ACTION_PAYLOAD: "
        + "The value of following components must be a top-level string in complete and data_exchange on-click-action "
        + "payload: : [PhotoPicker]. @ screens[0].layout.children[1].on-click-action.payload.media.photos, "
        + "screens[0].layout.children[1].on-click-action.payload.list[0]");
  }

  @Test
  void in_data_exchange_a_picker_value_is_not_part_of_a_text() {
    String document = "{\"type\": \"DocumentPicker\", \"name\": \"doc\", \"label\": \"Contract\"}";
    String flow = oneScreen("7.3", document, footer("data_exchange", "{\"doc\": \"Contract ${form.doc}\"}"))
        .replace("{\"version\": \"7.3\",", "{\"version\": \"7.3\", \"data_api_version\": \"3.0\", \"routing_model\": {},");

    assertThat(errors(flow)).containsExactly("INVALID_ON_CLICK_ACTION_PAYLOAD: The value of following components must "
        + "be a top-level string in complete and data_exchange on-click-action payload: : [DocumentPicker]. @ "
        + "screens[0].layout.children[1].on-click-action.payload.doc");
  }

  @Test
  void before_5_0_a_completed_picker_uploads_one_file() {
    String payload = "{\"photos\": \"${form.photo}\"}";

    assertThat(errors(oneScreen("4.0", PHOTO, footer("complete", payload)))).containsExactly(
        "INVALID_ON_CLICK_ACTION_PAYLOAD: PhotoPicker can only be used in complete action payload if value of property "
            + "'max-uploaded-photos' doesn't exceed 1. Default value is 30. @ "
            + "screens[0].layout.children[1].on-click-action.payload.photos");
    assertThat(errors(oneScreen("4.0", ONE_PHOTO, footer("complete", payload)))).isEmpty();
    assertThat(errors(oneScreen("5.0", PHOTO, footer("complete", payload)))).isEmpty();
  }

  @Test
  void before_5_0_complete_carries_a_single_picker() {
    String flow = """
        {"version": "4.0", "screens": [
          {"id": "FIRST", "title": "Contract", "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "DocumentPicker", "name": "doc", "label": "Contract", "max-uploaded-documents": 1},
            {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate",
              "next": {"type": "screen", "name": "DONE"}, "payload": {}}}]}},
          {"id": "DONE", "title": "Done", "terminal": true, "layout": {"type": "SingleColumnLayout", "children": [
            ONE_PHOTO,
            {"type": "Footer", "label": "Send", "on-click-action": {"name": "complete",
              "payload": {"doc": "${screen.FIRST.form.doc}", "photo": "${form.photo}"}}}]}}]}
        """.replace("ONE_PHOTO", ONE_PHOTO);

    assertThat(errors(flow)).containsExactly("INVALID_ON_CLICK_ACTION_PAYLOAD: Complete action payload can contain "
        + "either a single PhotoPicker or a single DocumentPicker component. @ "
        + "screens[1].layout.children[1].on-click-action.payload");
  }
}
