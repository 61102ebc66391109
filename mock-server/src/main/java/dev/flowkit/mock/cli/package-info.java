/**
 * The {@code flowkit} command line: {@code java -jar flowkit.jar --help}. Commands are thin: each calls the same
 * public API a Java user would.
 */
@NullMarked
package dev.flowkit.mock.cli;

import org.jspecify.annotations.NullMarked;
