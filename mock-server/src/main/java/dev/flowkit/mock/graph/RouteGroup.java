package dev.flowkit.mock.graph;

/**
 * A group of routes (one domain's calls). Its {@link #register} is the group's index of what the mock fakes; the
 * group becomes live with one line in {@link GraphRoutes}.
 */
@FunctionalInterface
public interface RouteGroup {

  /** Adds this group's routes to {@code table}. */
  void register(RouteTable table);
}
