package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.Screen;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Each kind of input and tap reaches the screen engine through the session and is written to the transcript. */
class FlowSessionInputTest {

  /** A standalone session on the flow's first screen with its example data, as a business would send it. */
  private static FlowSession opened(FlowJson flow) {
    Screen first = flow.screens().get(0);
    return SimulatedPhone.standalone().flow(flow).navigate(first.id(), ScreenFlows.examples(first)).open();
  }

  @Test
  void checks_dates_and_opt_ins_end_up_in_the_completion() {
    FlowJson flow = ScreenFlows.single("7.3", "", """
        {"type": "CheckboxGroup", "name": "c", "label": "C",
         "data-source": [{"id": "a", "title": "A"}, {"id": "b", "title": "B"}]},
        {"type": "DatePicker", "name": "d", "label": "D"},
        {"type": "OptIn", "name": "o", "label": "I agree"},
        {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete",
         "payload": {"c": "${form.c}", "d": "${form.d}", "o": "${form.o}"}}}""");

    FlowSession session = SimulatedPhone.standalone().flow(flow).open()
        .check("c", "a").check("c", "b").uncheck("c", "a").pickDate("d", LocalDate.of(2026, 12, 1)).optIn("o", true)
        .tapFooter();

    assertThat(session.completion()).contains(ScreenFlows.json(
        "{\"c\":[\"b\"],\"d\":\"2026-12-01\",\"o\":true,\"flow_token\":\"unused\"}"));
    assertThat(session.transcript().entries()).extracting(Transcript.Entry::step).containsExactly(
        "open (navigate)", "check c + a", "check c + b", "uncheck c - a", "pick d = 2026-12-01", "tick o",
        "tap Footer");
  }

  @Test
  void navigation_list_items_and_read_more_links_are_tapped_through_the_session() {
    FlowSession list = opened(ScreenFlows.resource("pywa/6_2/navigation_list.json")).tapItem("insurances", "health");
    assertThat(list.screen().id()).isEqualTo("SECOND_SCREEN");

    FlowSession links = opened(ScreenFlows.resource("pywa/6_0/open_url.json")).tapReadMore("T&Cs");
    assertThat(links.openedUrls()).containsExactly("https://pywa.readthedocs.io/");
  }

  @Test
  void an_upload_adds_a_fake_media_object_and_names_no_file_in_the_step() {
    FlowJson flow = ScreenFlows.single("7.3", "", """
        {"type": "PhotoPicker", "name": "photos", "label": "Photos", "max-uploaded-photos": 2},
        {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete",
         "payload": {"photos": "${form.photos}"}}}""");

    FlowSession session = SimulatedPhone.standalone().flow(flow).open()
        .upload("photos", PickedFile.photo("passport.jpg", 20_000)).tapFooter();

    assertThat(session.completion().orElseThrow().get("photos").get(0).get("file_name").asString())
        .isEqualTo("passport.jpg");
    assertThat(session.transcript().entries().get(1).step()).isEqualTo("upload 1 file(s) to photos");
  }
}
