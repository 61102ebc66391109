package dev.flowkit.mock.cli;

import java.util.List;

/**
 * Extra {@code flowkit} subcommands from modules that sit above the mock platform (the Cucumber steps add
 * {@code test}). Implementations are found with {@link java.util.ServiceLoader} (a line in
 * {@code META-INF/services/dev.flowkit.mock.cli.CliCommands}) and must have a public no-argument constructor.
 *
 * <p>Each object returned is a picocli {@code @Command}-annotated instance; its name must not clash with a built-in
 * command ({@code serve}, {@code keys}, {@code validate}, {@code simulate}) or picocli refuses to start.
 */
public interface CliCommands {

  /**
   * The subcommand objects to add, each a fresh instance per command line.
   *
   * @return picocli {@code @Command} objects; never null
   */
  List<Object> commands();
}
