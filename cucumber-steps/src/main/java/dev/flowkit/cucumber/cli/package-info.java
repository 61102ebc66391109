/**
 * The {@code flowkit test} command: runs feature files with FlowKit's steps against any flow endpoint. Added to
 * the {@code flowkit} command line through {@link dev.flowkit.mock.cli.CliCommands}.
 */
@NullMarked
package dev.flowkit.cucumber.cli;

import org.jspecify.annotations.NullMarked;
