/** The workshop behind the Cucumber steps: not an API, may change without notice. */
@NullMarked
package dev.flowkit.cucumber.internal;

import org.jspecify.annotations.NullMarked;
