package dev.flowkit.mock.graph;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiPredicate;
import org.jspecify.annotations.Nullable;

/**
 * Routes by method and path template, the path taken after the version prefix: {@code GET /{waba-id}/flows}. A
 * template segment {@code {name}} matches one path segment; when {@code name} is a registered id kind (for example
 * {@code waba-id}) it matches only ids of that kind the caller may see, so {@code GET /{flow-id}} and
 * {@code GET /{waba-id}} live side by side as on Graph, and an id nobody may see answers Graph's
 * "Unsupported get request" (100/33). Build it at start, then only read it (thread-safe for reading).
 */
public final class RouteTable {

  private final List<Entry> entries = new ArrayList<>();
  private final Map<String, BiPredicate<String, @Nullable Caller>> kinds = new LinkedHashMap<>();

  /** A route found for a call. */
  record Match(GraphRoute route, String template, Map<String, String> ids) {}

  private record Entry(String method, String template, List<String> segments, GraphRoute route) {}

  /**
   * Declares the id kind {@code name}: a template segment {@code {name}} matches a path segment only when
   * {@code visible} accepts it for the caller (null for control calls).
   */
  public RouteTable idKind(String name, BiPredicate<String, @Nullable Caller> visible) {
    kinds.put(name, visible);
    return this;
  }

  /** Adds {@code GET template}. */
  public RouteTable get(String template, GraphRoute route) {
    return add("GET", template, route);
  }

  /** Adds {@code POST template}. */
  public RouteTable post(String template, GraphRoute route) {
    return add("POST", template, route);
  }

  /** Adds {@code DELETE template}. */
  public RouteTable delete(String template, GraphRoute route) {
    return add("DELETE", template, route);
  }

  /** Adds the routes of {@code group}. */
  public RouteTable add(RouteGroup group) {
    group.register(this);
    return this;
  }

  /** Adds {@code method template}; the template starts with {@code /}. */
  public RouteTable add(String method, String template, GraphRoute route) {
    if (!template.startsWith("/")) {
      throw new IllegalArgumentException("a route template starts with '/': " + template);
    }
    String m = method.toUpperCase(Locale.ROOT);
    List<String> segments = segments(template);
    for (Entry e : entries) {
      if (e.method.equals(m) && e.segments.equals(segments)) {
        throw new IllegalArgumentException("route registered twice: " + m + " " + template);
      }
    }
    entries.add(new Entry(m, template, segments, route));
    return this;
  }

  /** The routes as {@code METHOD template} lines, in registration order: the index of what the mock fakes. */
  public List<String> describe() {
    return entries.stream().map(e -> e.method + " " + e.template).toList();
  }

  /**
   * The route for {@code method path}.
   *
   * @throws GraphCallException unknown path (2500), unsupported request on an id nobody may see or with a method
   *     the path does not have (100/33)
   */
  Match match(String method, String path, @Nullable Caller caller) {
    List<String> parts = segments(path);
    String m = method.toUpperCase(Locale.ROOT);
    String missingId = null;
    Match otherMethod = null;
    Match best = null;
    int bestVariables = Integer.MAX_VALUE;
    for (Entry e : entries) {
      if (e.segments.size() != parts.size()) {
        continue;
      }
      Map<String, String> ids = new LinkedHashMap<>();
      boolean shape = true;
      String unseen = null;
      int variables = 0;
      for (int i = 0; i < parts.size() && shape; i++) {
        String t = e.segments.get(i);
        String p = parts.get(i);
        if (t.startsWith("{") && t.endsWith("}")) {
          String name = t.substring(1, t.length() - 1);
          variables++;
          ids.put(name, p);
          BiPredicate<String, @Nullable Caller> kind = kinds.get(name);
          if (unseen == null && kind != null && !kind.test(p, caller)) {
            unseen = p;
          }
        } else if (!t.equals(p)) {
          shape = false;
        }
      }
      if (!shape) {
        continue;
      }
      if (unseen != null) {
        missingId = missingId == null ? unseen : missingId;
        continue;
      }
      Match match = new Match(e.route, e.method + " " + e.template, Map.copyOf(ids));
      if (!e.method.equals(m)) {
        otherMethod = otherMethod == null ? match : otherMethod;
      } else if (variables < bestVariables) {
        best = match;
        bestVariables = variables;
      }
    }
    if (best != null) {
      return best;
    }
    if (otherMethod != null) {
      throw GraphCallException.wrongMethod(m, parts.isEmpty() ? "" : parts.get(0));
    }
    if (missingId != null) {
      throw GraphCallException.unsupportedRequest(m, missingId);
    }
    throw GraphCallException.unknownPath(path);
  }

  private static List<String> segments(String path) {
    List<String> out = new ArrayList<>();
    for (String s : path.split("/")) {
      if (!s.isEmpty()) {
        out.add(s);
      }
    }
    return out;
  }
}
