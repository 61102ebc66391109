/**
 * The {@code flowkit} command line: {@code java -jar cli/target/flowkit.jar --help} (the jar is built by the
 * {@code cli} module, which also adds the commands of the modules above this one through {@link CliCommands}).
 * Commands are thin: each calls the same public API a Java user would.
 */
@NullMarked
package dev.flowkit.mock.cli;

import org.jspecify.annotations.NullMarked;
