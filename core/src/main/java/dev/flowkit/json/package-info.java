/**
 * The Flow JSON model: an immutable, typed view of a WhatsApp Flow, read and written losslessly.
 *
 * <pre>{@code
 * FlowJson flow = FlowJsonMapper.read(Path.of("signup.json"));
 * Screen first = flow.screens().get(0);
 * String json = FlowJsonMapper.writePretty(flow);      // JSON-equal to the input
 * }</pre>
 *
 * <h2>Lossless</h2>
 * Every node keeps, in {@code extras()}, the properties it does not model and the modelled properties whose JSON
 * type is not the one the model expects (a number where a boolean belongs, say), verbatim and in their original
 * order; component types FlowKit does not know become {@link dev.flowkit.json.UnknownComponent}. Writing a model
 * read from text therefore gives JSON equal to that text; whether the text is <em>valid</em> Flow JSON is the
 * validator's question, not the model's.
 *
 * <h2>Dynamic values</h2>
 * A property that may hold a literal or a {@code ${...}} binding or backtick expression is a
 * {@link dev.flowkit.json.Bindable}, never an {@code Object}.
 */
@NullMarked
package dev.flowkit.json;

import org.jspecify.annotations.NullMarked;
