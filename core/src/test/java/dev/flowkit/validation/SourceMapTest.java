package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Spans are 1-based with an exclusive end column, on pretty-printed and on compact text alike. */
class SourceMapTest {

  private static final String PRETTY = """
      {
        "version": "7.3",
        "screens": [
          {
            "id": "A",
            "layout": {
              "type": "SingleColumnLayout",
              "children": [
                {"type": "TextHeading", "text": "Caf\\u00e9 \\t \\"x\\""},
                {"type": "Footer", "label": "Go", "enabled": false, "x": 12.5}
              ]
            }
          }
        ]
      }
      """;

  private static final String COMPACT = "{\"version\":\"7.3\",\"screens\":[{\"id\":\"A\",\"layout\":{\"type\":\"SingleColumnLayout\","
      + "\"children\":[{\"type\":\"TextHeading\",\"text\":\"Hi\"},{\"type\":\"Footer\",\"label\":\"Go\",\"enabled\":false}]}}]}";

  @Test
  void value_and_key_spans_on_pretty_printed_json() {
    SourceMap map = SourceMap.of(PRETTY);

    assertThat(map.value("/version")).contains(new SourceSpan(2, 14, 2, 19));
    assertThat(map.key("/version")).contains(new SourceSpan(2, 3, 2, 12));
    assertThat(map.value("/screens/0/id")).contains(new SourceSpan(5, 13, 5, 16));
    // A string with escapes: the span covers the text as written, quotes included.
    assertThat(map.value("/screens/0/layout/children/0/text")).contains(at(PRETTY, 9, "\"Caf\\u00e9 \\t \\\"x\\\"\""));
    assertThat(map.value("/screens/0/layout/children/1/enabled")).contains(at(PRETTY, 10, "false"));
    assertThat(map.value("/screens/0/layout/children/1/x")).contains(at(PRETTY, 10, "12.5"));
    // An object spans from its brace to one past its closing brace, across lines.
    assertThat(map.value("/screens/0/layout")).contains(new SourceSpan(6, 17, 12, 8));
    assertThat(map.value("/screens/0/layout/children/1")).contains(at(PRETTY, 10, "{\"type\": \"Footer\", \"label\": \"Go\", \"enabled\": false, \"x\": 12.5}"));
    assertThat(map.key("/screens/0/layout/children/1")).isEmpty();
    assertThat(map.value("")).contains(new SourceSpan(1, 1, 15, 2));
    assertThat(map.value("/screens/7")).isEmpty();
  }

  @Test
  void the_same_properties_on_compact_json() {
    SourceMap map = SourceMap.of(COMPACT);

    assertThat(map.value("/version")).contains(new SourceSpan(1, 12, 1, 17));
    assertThat(map.key("/screens")).contains(new SourceSpan(1, 18, 1, 27));
    int at = COMPACT.indexOf("false");
    assertThat(map.value("/screens/0/layout/children/1/enabled")).contains(new SourceSpan(1, at + 1, 1, at + 6));
    assertThat(map.value("/screens/0/layout/children/0")).contains(at(COMPACT, 1, "{\"type\":\"TextHeading\",\"text\":\"Hi\"}"));
  }

  @Test
  void spans_match_the_text_they_name() {
    SourceMap map = SourceMap.of(PRETTY);
    String[] lines = PRETTY.split("\n", -1);

    SourceSpan label = map.value("/screens/0/layout/children/1/label").orElseThrow();
    assertThat(lines[label.lineStart() - 1].substring(label.columnStart() - 1, label.columnEnd() - 1)).isEqualTo("\"Go\"");
    SourceSpan key = map.key("/screens/0/layout/children/1/label").orElseThrow();
    assertThat(lines[key.lineStart() - 1].substring(key.columnStart() - 1, key.columnEnd() - 1)).isEqualTo("\"label\"");
  }

  @Test
  void meta_path_notation() {
    assertThat(SourceMap.metaPath("/screens/0/layout/children/1/label")).isEqualTo("screens[0].layout.children[1].label");
    assertThat(SourceMap.metaPath("/routing_model/A")).isEqualTo("routing_model.A");
    assertThat(SourceMap.metaPath("")).isEmpty();
  }

  @Test
  void errors_with_the_same_code_and_message_merge_their_locations() {
    SourceSpan a = new SourceSpan(3, 5, 3, 9);
    SourceSpan b = new SourceSpan(7, 5, 7, 9);
    List<ValidationError> merged = ValidationError.merge(List.of(
        error("DUPLICATE_SCREEN_IDS", "Duplicate screen id found: 'A'.", a, "screens[1].id"),
        error("INVALID_PROPERTY_VALUE", "x", b, "screens[0].id"),
        error("DUPLICATE_SCREEN_IDS", "Duplicate screen id found: 'A'.", b, "screens[2].id")));

    assertThat(merged).hasSize(2);
    assertThat(merged.get(0).pointers()).extracting(ValidationError.Pointer::path).containsExactly("screens[1].id", "screens[2].id");
    assertThat(merged.get(0).lineStart()).isEqualTo(3);
    assertThat(merged.get(0).toJson().toString()).isEqualTo("{\"error\":\"DUPLICATE_SCREEN_IDS\",\"error_type\":"
        + "\"FLOW_JSON_ERROR\",\"message\":\"Duplicate screen id found: 'A'.\",\"line_start\":3,\"line_end\":3,"
        + "\"column_start\":5,\"column_end\":9,\"pointers\":[{\"line_start\":3,\"line_end\":3,\"column_start\":5,"
        + "\"column_end\":9,\"path\":\"screens[1].id\"},{\"line_start\":7,\"line_end\":7,\"column_start\":5,"
        + "\"column_end\":9,\"path\":\"screens[2].id\"}]}");
  }

  /** The span of the first occurrence of {@code snippet} on a line, found by plain string search. */
  private static SourceSpan at(String text, int line, String snippet) {
    String lineText = text.split("\n", -1)[line - 1];
    int column = lineText.indexOf(snippet);
    assertThat(column).as("'%s' on line %d", snippet, line).isNotNegative();
    return new SourceSpan(line, column + 1, line, column + 1 + snippet.length());
  }

  private static ValidationError error(String code, String message, SourceSpan span, String path) {
    return new ValidationError(code, ValidationError.FLOW_JSON_ERROR, message, List.of(new ValidationError.Pointer(span, path)));
  }
}
