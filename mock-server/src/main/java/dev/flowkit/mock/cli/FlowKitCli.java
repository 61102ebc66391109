package dev.flowkit.mock.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Properties;
import java.util.ServiceLoader;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Spec;

/**
 * The {@code flowkit} executable ({@code cli/target/flowkit.jar}); modules above the
 * mock platform add commands through {@link CliCommands}. Exit status: 0 on success, 1 when the
 * command failed (the reason is printed, never a stack trace), 2 for a usage error.
 */
@Command(name = "flowkit",
    mixinStandardHelpOptions = true,
    versionProvider = FlowKitCli.Version.class,
    description = "FlowKit: build, run and test WhatsApp Flows without Meta's platform.",
    subcommands = {ServeCommand.class, KeysCommand.class, ValidateCommand.class, SimulateCommand.class})
public final class FlowKitCli implements Runnable {

  @Spec
  CommandLine.Model.CommandSpec spec;

  /** Runs the command line and exits with its status. */
  public static void main(String[] args) {
    System.exit(run(args, new PrintWriter(System.out, true), new PrintWriter(System.err, true)));
  }

  /** Runs the command line with the given streams and returns the exit status (for embedding and tests). */
  public static int run(String[] args, PrintWriter out, PrintWriter err) {
    return run(args, System.in, out, err);
  }

  /**
   * Runs the command line with the given streams and returns the exit status; {@code in} is what interactive
   * commands ({@code simulate}) read their input from, line by line.
   */
  public static int run(String[] args, InputStream in, PrintWriter out, PrintWriter err) {
    CommandLine commandLine = new CommandLine(new FlowKitCli());
    ((SimulateCommand) commandLine.getSubcommands().get("simulate").getCommand()).in = in;
    for (CliCommands extra : ServiceLoader.load(CliCommands.class, FlowKitCli.class.getClassLoader())) {
      for (Object command : extra.commands()) {
        commandLine.addSubcommand(command);
      }
    }
    commandLine.setOut(out);
    commandLine.setErr(err);
    commandLine.setExecutionExceptionHandler((e, cmd, parsed) -> {
      cmd.getErr().println(cmd.getCommandSpec().qualifiedName() + ": "
          + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
      return 1;
    });
    return commandLine.execute(args);
  }

  @Override
  public void run() {
    spec.commandLine().usage(spec.commandLine().getOut());
  }

  /** Reads the version Maven wrote into version.properties. */
  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() throws IOException {
      Properties properties = new Properties();
      try (InputStream in = FlowKitCli.class.getResourceAsStream("version.properties")) {
        if (in != null) {
          properties.load(in);
        }
      }
      return new String[] {"flowkit " + properties.getProperty("version", "(unknown version)")};
    }
  }
}
