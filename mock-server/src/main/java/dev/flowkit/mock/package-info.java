/**
 * The mock WhatsApp platform's front door: {@link dev.flowkit.mock.MockWhatsApp} starts a fake Graph API in the
 * current JVM, {@link dev.flowkit.mock.MockWhatsAppConfig} says how.
 */
@NullMarked
package dev.flowkit.mock;

import org.jspecify.annotations.NullMarked;
