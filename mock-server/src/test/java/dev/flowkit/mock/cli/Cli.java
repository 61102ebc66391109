package dev.flowkit.mock.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;

/** Runs the flowkit command line in-process and captures what it printed. */
final class Cli {

  /** The exit status and the two streams. */
  record Result(int status, String out, String err) {}

  private Cli() {}

  static Result flowkit(String... args) {
    return flowkitWithInput("", args);
  }

  /** The same, with {@code input} as standard input (the commands {@code simulate} reads, one a line). */
  static Result flowkitWithInput(String input, String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    int status = FlowKitCli.run(args, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
        new PrintWriter(out, true), new PrintWriter(err, true));
    return new Result(status, out.toString(), err.toString());
  }
}
