/**
 * Cucumber steps for flow journeys: a simulated user opens a flow, fills and taps through its screens against a
 * real endpoint, and the scenario checks what the user saw and what the endpoint received. Step classes are thin;
 * every step calls the same public API a JUnit test uses ({@link dev.flowkit.mock.phone.FlowSession}), through one
 * {@link dev.flowkit.cucumber.FlowScenario} per scenario. Add {@code dev.flowkit.cucumber} to the glue.
 */
@NullMarked
package dev.flowkit.cucumber;

import org.jspecify.annotations.NullMarked;
