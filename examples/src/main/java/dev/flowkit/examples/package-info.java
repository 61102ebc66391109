/**
 * Business apps built with FlowKit, one package each ({@code signup}, {@code finishsignup}), and the
 * {@link dev.flowkit.examples.ExampleSettings} they share to read their {@code whatsapp.*} settings.
 */
@NullMarked
package dev.flowkit.examples;

import org.jspecify.annotations.NullMarked;
