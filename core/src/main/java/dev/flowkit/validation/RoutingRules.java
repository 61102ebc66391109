package dev.flowkit.validation;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The routing rules of spec/flow-json.md section 2.3, all reported as INVALID_ROUTING_MODEL. With a
 * {@code routing_model} they check it; without one they check the graph of navigate actions. Where an error
 * points is not documented: at the {@code routing_model} when there is one, else at {@code screens}.
 */
final class RoutingRules {

  static final String CODE = "INVALID_ROUTING_MODEL";
  private static final int MAX_BRANCHES = 10;

  /** What the rules need to know about one screen. */
  record ScreenFacts(String id, boolean terminal, boolean hasNavigationList, Set<String> navigateTargets) {}

  private RoutingRules() {}

  static List<Finding> check(JsonNode root, List<ScreenFacts> screens, int version) {
    JsonNode model = root.get("routing_model");
    return model != null && model.isObject() ? withModel(model, screens, version) : withoutModel(screens);
  }

  private static List<Finding> withModel(JsonNode model, List<ScreenFacts> screens, int version) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<String>> edges = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : model.properties()) {
      List<String> targets = new ArrayList<>();
      if (entry.getValue().isArray()) {
        entry.getValue().forEach(target -> targets.add(target.asString("")));
      }
      edges.put(entry.getKey(), targets);
    }
    Set<String> ids = new LinkedHashSet<>();
    screens.forEach(screen -> ids.add(screen.id()));
    Set<String> mentioned = new HashSet<>(edges.keySet());
    edges.values().forEach(mentioned::addAll);

    List<String> missing = screens.stream().filter(s -> !s.terminal() && !mentioned.contains(s.id()))
        .map(ScreenFacts::id).toList();
    if (!missing.isEmpty()) {
      findings.add(Finding.atValue(CODE, "Following screens are missing in the routing model: " + list(missing) + ".", "/routing_model"));
    }
    Set<String> invalid = new LinkedHashSet<>();
    edges.forEach((from, to) -> {
      if (!ids.contains(from)) {
        invalid.add(from);
      }
      to.stream().filter(target -> !ids.contains(target)).forEach(invalid::add);
    });
    if (!invalid.isEmpty()) {
      findings.add(Finding.atValue(CODE, "Invalid screens found in the routing model: " + list(invalid) + ".", "/routing_model"));
    }
    List<String> wide = edges.entrySet().stream().filter(e -> new HashSet<>(e.getValue()).size() > MAX_BRANCHES)
        .map(Map.Entry::getKey).toList();
    if (!wide.isEmpty()) {
      findings.add(Finding.atValue(CODE, "Number of branches exceeds the max limit of " + MAX_BRANCHES + " for screens: "
          + list(wide) + ".", "/routing_model"));
    }
    List<String> loops = edges.entrySet().stream().filter(e -> e.getValue().contains(e.getKey()))
        .map(Map.Entry::getKey).toList();
    if (!loops.isEmpty()) {
      findings.add(Finding.atValue(CODE, "Loop detected in the routing model for screens: " + list(loops) + ".", "/routing_model"));
    }
    Set<String> reported = new HashSet<>();
    edges.forEach((from, to) -> {
      for (String target : to) {
        if (!target.equals(from) && edges.getOrDefault(target, List.of()).contains(from)
            && reported.add(target + "->" + from) && reported.add(from + "->" + target)) {
          findings.add(Finding.atValue(CODE, "Backward route [" + target + "->" + from + "] corresponding to forward route ["
              + from + "->" + target + "] is not allowed in the routing model. Only forward routes can be specified.",
              "/routing_model"));
        }
      }
    });
    Set<String> inbound = new HashSet<>();
    edges.values().forEach(inbound::addAll);
    if (version >= 703) {
      // From 7.3 a screen some navigate action goes to does not count as an entry screen either.
      screens.forEach(screen -> inbound.addAll(screen.navigateTargets()));
    }
    if (ids.stream().allMatch(inbound::contains)) {
      findings.add(Finding.atValue(CODE, "No entry screen found in the routing model. Expected a screen with no inbound edges "
          + "as the entry screen.", "/routing_model"));
    }
    List<String> unreached = unreached(screens, edges);
    if (!unreached.isEmpty()) {
      findings.add(Finding.atValue(CODE, "Following screens are not connected with the rest of the screens: " + list(unreached)
          + ". All screens should be connected.", "/routing_model"));
    }
    for (ScreenFacts screen : screens) {
      if (screen.hasNavigationList()) {
        continue; // Meta skips this check on screens with a NavigationList (6.2+)
      }
      for (String target : screen.navigateTargets()) {
        if (ids.contains(target) && !target.equals(screen.id())
            && !edges.getOrDefault(screen.id(), List.of()).contains(target)) {
          findings.add(Finding.atValue(CODE, "Missing direct route from screen '" + screen.id() + "' to screen '" + target
              + "' in the routing model, while it exists in the navigate screen action of screen '" + screen.id()
              + "'.", "/routing_model"));
        }
      }
    }
    return findings;
  }

  private static List<Finding> withoutModel(List<ScreenFacts> screens) {
    List<Finding> findings = new ArrayList<>();
    Map<String, List<String>> edges = new LinkedHashMap<>();
    screens.forEach(screen -> edges.put(screen.id(), new ArrayList<>(screen.navigateTargets())));
    boolean navigationList = screens.stream().anyMatch(ScreenFacts::hasNavigationList);
    Set<String> targets = new HashSet<>();
    screens.forEach(screen -> targets.addAll(screen.navigateTargets()));
    if (!navigationList && !screens.isEmpty() && screens.stream().allMatch(s -> targets.contains(s.id()))) {
      findings.add(Finding.atValue(CODE, "No entry screen found in the routing model. Add a screen that is not used as the next "
          + "screen in any of the navigate actions.", "/screens"));
    }
    List<String> wide = screens.stream().filter(s -> s.navigateTargets().size() > MAX_BRANCHES).map(ScreenFacts::id).toList();
    if (!wide.isEmpty()) {
      findings.add(Finding.atValue(CODE, "Number of branches exceeds the max limit of " + MAX_BRANCHES + " for screens: "
          + list(wide) + ". Reduce navigate actions for the screen.", "/screens"));
    }
    if (screens.size() >= 2 && !navigationList) {
      List<String> unreached = unreached(screens, edges);
      if (!unreached.isEmpty()) {
        findings.add(Finding.atValue(CODE, "Following screens are not connected with the rest of the screens via navigate screen "
            + "action: " + list(unreached) + ". All screens should be connected.", "/screens"));
      }
    }
    return findings;
  }

  /** Screens an undirected walk over the edges does not reach from the first screen, in document order. */
  private static List<String> unreached(List<ScreenFacts> screens, Map<String, List<String>> edges) {
    if (screens.isEmpty()) {
      return List.of();
    }
    Map<String, Set<String>> neighbours = new LinkedHashMap<>();
    edges.forEach((from, to) -> to.forEach(target -> {
      neighbours.computeIfAbsent(from, k -> new HashSet<>()).add(target);
      neighbours.computeIfAbsent(target, k -> new HashSet<>()).add(from);
    }));
    Set<String> reached = new HashSet<>();
    Deque<String> queue = new ArrayDeque<>(List.of(screens.get(0).id()));
    while (!queue.isEmpty()) {
      String next = queue.poll();
      if (reached.add(next)) {
        queue.addAll(neighbours.getOrDefault(next, Set.of()));
      }
    }
    return screens.stream().map(ScreenFacts::id).filter(id -> !reached.contains(id)).distinct().toList();
  }

  private static String list(java.util.Collection<String> names) {
    return "[" + String.join(", ", names) + "]";
  }
}
