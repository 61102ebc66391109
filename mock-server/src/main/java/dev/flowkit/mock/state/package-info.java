/**
 * The mock platform's tenancy and state: businesses, WABAs, phone numbers, apps, access tokens, and the data the
 * routes keep (flows, sent messages, templates). One {@link dev.flowkit.mock.state.PlatformState} root, changed only
 * through {@link dev.flowkit.mock.state.StateStore}, optionally persisted to a data directory. Internal to the mock:
 * not an API users program against.
 */
@NullMarked
package dev.flowkit.mock.state;

import org.jspecify.annotations.NullMarked;
