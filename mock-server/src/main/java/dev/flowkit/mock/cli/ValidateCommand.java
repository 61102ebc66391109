package dev.flowkit.mock.cli;

import dev.flowkit.validation.FlowJsonValidator;
import dev.flowkit.validation.ValidationError;
import dev.flowkit.validation.ValidationResult;
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
 * {@code flowkit validate FILE...}: validates Flow JSON files offline, as Meta's Flows API would on upload.
 * Exit status: 0 when every file is valid, 1 when any has errors, 2 when a file cannot be read.
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Validate Flow JSON files offline, with the errors Meta's Flows API reports.",
        "Prints FILE:LINE:COLUMN: CODE message per problem (or, with --json, Meta's validation_errors shape)."})
final class ValidateCommand implements Callable<Integer> {

  @Spec
  @Nullable CommandSpec spec;

  @Parameters(arity = "1..*", paramLabel = "FILE", description = "Flow JSON files to validate.")
  List<Path> files = new ArrayList<>();

  @Option(names = "--json", description = "Print {\"file\": ..., \"validation_errors\": [...]} per file instead of lines.")
  boolean json;

  @Override
  public Integer call() {
    PrintWriter out = java.util.Objects.requireNonNull(spec).commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    JsonMapper mapper = JsonMapper.builder().build();
    ArrayNode report = mapper.createArrayNode();
    boolean invalid = false;
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
      invalid |= !result.isValid();
      if (json) {
        ObjectNode entry = report.addObject();
        entry.put("file", file.toString());
        ArrayNode errors = entry.putArray("validation_errors");
        result.errors().forEach(e -> errors.add(e.toJson()));
      } else {
        for (ValidationError e : result.errors()) {
          for (ValidationError.Pointer pointer : e.pointers()) {
            out.printf("%s:%d:%d: %s %s%n", file, pointer.span().lineStart(), pointer.span().columnStart(), e.error(),
                e.message());
          }
        }
      }
    }
    if (json) {
      out.println(mapper.writerWithDefaultPrettyPrinter().writeValueAsString(report));
    } else if (!invalid && !unreadable) {
      out.println(files.size() == 1 ? "valid" : "all " + files.size() + " files valid");
    }
    out.flush();
    return unreadable ? 2 : invalid ? 1 : 0;
  }
}
