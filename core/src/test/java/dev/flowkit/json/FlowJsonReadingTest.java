package dev.flowkit.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class FlowJsonReadingTest {

  private static final JsonMapper PLAIN = JsonMapper.builder().build();

  private static final String FLOW = """
      {
        "version": "7.3",
        "data_api_version": "3.0",
        "routing_model": {"WELCOME": ["DONE"]},
        "screens": [
          {
            "id": "WELCOME",
            "title": "${data.title}",
            "data": {"title": {"type": "string", "__example__": "Hello"}},
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                {"type": "TextHeading", "text": "Hi ${data.title}", "visible": "${data.show}"},
                {"type": "TextBody", "text": ["line one", "line two"], "markdown": true},
                {"type": "Footer", "label": "Next",
                 "on-click-action": {"name": "navigate", "next": {"type": "screen", "name": "DONE"}, "payload": {}}}
              ]
            }
          },
          {
            "id": "DONE", "title": "Done", "terminal": true, "success": true,
            "layout": {"type": "SingleColumnLayout", "children": [
              {"type": "Footer", "label": "Finish", "on-click-action": {"name": "complete", "payload": {"a": "${form.x}"}}}
            ]}
          }
        ]
      }
      """;

  @Test
  void reads_a_flow_into_typed_values() {
    FlowJson flow = FlowJsonMapper.read(FLOW);

    assertThat(flow.version()).isEqualTo("7.3");
    assertThat(flow.dataApiVersion()).contains("3.0");
    assertThat(flow.routingModel().orElseThrow()).containsEntry("WELCOME", java.util.List.of("DONE"));
    Screen welcome = flow.screen("WELCOME").orElseThrow();
    assertThat(welcome.title()).contains(Bindable.dynamic("${data.title}"));
    assertThat(welcome.data().orElseThrow().type("title")).contains("string");
    assertThat(welcome.data().orElseThrow().example("title").orElseThrow().asString()).isEqualTo("Hello");
    assertThat(welcome.layout().children()).hasSize(3);
    TextHeading heading = (TextHeading) welcome.layout().children().get(0);
    assertThat(heading.text()).isEqualTo(Bindable.of("Hi ${data.title}"));
    assertThat(heading.visible()).contains(Bindable.dynamic("${data.show}"));
    TextBody body = (TextBody) welcome.layout().children().get(1);
    assertThat(body.text()).isEqualTo(new TextContent.Lines(java.util.List.of("line one", "line two")));
    assertThat(body.markdown()).contains(true);
    Footer footer = (Footer) welcome.layout().children().get(2);
    assertThat(footer.onClickAction().name()).isEqualTo("navigate");
    assertThat(footer.onClickAction().next().orElseThrow().name()).isEqualTo("DONE");
    Screen done = flow.screen("DONE").orElseThrow();
    assertThat(done.isTerminal()).isTrue();
    assertThat(((Footer) done.layout().children().get(0)).onClickAction().payload().orElseThrow().get("a").asString())
        .isEqualTo("${form.x}");
  }

  @Test
  void reads_from_bytes_streams_files_and_paths(@TempDir Path dir) throws Exception {
    Path file = Files.writeString(dir.resolve("flow.json"), FLOW);
    FlowJson expected = FlowJsonMapper.read(FLOW);

    assertThat(FlowJsonMapper.read(FLOW.getBytes(StandardCharsets.UTF_8))).isEqualTo(expected);
    assertThat(FlowJsonMapper.read(new ByteArrayInputStream(FLOW.getBytes(StandardCharsets.UTF_8)))).isEqualTo(expected);
    assertThat(FlowJsonMapper.read(file)).isEqualTo(expected);
    assertThat(FlowJsonMapper.read(file.toFile())).isEqualTo(expected);
  }

  @Test
  void writes_compact_and_pretty() {
    FlowJson flow = FlowJsonMapper.read(FLOW);

    assertThat(FlowJsonMapper.write(flow)).doesNotContain("\n").startsWith("{\"version\":\"7.3\",\"data_api_version\":\"3.0\"");
    assertThat(FlowJsonMapper.writePretty(flow)).contains("\n  \"version\" : \"7.3\"");
  }

  @Test
  void unknown_properties_everywhere_survive_untouched() throws Exception {
    String json = """
        {"version": "7.3", "x-top": {"a": [1, 2.5, null]},
         "screens": [{"id": "A", "x-screen": 1, "layout": {"type": "SingleColumnLayout", "x-layout": true, "children": [
           {"type": "TextHeading", "text": "Hi", "x-component": "kept"},
           {"type": "Footer", "label": "Go", "on-click-action": {"name": "complete", "x-action": [], "next": {"type": "screen", "name": "B", "x-next": 0}}}
         ]}}]}
        """;

    FlowJson flow = FlowJsonMapper.read(json);

    assertThat(flow.extras().properties()).containsOnlyKeys("x-top");
    assertThat(flow.screens().get(0).extras().properties()).containsOnlyKeys("x-screen");
    assertThat(flow.screens().get(0).layout().extras().properties()).containsOnlyKeys("x-layout");
    assertThat(flow.screens().get(0).layout().children().get(0).extras().properties()).containsOnlyKeys("x-component");
    Footer footer = (Footer) flow.screens().get(0).layout().children().get(1);
    assertThat(footer.onClickAction().extras().properties()).containsOnlyKeys("x-action");
    assertThat(footer.onClickAction().next().orElseThrow().extras().properties()).containsOnlyKeys("x-next");
    assertThat(PLAIN.readTree(FlowJsonMapper.write(flow))).isEqualTo(PLAIN.readTree(json));
  }

  @Test
  void unknown_component_types_and_broken_known_ones_are_kept_whole() throws Exception {
    String json = """
        {"version": "9.9", "screens": [{"id": "A", "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "HologramPicker", "name": "h", "beam": {"colour": "#00FF00"}},
          {"type": "Footer", "label": "Missing its action"},
          {"type": "TextHeading", "text": 42},
          "not even an object",
          {"no-type": true}
        ]}}]}
        """;

    FlowJson flow = FlowJsonMapper.read(json);

    var children = flow.screens().get(0).layout().children();
    assertThat(children).allSatisfy(child -> assertThat(child).isInstanceOf(UnknownComponent.class));
    assertThat(children.get(0).type()).isEqualTo("HologramPicker");
    assertThat(children.get(1).type()).isEqualTo("Footer");
    assertThat(children.get(3).type()).isEmpty();
    assertThat(PLAIN.readTree(FlowJsonMapper.write(flow))).isEqualTo(PLAIN.readTree(json));
  }

  @Test
  void every_component_type_reads_into_its_record_with_typed_values() {
    String json = """
        {"version": "7.1", "screens": [{"id": "A", "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "CheckboxGroup", "name": "c", "label": "Pick", "min-selected-items": 1, "max-selected-items": "${data.max}",
           "data-source": [{"id": "a", "title": "A", "enabled": false, "color": "#FF0000",
                            "on-select-action": {"name": "update_data", "payload": {"x": true}}}]},
          {"type": "Dropdown", "name": "d", "label": "One", "data-source": "${data.options}"},
          {"type": "CalendarPicker", "name": "cal", "mode": "range", "label": {"start-date": "From", "end-date": "To"},
           "required": {"start-date": true, "end-date": false}, "include-days": ["Mon", "Tue"]},
          {"type": "If", "condition": "${form.agree}", "then": [{"type": "TextBody", "text": "yes"}]},
          {"type": "Switch", "value": "${data.kind}", "cases": {"a": [{"type": "TextCaption", "text": "A"}], "b": []}},
          {"type": "Image", "src": "iVBORw0KGgo=", "aspect-ratio": 1.5, "width": 100}
        ]}}]}
        """;

    var children = FlowJsonMapper.read(json).screens().get(0).layout().children();

    CheckboxGroup group = (CheckboxGroup) children.get(0);
    assertThat(group.minSelectedItems()).contains(Bindable.of(1));
    assertThat(group.maxSelectedItems()).contains(Bindable.dynamic("${data.max}"));
    DataSourceItem option = ((Bindable.Literal<java.util.List<DataSourceItem>>) group.dataSource()).value().get(0);
    assertThat(option.enabled()).contains(Bindable.of(false));
    assertThat(option.onSelectAction().orElseThrow().name()).isEqualTo("update_data");
    assertThat(((Dropdown) children.get(1)).dataSource()).isEqualTo(Bindable.dynamic("${data.options}"));
    CalendarPicker calendar = (CalendarPicker) children.get(2);
    assertThat(calendar.label()).isEqualTo(new CalendarValue.Range<>(Bindable.of("From"), Bindable.of("To"), Extras.none()));
    assertThat(calendar.required().orElseThrow()).isInstanceOf(CalendarValue.Range.class);
    If branch = (If) children.get(3);
    assertThat(branch.condition()).isEqualTo(new IfCondition.Expression("${form.agree}"));
    assertThat(branch.then().get(0)).isInstanceOf(TextBody.class);
    assertThat(branch.otherwise()).isEmpty();
    assertThat(((Switch) children.get(4)).cases()).containsOnlyKeys("a", "b");
    Image image = (Image) children.get(5);
    assertThat(image.aspectRatio()).contains(Bindable.<Number>of(1.5));
    assertThat(image.width()).contains(Bindable.of(100));
  }

  @Test
  void a_component_with_a_malformed_nested_item_is_kept_whole() throws Exception {
    String json = """
        {"version": "7.3", "screens": [{"id": "A", "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "RadioButtonsGroup", "name": "r", "label": "Pick", "data-source": [{"id": "a"}]},
          {"type": "Footer", "label": "Go", "on-click-action": {"name": "navigate", "next": {"name": "B"}}}
        ]}}]}
        """;

    FlowJson flow = FlowJsonMapper.read(json);

    assertThat(flow.screens().get(0).layout().children().get(0)).isInstanceOf(UnknownComponent.class);
    Footer footer = (Footer) flow.screens().get(0).layout().children().get(1);
    assertThat(footer.onClickAction().next()).isEmpty();
    assertThat(footer.onClickAction().extras().properties()).containsOnlyKeys("next");
    assertThat(PLAIN.readTree(FlowJsonMapper.write(flow))).isEqualTo(PLAIN.readTree(json));
  }

  @Test
  void known_properties_of_the_wrong_json_type_are_kept_verbatim_in_extras() throws Exception {
    String json = """
        {"version": "7.3", "routing_model": {"A": "B"}, "screens": [{"id": "A", "terminal": "yes", "sensitive": [1],
          "layout": {"type": "SingleColumnLayout", "children": [
            {"type": "TextHeading", "text": "Hi", "visible": 1}
        ]}}]}
        """;

    FlowJson flow = FlowJsonMapper.read(json);

    assertThat(flow.routingModel()).isEmpty();
    assertThat(flow.extras().properties()).containsKey("routing_model");
    Screen screen = flow.screens().get(0);
    assertThat(screen.terminal()).isEmpty();
    assertThat(screen.sensitive()).isEmpty();
    assertThat(screen.extras().properties()).containsOnlyKeys("terminal", "sensitive");
    TextHeading heading = (TextHeading) screen.layout().children().get(0);
    assertThat(heading.visible()).isEmpty();
    assertThat(heading.extras().properties()).containsOnlyKeys("visible");
    assertThat(PLAIN.readTree(FlowJsonMapper.write(flow))).isEqualTo(PLAIN.readTree(json));
  }

  @Test
  void numbers_keep_their_json_type() throws Exception {
    String json = """
        {"version": "7.3", "screens": [{"id": "A", "layout": {"type": "SingleColumnLayout", "children": [
          {"type": "TextHeading", "text": "Hi", "visible": true}]}, "data": {"n": {"type": "number", "__example__": 1.50}}}]}
        """;
    JsonNode original = PLAIN.readTree(json);

    assertThat(FlowJsonMapper.toTree(FlowJsonMapper.read(json))).isEqualTo(original);
  }

  // --- malformed input: line, column and path ---

  @Test
  void malformed_json_is_reported_with_line_column_and_path() {
    String json = "{\n  \"version\": \"7.3\",\n  \"screens\": [\n    {\"id\": \"A\", \"title\": }\n  ]\n}";

    assertThatExceptionOfType(InvalidFlowJsonException.class).isThrownBy(() -> FlowJsonMapper.read(json))
        .satisfies(e -> {
          assertThat(e.line()).contains(4);
          assertThat(e.column()).contains(26); // the "}" where a value should be
          assertThat(e.path()).isEqualTo("$.screens[0].title");
          assertThat(e.getMessage()).startsWith("not valid JSON").contains("at $.screens[0].title (line 4, column 26)");
        });
  }

  @Test
  void an_unterminated_document_and_trailing_text_are_reported() {
    assertThatExceptionOfType(InvalidFlowJsonException.class)
        .isThrownBy(() -> FlowJsonMapper.read("{\"version\": \"7.3\", \"screens\": ["))
        .satisfies(e -> assertThat(e.line()).contains(1));
    assertThatExceptionOfType(InvalidFlowJsonException.class)
        .isThrownBy(() -> FlowJsonMapper.read("{\"version\": \"7.3\", \"screens\": []}\n{}"))
        .withMessageContaining("unexpected text after the end")
        .satisfies(e -> assertThat(e.line()).contains(2));
    assertThatExceptionOfType(InvalidFlowJsonException.class).isThrownBy(() -> FlowJsonMapper.read("  "))
        .withMessageContaining("holds no JSON");
  }

  @Test
  void duplicate_keys_are_refused_because_they_cannot_round_trip() {
    assertThatExceptionOfType(InvalidFlowJsonException.class)
        .isThrownBy(() -> FlowJsonMapper.read("{\"version\": \"7.3\",\n \"version\": \"6.0\", \"screens\": []}"))
        .withMessageContaining("Duplicate")
        .satisfies(e -> assertThat(e.line()).contains(2));
  }

  @Test
  void shapes_the_model_cannot_hold_name_their_spot() {
    assertThatExceptionOfType(InvalidFlowJsonException.class)
        .isThrownBy(() -> FlowJsonMapper.read("{\"screens\": []}"))
        .withMessage("'version' is missing at $ (line 1, column 1)");
    assertThatExceptionOfType(InvalidFlowJsonException.class)
        .isThrownBy(() -> FlowJsonMapper.read("{\"version\": 7.3, \"screens\": []}"))
        .withMessage("'version' must be a string such as \"7.3\" at $.version (line 1, column 13)");
    assertThatExceptionOfType(InvalidFlowJsonException.class)
        .isThrownBy(() -> FlowJsonMapper.read("{\"version\": \"7.3\",\n \"screens\": [{\"id\": \"A\"},\n  {\"id\": \"B\",\n   \"layout\": []}]}"))
        .satisfies(e -> {
          assertThat(e.path()).isEqualTo("$.screens[0]");
          assertThat(e).hasMessageContaining("screen 'A' has no 'layout'");
          assertThat(e.line()).contains(2);
          assertThat(e.column()).contains(14);
        });
    assertThatExceptionOfType(InvalidFlowJsonException.class)
        .isThrownBy(() -> FlowJsonMapper.read("[1]"))
        .withMessageContaining("a Flow JSON document is a JSON object, not a array");
  }

  @Test
  void bindables_classify_text() {
    assertThat(Bindable.ofText("${data.x}")).isInstanceOf(Bindable.Dynamic.class);
    assertThat(Bindable.ofText("`${form.a} + 1`").isDynamic()).isTrue();
    assertThat(Bindable.ofText("Hi ${data.x}")).isEqualTo(Bindable.of("Hi ${data.x}"));
    assertThat(Bindable.ofText("${data.a} and ${data.b}").isDynamic()).isFalse();
    assertThat(Optional.of(Bindable.ofText("plain"))).contains(Bindable.of("plain"));
    org.assertj.core.api.Assertions.assertThatIllegalArgumentException().isThrownBy(() -> Bindable.dynamic("plain"));
  }
}
