/**
 * The control API under {@code /_flowkit/} (no Graph auth): health, reset, state dump, tenants, sent messages and
 * faults. Internal to the mock; its wire format is documented in the README's "Mock platform" section.
 */
@NullMarked
package dev.flowkit.mock.control;

import org.jspecify.annotations.NullMarked;
