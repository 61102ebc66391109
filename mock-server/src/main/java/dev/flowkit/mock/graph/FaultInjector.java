package dev.flowkit.mock.graph;

import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * Consulted by the HTTP layer before every Graph route (never for control calls): may delay the call and may
 * answer an error instead of the route. The control API's faults facility implements it.
 */
@FunctionalInterface
public interface FaultInjector {

  /** Injects nothing. */
  FaultInjector NONE = (method, path, route) -> Optional.empty();

  /**
   * Applies the faults configured for a call; may sleep for a configured latency.
   *
   * @param method {@code GET}, {@code POST}, …
   * @param path the full request path, version prefix included
   * @param route the matched route ({@code POST /{flow-id}/publish}), or null when no route matched
   * @return the error to answer instead of running the route, if a fault says so
   */
  Optional<GraphCallException> before(String method, String path, @Nullable String route);
}
