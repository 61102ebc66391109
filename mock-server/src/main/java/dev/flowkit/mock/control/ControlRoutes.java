package dev.flowkit.mock.control;

import dev.flowkit.mock.graph.RouteGroup;
import dev.flowkit.mock.graph.RouteTable;
import dev.flowkit.mock.state.StateStore;
import java.util.List;

/**
 * The control route table under {@code /_flowkit/}. Other parts of the mock plug in here as {@link RouteGroup}s
 * handed to {@link #table}: the webhook delivery journal ({@code GET /_flowkit/webhooks}) and the simulated phone's
 * hook to open a received flow message are such groups, added by the front door that assembles the platform.
 */
public final class ControlRoutes {

  private ControlRoutes() {}

  /** The control table: the control API's own routes, then {@code extensions} in order. */
  public static RouteTable table(StateStore store, Faults faults, List<RouteGroup> extensions) {
    RouteTable table = new RouteTable().add(new ControlApi(store, faults));
    extensions.forEach(table::add);
    return table;
  }
}
