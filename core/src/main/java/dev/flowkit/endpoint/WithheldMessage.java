package dev.flowkit.endpoint;

import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A stand-in for a handler's exception, for the log: same class name, stack frames, causes and suppressed ones,
 * but no messages. A handler's message often quotes what the user typed ({@code NumberFormatException: For input
 * string: "…"}) or the flow token, and the endpoint promises neither reaches a log.
 */
final class WithheldMessage extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String originalClass;

  private WithheldMessage(Throwable original, Set<Throwable> seen) {
    super(original.getClass().getName());
    this.originalClass = original.getClass().getName();
    setStackTrace(original.getStackTrace());
    Throwable cause = original.getCause();
    if (cause != null && seen.add(cause)) {
      initCause(new WithheldMessage(cause, seen));
    }
    for (Throwable suppressed : original.getSuppressed()) {
      if (seen.add(suppressed)) {
        addSuppressed(new WithheldMessage(suppressed, seen));
      }
    }
  }

  /** The stand-in for {@code original}, or {@code null} for {@code null}. */
  static @Nullable WithheldMessage of(@Nullable Throwable original) {
    if (original == null) {
      return null;
    }
    Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
    seen.add(original);
    return new WithheldMessage(original, seen);
  }

  @Override
  public String toString() {
    return originalClass + " (message withheld)";
  }
}
