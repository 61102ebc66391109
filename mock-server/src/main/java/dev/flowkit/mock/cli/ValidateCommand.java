package dev.flowkit.mock.cli;

import dev.flowkit.validation.FlowJsonValidator;
import dev.flowkit.validation.ValidationError;
import dev.flowkit.validation.ValidationResult;
import dev.flowkit.validation.ValidationWarning;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.jspecify.annotations.Nullable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * {@code flowkit validate FILE...}: validates Flow JSON files offline, as Meta's Flows API would on upload, and
 * prints FlowKit's warnings after each file's errors. Exit status: 0 when every file is valid, 1 when any has errors
 * (or, with {@code --strict}, warnings), 2 when a file cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate Flow JSON files offline, with the errors Meta's Flows API reports.",
        "Prints FILE:LINE:COLUMN: CODE message per error, then FILE:LINE:COLUMN: warning CODE message per warning "
            + "(what Meta accepts but a phone will not show as written: long texts, option counts, image sizes, "
            + "pitfalls), or with --json Meta's validation_errors shape and a warnings array.",
        "Exit status: 0 when every file is valid, 1 when any file has errors (or warnings, with --strict), "
            + "2 when a file cannot be read."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Flow JSON files to validate.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "Print {\"file\": ..., \"validation_errors\": [...], \"warnings\": [...]} "
      + "per file instead of lines.")
  boolean json;

  @Option(names = "--strict", description = "Exit with status 1 when any file has warnings, too.")
  boolean strict;

  @Option(names = "--no-warnings", description = "Ignore warnings: do not print them, and do not count them for "
      + "--strict.")
  boolean noWarnings;

  @Override
  public Integer call() {
    PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonMapper mapper = JsonMapper.builder().build();
    ArrayNode report = mapper.createArrayNode();
    boolean failed = false;
    boolean unreadable = false;
    for (Path file : files) {
      String text;
      try {
        text = Files.readString(file, StandardCharsets.UTF_8);
      } catch (MalformedInputException e) {
        err.println(file + ": not UTF-8 text");
        unreadable = true;
        continue;
      } catch (IOException e) {
        err.println(file + ": cannot be read (" + e.getClass().getSimpleName() + ")");
        unreadable = true;
        continue;
      }
      ValidationResult result = FlowJsonValidator.validate(text);
      List<ValidationWarning> warnings = noWarnings ? List.of() : result.warnings();
      failed |= !result.isValid() || (strict && !warnings.isEmpty());
      if (json) {
        ObjectNode entry = report.addObject();
        entry.put("file", file.toString());
        ArrayNode errors = entry.putArray("validation_errors");
        result.errors().forEach(e -> errors.add(e.toJson()));
        if (!noWarnings) {
          ArrayNode list = entry.putArray("warnings");
          warnings.forEach(w -> list.add(w.toJson()));
        }
      } else {
        for (ValidationError e : result.errors()) {
          print(out, file, e.pointers(), e.error() + " " + e.message());
        }
        for (ValidationWarning w : warnings) {
          print(out, file, w.pointers(), "warning " + w.code() + " " + w.message());
        }
      }
    }
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else if (!failed && !unreadable) {
      out.println(files.size() == 1 ? "valid" : "all " + files.size() + " files valid");
    }
    out.flush();
    return unreadable ? 2 : failed ? 1 : 0;
  }

  /** One line per location: {@code FILE:LINE:COLUMN: text}. */
  private static void print(PrintWriter out, Path file, List<ValidationError.Pointer> pointers, String text) {
    for (ValidationError.Pointer pointer : pointers) {
      out.printf("%s:%d:%d: %s%n", file, pointer.span().lineStart(), pointer.span().columnStart(), text);
    }
  }
}
