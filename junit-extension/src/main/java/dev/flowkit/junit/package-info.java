/**
 * {@code @WhatsAppFlowTest}: one annotation on a JUnit test class gives it a running mock WhatsApp platform, a
 * business key pair registered on the platform's phone number, a Graph API client pointed at it and simulated
 * users, injected as test and lifecycle method parameters.
 */
@NullMarked
package dev.flowkit.junit;

import org.jspecify.annotations.NullMarked;
