/**
 * The mock's HTTP layer: an Undertow server in front of a route table of Graph calls. A route group is one class
 * implementing {@link dev.flowkit.mock.graph.RouteGroup} plus one line in {@link dev.flowkit.mock.graph.GraphRoutes};
 * routes see only {@link dev.flowkit.mock.graph.GraphCall} and answer {@link dev.flowkit.mock.graph.GraphReply} or
 * throw {@link dev.flowkit.mock.graph.GraphCallException}. Internal to the mock: users start it through
 * {@code dev.flowkit.mock.MockWhatsApp}.
 */
@NullMarked
package dev.flowkit.mock.graph;

import org.jspecify.annotations.NullMarked;
