package dev.flowkit.graph;

import java.util.Locale;

/** A flow's {@code status} (spec/platform.md section 2.13). */
public enum FlowStatus {
  /** Editable; can be sent with {@code mode=draft}. */
  DRAFT,
  /** Sendable. */
  PUBLISHED,
  /** No longer sendable; irreversible. */
  DEPRECATED,
  /** The endpoint is unhealthy: no sending, no opening. */
  BLOCKED,
  /** The endpoint is degraded: at most 10 sends per hour. */
  THROTTLED,
  /** A status this version of FlowKit does not know; Meta may add some. */
  UNKNOWN;

  static FlowStatus of(String text) {
    try {
      return valueOf(text.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException unknown) {
      return UNKNOWN;
    }
  }
}
