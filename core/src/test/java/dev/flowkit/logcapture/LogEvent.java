package dev.flowkit.logcapture;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.slf4j.event.Level;

/**
 * One recorded log event.
 *
 * @param level the level it was logged at
 * @param logger the logger's name
 * @param message the message with its arguments filled in
 * @param throwables the attached throwable, its causes and suppressed ones, each as {@code Throwable.toString()}
 *     (class name and message); empty when none was attached
 */
public record LogEvent(Level level, String logger, String message, List<String> throwables) {

  /** Copies the list. */
  public LogEvent {
    throwables = List.copyOf(throwables);
  }

  /** Everything a log appender could print of this event, stack frames aside. */
  public String text() {
    return level + " " + logger + " " + message + (throwables.isEmpty() ? "" : " | " + String.join(" | ", throwables));
  }

  /** The throwable, every cause and every suppressed one, each once. */
  static List<String> describe(@Nullable Throwable throwable) {
    List<String> out = new ArrayList<>();
    walk(throwable, Collections.newSetFromMap(new IdentityHashMap<>()), out);
    return out;
  }

  private static void walk(@Nullable Throwable throwable, Set<Throwable> seen, List<String> out) {
    if (throwable == null || !seen.add(throwable)) {
      return;
    }
    out.add(throwable.toString());
    for (Throwable suppressed : throwable.getSuppressed()) {
      walk(suppressed, seen, out);
    }
    walk(throwable.getCause(), seen, out);
  }
}
