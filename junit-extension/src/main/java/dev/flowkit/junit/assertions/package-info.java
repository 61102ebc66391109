/**
 * AssertJ assertions that speak in screens, fields, taps, exchanges, webhooks and validation errors. The one entry
 * point is {@link dev.flowkit.junit.assertions.FlowAssertions}; import its {@code assertThat} next to AssertJ's.
 *
 * <p>Every failure is an {@link java.lang.AssertionError} whose message says what was expected, what was found,
 * the nearest miss (the closest screen, field, text, code or flow name) and, for a flow session, the last steps of
 * its transcript. Values of {@code sensitive} fields and password inputs are masked in every message.
 *
 * <p>The assert classes are not final and each has a public constructor taking the actual value, so AssertJ's soft
 * assertions can proxy them: {@code softly.proxy(FlowSessionAssert.class, FlowSession.class, session)}.
 */
@NullMarked
package dev.flowkit.junit.assertions;

import org.jspecify.annotations.NullMarked;
