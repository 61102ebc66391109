/**
 * The simulated phone: users' received flow messages ({@link dev.flowkit.mock.phone.FlowMessageInbox}) and the
 * headless WhatsApp client that opens them and walks the flow against the business's endpoint.
 */
@NullMarked
package dev.flowkit.mock.phone;

import org.jspecify.annotations.NullMarked;
