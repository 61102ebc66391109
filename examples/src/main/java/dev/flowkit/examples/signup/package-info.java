/**
 * The sign-up / login example: a business app built with FlowKit. {@link dev.flowkit.examples.signup.SignUpFlow}
 * is its Flow JSON, {@link dev.flowkit.examples.signup.SignUpApp} its flow endpoint, webhook receiver and start-up.
 */
@NullMarked
package dev.flowkit.examples.signup;

import org.jspecify.annotations.NullMarked;
