package dev.flowkit.validation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonPointer;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The invalid-flow corpus (src/test/resources/invalid-flows, grammar in its README.md): every case is validated as
 * written (pretty-printed) and again re-serialised on one line, and must report exactly the errors and the warnings
 * of its {@code .expected} file (no warning line: no warning). Every range is also checked against the text itself:
 * it covers exactly the JSON value at its path, or, for a finding about a property name, the quoted name.
 */
class InvalidFlowCorpusTest {

  private static final String FOLDER = "/invalid-flows";
  /**
   * Codes whose range may be a property name rather than a value (spec section 8.3): unknown and forbidden keys,
   * property names against a pattern (routing-model keys, Switch case keys), names that Form init-values or
   * error-messages declare for no component, CalendarPicker properties of the other mode, hyphenated data keys.
   */
  private static final Set<String> KEY_CODES = Set.of("INVALID_PROPERTY_KEY", "NOT_KEYWORD_SCHEMA_VALIDATION_FAILED",
      "PATTERN_MISMATCH", "INVALID_PROPERTY_VALUE", "UNEXPECTED_CALENDAR_PICKER_RANGE_MODE_PROP", "HYPHEN_IN_DATA_KEY", "INVALID_FLOW_JSON");
  private static final String WARNING = "warning ";
  private static final String ROOT = "(root)";
  private static final Pattern RANGE = Pattern.compile("(\\d+):(\\d+)-(\\d+):(\\d+)");
  private static final Pattern SEGMENT = Pattern.compile("\\[(\\d+)]|\\.?([^.\\[]+)");
  /** Strict JSON: no trailing tokens and, as for the validator, no key twice in one object. */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  record Located(SourceSpan span, String path) {}

  record Expected(String code, List<Located> pointers, String message, boolean warning) {
    String line() {
      StringBuilder out = new StringBuilder(warning ? WARNING : "").append(code);
      for (Located pointer : pointers) {
        SourceSpan s = pointer.span();
        out.append(' ').append(s.lineStart()).append(':').append(s.columnStart()).append('-').append(s.lineEnd())
            .append(':').append(s.columnEnd()).append(' ').append(pointer.path().isEmpty() ? ROOT : pointer.path());
      }
      return out.append(" | ").append(message).toString();
    }
  }

  record Case(String name, String text, List<Expected> errors, List<Expected> warnings, List<String> validIn) {}

