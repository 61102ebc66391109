package dev.flowkit.mock.graph;

/** One Graph call's behaviour: no Undertow type in sight. */
@FunctionalInterface
public interface GraphRoute {

  /**
   * Answers {@code call}.
   *
   * @throws GraphCallException for every failure the caller should see as a Graph error
   */
  GraphReply handle(GraphCall call);
}
