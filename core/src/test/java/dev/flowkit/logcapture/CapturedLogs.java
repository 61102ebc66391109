package dev.flowkit.logcapture;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Collectors;

/**
 * What core logged during a test, recorded by {@link RecordingServiceProvider}. Thread-safe. Tests may run
 * concurrently, so a test opens its own {@link #capture()}, which sees every event from its opening until it is
 * closed; a global {@link #reset()} is there for tests that run alone.
 */
public final class CapturedLogs implements AutoCloseable {

  private static final int MAX_GLOBAL_EVENTS = 10_000;
  private static final List<LogEvent> GLOBAL = new CopyOnWriteArrayList<>();
  private static final List<CapturedLogs> OPEN = new CopyOnWriteArrayList<>();

  private final List<LogEvent> events = new CopyOnWriteArrayList<>();

  private CapturedLogs() {}

  /** Starts recording for the caller; close it when the test ends. */
  public static CapturedLogs capture() {
    CapturedLogs capture = new CapturedLogs();
    OPEN.add(capture);
    return capture;
  }

  static void record(LogEvent event) {
    if (GLOBAL.size() < MAX_GLOBAL_EVENTS) {
      GLOBAL.add(event);
    }
    for (CapturedLogs capture : OPEN) {
      capture.events.add(event);
    }
  }

  /** Every event since the last {@link #reset()} (at most the first {@value #MAX_GLOBAL_EVENTS}). */
  public static List<LogEvent> all() {
    return List.copyOf(GLOBAL);
  }

  /** Forgets every globally recorded event. */
  public static void reset() {
    GLOBAL.clear();
  }

  /** The events recorded since this capture opened, in order. */
  public List<LogEvent> events() {
    return List.copyOf(events);
  }

  /** Every event's {@link LogEvent#text()}, one a line. */
  public String text() {
    return events.stream().map(LogEvent::text).collect(Collectors.joining("\n"));
  }

  /** Forgets what this capture recorded so far. */
  public void clear() {
    events.clear();
  }

  @Override
  public void close() {
    OPEN.remove(this);
  }
}
