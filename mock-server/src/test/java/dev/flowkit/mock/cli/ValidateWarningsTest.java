package dev.flowkit.mock.cli;

import static dev.flowkit.mock.cli.Cli.flowkit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code flowkit validate} with warnings: printed after the errors, no effect on the status unless --strict. */
class ValidateWarningsTest {

  /** A valid flow whose screen has no title (MISSING_SCREEN_TITLE at 1:32). */
  private static final String UNTITLED = """
      {"version": "7.3", "screens": [{"id": "DONE", "terminal": true, "layout": {"type": "SingleColumnLayout",
        "children": [{"type": "Footer", "label": "Go", "on-click-action": {"name": "complete"}}]}}]}
      """;

  private static final String WARNING = ":1:32: warning MISSING_SCREEN_TITLE Screen 'DONE' has no title: Meta's docs "
      + "make it optional but Meta's Builder requires it.";

  @TempDir
  Path dir;

  @Test
  void warnings_are_printed_and_do_not_fail() throws Exception {
    Path file = Files.writeString(dir.resolve("untitled.json"), UNTITLED);

    Cli.Result result = flowkit("validate", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo(file + WARNING + System.lineSeparator() + "valid" + System.lineSeparator());
  }

  @Test
  void warnings_follow_the_files_errors() throws Exception {
    Path file = Files.writeString(dir.resolve("bad.json"), UNTITLED.replace("\"DONE\"", "\"success\""));

    Cli.Result result = flowkit("validate", file.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).isEqualTo(file + ":1:39: SCREEN_ID_IS_RESERVED_KEYWORD Screen id cannot be 'success' "
        + "since it is a reserved keyword." + System.lineSeparator() + file + WARNING.replace("'DONE'", "'success'")
        + System.lineSeparator());
  }

  @Test
  void strict_fails_on_warnings() throws Exception {
    Path file = Files.writeString(dir.resolve("untitled.json"), UNTITLED);
    Path titled = Files.writeString(dir.resolve("titled.json"), UNTITLED.replace("\"id\": \"DONE\",",
        "\"id\": \"DONE\", \"title\": \"Done\","));

    Cli.Result result = flowkit("validate", "--strict", file.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).isEqualTo(file + WARNING + System.lineSeparator());
    assertThat(flowkit("validate", "--strict", titled.toString()).status()).isZero();
  }

  @Test
  void no_warnings_hides_them() throws Exception {
    Path file = Files.writeString(dir.resolve("untitled.json"), UNTITLED);

    Cli.Result result = flowkit("validate", "--no-warnings", "--strict", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo("valid" + System.lineSeparator());
  }

  @Test
  void json_has_a_warnings_array_next_to_the_errors() throws Exception {
    Path file = Files.writeString(dir.resolve("untitled.json"), UNTITLED);

    Cli.Result result = flowkit("validate", "--json", file.toString());
    Cli.Result hidden = flowkit("validate", "--json", "--no-warnings", file.toString());

    assertThat(result.status()).isZero();
    JsonNode entry = JsonMapper.builder().build().readTree(result.out()).get(0);
    assertThat(entry.get("validation_errors").size()).isZero();
    JsonNode warning = entry.get("warnings").get(0);
    assertThat(warning.get("warning").asString()).isEqualTo("MISSING_SCREEN_TITLE");
    assertThat(warning.get("severity").asString()).isEqualTo("warning");
    assertThat(warning.get("line_start").asInt()).isEqualTo(1);
    assertThat(warning.get("column_start").asInt()).isEqualTo(32);
    assertThat(warning.get("pointers").get(0).get("path").asString()).isEqualTo("screens[0]");
    assertThat(JsonMapper.builder().build().readTree(hidden.out()).get(0).has("warnings")).isFalse();
  }

  @Test
  void the_help_names_the_flags() {
    Cli.Result result = flowkit("validate", "--help");

    assertThat(result.out()).contains("--strict", "--no-warnings", "FILE:LINE:COLUMN: warning", "with --strict");
  }
}
