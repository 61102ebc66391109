package dev.flowkit.mock.cli;

import static dev.flowkit.mock.cli.Cli.flowkit;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

class ValidateCommandTest {

  private static final String VALID = """
      {"version": "7.3", "screens": [{"id": "DONE", "title": "Done", "terminal": true, "layout": {
        "type": "SingleColumnLayout",
        "children": [{"type": "Footer", "label": "Go", "on-click-action": {"name": "complete"}}]}}]}
      """;

  @TempDir
  Path dir;


  @Test
  void a_valid_file_exits_0() throws Exception {
    Path file = Files.writeString(dir.resolve("ok.json"), VALID);

    Cli.Result result = flowkit("validate", file.toString());

    assertThat(result.status()).isZero();
    assertThat(result.out()).isEqualTo("valid" + System.lineSeparator());
  }

  @Test
  void errors_are_printed_as_file_line_column_and_exit_1() throws Exception {
    Path ok = Files.writeString(dir.resolve("ok.json"), VALID);
    Path bad = Files.writeString(dir.resolve("bad.json"), VALID.replace("\"DONE\"", "\"success\""));

    Cli.Result result = flowkit("validate", ok.toString(), bad.toString());

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).isEqualTo(bad + ":1:39: SCREEN_ID_IS_RESERVED_KEYWORD Screen id cannot be 'success' since "
        + "it is a reserved keyword." + System.lineSeparator());
  }

  @Test
  void json_prints_metas_shape_per_file() throws Exception {
    Path bad = Files.writeString(dir.resolve("bad.json"), "{\"screens\": []}");

    Cli.Result result = flowkit("validate", "--json", bad.toString());

    assertThat(result.status()).isEqualTo(1);
    JsonNode report = JsonMapper.builder().build().readTree(result.out());
    assertThat(report.get(0).get("file").asString()).isEqualTo(bad.toString());
    JsonNode error = report.get(0).get("validation_errors").get(0);
    assertThat(error.get("error").asString()).isEqualTo("MISSING_FLOW_JSON_VERSION");
    assertThat(error.get("error_type").asString()).isEqualTo("FLOW_JSON_ERROR");
    assertThat(error.get("line_start").asInt()).isEqualTo(1);
    assertThat(error.get("pointers").size()).isEqualTo(1);
  }

  @Test
  void unreadable_input_exits_2() throws Exception {
    Path binary = Files.write(dir.resolve("bin.json"), new byte[] {(byte) 0xC3, (byte) 0x28});

    Cli.Result missing = flowkit("validate", dir.resolve("nope.json").toString());
    Cli.Result notText = flowkit("validate", binary.toString());

    assertThat(missing.status()).isEqualTo(2);
    assertThat(missing.err()).contains("nope.json: cannot be read (NoSuchFileException)");
    assertThat(notText.status()).isEqualTo(2);
    assertThat(notText.err()).contains("bin.json: not UTF-8 text");
  }
}
