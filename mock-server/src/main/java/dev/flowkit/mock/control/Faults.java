package dev.flowkit.mock.control;

import dev.flowkit.mock.graph.FaultInjector;
import dev.flowkit.mock.graph.GraphCallException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Faults configured through the control API: a latency and/or a forced Graph error for the calls a fault selects
 * (by method, by route template such as {@code POST /{flow-id}/publish}, or by a path glob such as
 * {@code /v*}{@code /123/publish} where {@code *} matches within a segment and {@code **} across segments). The first
 * fault that matches applies; one with {@code times} applies that many times, then is gone. Thread-safe.
 */
public final class Faults implements FaultInjector {

  private final AtomicLong ids = new AtomicLong();
  private final List<Fault> faults = new ArrayList<>();

  /**
   * One fault.
   *
   * @param id its id, for removal
   * @param method the method it selects, or null for any
   * @param route the route template it selects, or null for any
   * @param path a path glob it selects, or null for any
   * @param latencyMillis a delay before the call is answered (0: none)
   * @param error the error to answer instead of the route, or null to run the route (after the delay)
   * @param remaining how many more calls it applies to, or -1 for all
   */
  public record Fault(String id, @Nullable String method, @Nullable String route, @Nullable String path,
      long latencyMillis, @Nullable Error error, int remaining) {

    boolean selects(String m, String p, @Nullable String r) {
      return (method == null || method.equalsIgnoreCase(m))
          && (route == null || route.equals(r) || (r != null && r.endsWith(" " + route)))
          && (path == null || glob(path).matcher(p).matches());
    }
  }

  /**
   * The error a fault forces.
   *
   * @param httpStatus the status, or 0 for the one section 1.4's table gives {@code code}
   * @param code the Graph code
   * @param subcode the {@code error_subcode}, or null
   * @param message the message
   */
  public record Error(int httpStatus, int code, @Nullable Integer subcode, String message) {

    GraphCallException exception() {
      GraphCallException.Builder b = GraphCallException.builder(code, message);
      if (subcode != null) {
        b.subcode(subcode);
      }
      if (httpStatus != 0) {
        b.httpStatus(httpStatus);
      }
      return b.build();
    }
  }

  /** Adds a fault (its {@code id} is replaced by a fresh one) and returns it. */
  public synchronized Fault add(@Nullable String method, @Nullable String route, @Nullable String path,
      long latencyMillis, @Nullable Error error, int times) {
    if (latencyMillis < 0 || latencyMillis > 60_000) {
      throw new IllegalArgumentException("latency_ms must be between 0 and 60000");
    }
    if (path != null) {
      glob(path);
    }
    Fault fault = new Fault(Long.toString(ids.incrementAndGet()), method, route, path, latencyMillis, error,
        times <= 0 ? -1 : times);
    faults.add(fault);
    return fault;
  }

  /** The faults in force. */
  public synchronized List<Fault> list() {
    return List.copyOf(faults);
  }

  /** Removes every fault. */
  public synchronized void clear() {
    faults.clear();
  }

  @Override
  public Optional<GraphCallException> before(String method, String path, @Nullable String route) {
    Fault applied = take(method, path, route);
    if (applied == null) {
      return Optional.empty();
    }
    if (applied.latencyMillis() > 0) {
      try {
        Thread.sleep(applied.latencyMillis());
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    return Optional.ofNullable(applied.error()).map(Error::exception);
  }

  private synchronized @Nullable Fault take(String method, String path, @Nullable String route) {
    for (int i = 0; i < faults.size(); i++) {
      Fault f = faults.get(i);
      if (f.selects(method, path, route)) {
        if (f.remaining() == 1) {
          faults.remove(i);
        } else if (f.remaining() > 1) {
          faults.set(i, new Fault(f.id(), f.method(), f.route(), f.path(), f.latencyMillis(), f.error(),
              f.remaining() - 1));
        }
        return f;
      }
    }
    return null;
  }

  static Pattern glob(String glob) {
    StringBuilder regex = new StringBuilder();
    for (int i = 0; i < glob.length(); i++) {
      char c = glob.charAt(i);
      if (c == '*' && i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
        regex.append(".*");
        i++;
      } else if (c == '*') {
        regex.append("[^/]*");
      } else {
        regex.append(Pattern.quote(String.valueOf(c)));
      }
    }
    return Pattern.compile(regex.toString());
  }
}