  @TestFactory
  Stream<DynamicTest> every_case_reports_exactly_its_expected_errors_and_warnings() throws IOException, URISyntaxException {
    Path folder = Path.of(InvalidFlowCorpusTest.class.getResource(FOLDER).toURI());
    List<Path> files;
    try (Stream<Path> list = Files.list(folder)) {
      files = list.filter(f -> f.getFileName().toString().endsWith(".json")).sorted().toList();
    }
    assertThat(files).as("the corpus").hasSizeGreaterThanOrEqualTo(130);
    return files.stream().map(file -> DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(read(file))));
  }

  private static Case read(Path json) throws IOException {
    String name = json.getFileName().toString();
    Path expectedFile = json.resolveSibling(name.substring(0, name.length() - ".json".length()) + ".expected");
    List<Expected> errors = new ArrayList<>();
    List<Expected> warnings = new ArrayList<>();
    List<String> validIn = new ArrayList<>();
    for (String line : Files.readAllLines(expectedFile, StandardCharsets.UTF_8)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      if (line.startsWith("@valid-in ")) {
        validIn.add(line.substring("@valid-in ".length()).trim());
        continue;
      }
      Expected finding = parse(line);
      if (finding.warning()) {
        warnings.add(finding);
      } else {
        assertThat(warnings).as("%s lists errors before warnings", expectedFile.getFileName()).isEmpty();
        errors.add(finding);
      }
    }
    assertThat(errors.size() + warnings.size()).as("%s lists at least one error or warning", expectedFile.getFileName())
        .isPositive();
    return new Case(name, Files.readString(json, StandardCharsets.UTF_8), errors, warnings, validIn);
  }

  /** {@code [warning ]CODE RANGE PATH [RANGE PATH]... | MESSAGE}. */
  static Expected parse(String line) {
    boolean warning = line.startsWith(WARNING);
    String finding = warning ? line.substring(WARNING.length()) : line;
    int bar = finding.indexOf(" | ");
    assertThat(bar).as("' | ' in %s", line).isPositive();
    String[] words = finding.substring(0, bar).split(" ");
    assertThat(words.length % 2).as("CODE then pairs of range and path: %s", line).isEqualTo(1);
    List<Located> pointers = new ArrayList<>();
    for (int i = 1; i < words.length; i += 2) {
      Matcher range = RANGE.matcher(words[i]);
      assertThat(range.matches()).as("a range: %s", words[i]).isTrue();
      pointers.add(new Located(new SourceSpan(Integer.parseInt(range.group(1)), Integer.parseInt(range.group(2)),
          Integer.parseInt(range.group(3)), Integer.parseInt(range.group(4))), words[i + 1].equals(ROOT) ? "" : words[i + 1]));
    }
    if (warning) {
      assertThat(pointers).as("a warning has one location: %s", line).hasSize(1);
    }
    return new Expected(words[0], pointers, finding.substring(bar + 3), warning);
  }

  private static void check(Case c) {
    // 1. The text as written: exact errors, then exact warnings; the top-level range is the first pointer's.
    ValidationResult result = FlowJsonValidator.validate(c.text());
    List<ValidationError> errors = result.errors();
    assertThat(errors).extracting(InvalidFlowCorpusTest::line).as(c.name())
        .containsExactlyElementsOf(c.errors().stream().map(Expected::line).toList());
    assertThat(result.warnings()).extracting(InvalidFlowCorpusTest::line).as(c.name() + " warnings")
        .containsExactlyElementsOf(c.warnings().stream().map(Expected::line).toList());
    for (ValidationWarning warning : result.warnings()) {
      SourceSpan first = warning.span();
      JsonNode json = warning.toJson();
      assertThat(List.of(json.get("line_start").asInt(), json.get("column_start").asInt(), json.get("line_end").asInt(),
          json.get("column_end").asInt())).containsExactly(first.lineStart(), first.columnStart(), first.lineEnd(),
          first.columnEnd());
      assertThat(json.get("severity").asString()).isEqualTo(ValidationWarning.SEVERITY);
    }
    for (ValidationError error : errors) {
      SourceSpan first = error.pointers().get(0).span();
      assertThat(List.of(error.lineStart(), error.columnStart(), error.lineEnd(), error.columnEnd()))
          .containsExactly(first.lineStart(), first.columnStart(), first.lineEnd(), first.columnEnd());
      assertThat(error.errorType()).isEqualTo(ValidationError.FLOW_JSON_ERROR);
    }
    JsonNode root;
    try {
      root = MAPPER.readTree(c.text());
    } catch (JacksonException e) {
      // Not JSON: nothing to locate values in and nothing to re-serialise.
      assertThat(c.errors()).extracting(Expected::code).containsOnly("INVALID_FLOW_JSON");
      return;
    }
    // 2. Every range covers exactly the offending JSON.
    for (Expected finding : Stream.concat(c.errors().stream(), c.warnings().stream()).toList()) {
      for (Located pointer : finding.pointers()) {
        coversTheOffendingJson(c.text(), root, finding.code(), pointer);
      }
    }
    // 3. The same flow on one line: same codes, messages and paths; every range on line 1 and still exact.
    String compact = MAPPER.writeValueAsString(root);
    assertThat(compact).doesNotContain("\n");
    ValidationResult compactResult = FlowJsonValidator.validate(compact);
    List<Expected> found = new ArrayList<>();
    compactResult.errors().forEach(e -> found.add(expected(e)));
    compactResult.warnings().forEach(w -> found.add(expected(w)));
    assertThat(found).extracting(InvalidFlowCorpusTest::withoutRanges).as(c.name() + " on one line")
        .containsExactlyElementsOf(Stream.concat(c.errors().stream(), c.warnings().stream())
            .map(InvalidFlowCorpusTest::withoutRanges).toList());
    for (Expected finding : found) {
      for (Located pointer : finding.pointers()) {
        assertThat(List.of(pointer.span().lineStart(), pointer.span().lineEnd())).containsExactly(1, 1);
        coversTheOffendingJson(compact, root, finding.code(), pointer);
      }
    }
    // The same flow in a version where it is valid.
    for (String version : c.validIn()) {
      ObjectNode other = (ObjectNode) root.deepCopy();
      other.put("version", version);
      assertThat(FlowJsonValidator.validate(MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(other)).errors())
          .extracting(e -> e.toJson().toString()).as("%s as version %s", c.name(), version).isEmpty();
    }
  }

  private static void coversTheOffendingJson(String text, JsonNode root, String code, Located pointer) {
    int start = offset(text, pointer.span().lineStart(), pointer.span().columnStart());
    int end = offset(text, pointer.span().lineEnd(), pointer.span().columnEnd());
    String covered = text.substring(start, end);
    JsonNode node = root.at(JsonPointer.compile(jsonPointer(pointer.path())));
    assertThat(node.isMissingNode()).as("%s names a value", pointer.path()).isFalse();
    assertThat(covered).as("no blanks around %s", pointer.path()).isEqualTo(covered.strip());
    JsonNode parsed = parseOrNull(covered);
    if (node.equals(parsed)) {
      return;
    }
    String name = lastSegment(pointer.path());
    assertThat(KEY_CODES).as("%s at %s covers '%s', not the value", code, pointer.path(), covered).contains(code);
    assertThat(parsed).as("%s at %s covers a string", code, pointer.path()).isNotNull();
    assertThat(parsed.isString() && parsed.asString().equals(name)).as("'%s' is the key of %s", covered, pointer.path())
        .isTrue();
    assertThat(text.substring(end).stripLeading()).as("a colon follows the key of %s", pointer.path()).startsWith(":");
  }

  private static JsonNode parseOrNull(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** The character offset of a 1-based line and column (columns count UTF-16 code units, like Java strings). */
  private static int offset(String text, int line, int column) {
    int at = 0;
    for (int i = 1; i < line; i++) {
      at = text.indexOf('\n', at) + 1;
      assertThat(at).as("line %d exists", line).isPositive();
    }
    int lineEnd = text.indexOf('\n', at);
    int offset = at + column - 1;
    assertThat(offset).as("column %d on line %d", column, line).isLessThanOrEqualTo(lineEnd < 0 ? text.length() : lineEnd);
    return offset;
  }

  /** Meta's path notation back to a JSON Pointer: {@code screens[0].layout} is {@code /screens/0/layout}. */
  static String jsonPointer(String metaPath) {
    StringBuilder out = new StringBuilder();
    Matcher m = SEGMENT.matcher(metaPath);
    int at = 0;
    while (at < metaPath.length() && m.find(at) && m.start() == at) {
      String segment = m.group(1) != null ? m.group(1) : m.group(2);
      out.append('/').append(segment.replace("~", "~0").replace("/", "~1"));
      at = m.end();
    }
    assertThat(at).as("a Meta path: %s", metaPath).isEqualTo(metaPath.length());
    return out.toString();
  }

  private static String lastSegment(String metaPath) {
    String pointer = jsonPointer(metaPath);
    return pointer.substring(pointer.lastIndexOf('/') + 1).replace("~1", "/").replace("~0", "~");
  }

  private static Expected expected(ValidationError error) {
    return new Expected(error.error(), located(error.pointers()), error.message(), false);
  }

  private static Expected expected(ValidationWarning warning) {
    return new Expected(warning.code(), located(warning.pointers()), warning.message(), true);
  }

  private static List<Located> located(List<ValidationError.Pointer> pointers) {
    return pointers.stream().map(p -> new Located(p.span(), p.path())).toList();
  }

  private static String line(ValidationError error) {
    return expected(error).line();
  }

  private static String line(ValidationWarning warning) {
    return expected(warning).line();
  }

  private static String withoutRanges(Expected finding) {
    return (finding.warning() ? WARNING : "") + finding.code() + " "
        + finding.pointers().stream().map(Located::path).toList() + " | " + finding.message();
  }

  @Test
  void the_range_check_accepts_only_the_exact_value_or_the_exact_key() {
    String text = "{\"a\": {\"bb\": [1, 2]},\n \"c\": \"x\"}";
    JsonNode root = MAPPER.readTree(text);

    coversTheOffendingJson(text, root, "ANY", new Located(new SourceSpan(1, 14, 1, 20), "a.bb"));
    coversTheOffendingJson(text, root, "ANY", new Located(new SourceSpan(1, 7, 1, 21), "a"));
    coversTheOffendingJson(text, root, "INVALID_PROPERTY_KEY", new Located(new SourceSpan(2, 2, 2, 5), "c"));
    assertThatThrownBy(() -> coversTheOffendingJson(text, root, "ANY", new Located(new SourceSpan(1, 14, 1, 19), "a.bb")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> coversTheOffendingJson(text, root, "ANY", new Located(new SourceSpan(1, 15, 1, 16), "a.bb[1]")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> coversTheOffendingJson(text, root, "ANY", new Located(new SourceSpan(2, 2, 2, 5), "c")))
        .isInstanceOf(AssertionError.class);
    assertThatThrownBy(() -> coversTheOffendingJson(text, root, "INVALID_PROPERTY_KEY",
        new Located(new SourceSpan(1, 9, 1, 13), "c"))).isInstanceOf(AssertionError.class);
  }

  @Test
  void the_path_notation_converts_back_to_json_pointers() {
    assertThat(jsonPointer("screens[0].layout.children[12].on-click-action")).isEqualTo(
        "/screens/0/layout/children/12/on-click-action");
    assertThat(jsonPointer("")).isEmpty();
    assertThat(jsonPointer("routing_model")).isEqualTo("/routing_model");
    assertThat(parse("X 1:2-3:4 a.b 5:6-5:9 (root) | M e s s a g e | x").line())
        .isEqualTo("X 1:2-3:4 a.b 5:6-5:9 (root) | M e s s a g e | x");
    assertThatThrownBy(() -> parse("X 1:2 a | m")).isInstanceOf(AssertionError.class);
    Expected warning = parse("warning W 1:2-1:4 a.b | a warning");
    assertThat(warning.warning()).isTrue();
    assertThat(warning.code()).isEqualTo("W");
    assertThat(warning.line()).isEqualTo("warning W 1:2-1:4 a.b | a warning");
    assertThat(parse("W 1:2-1:4 a.b | not a warning").warning()).isFalse();
    assertThatThrownBy(() -> parse("warning W 1:2-1:4 a 1:5-1:6 b | two places")).isInstanceOf(AssertionError.class);
  }
}
