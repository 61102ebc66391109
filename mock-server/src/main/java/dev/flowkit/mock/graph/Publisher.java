package dev.flowkit.mock.graph;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.StateStore;
import java.util.List;

/**
 * Publishing (spec/platform.md section 2.9) for {@code POST /{flow-id}/publish} and create-and-publish: the checks
 * in a fixed order (state, then {@link PublishChecks}, then the endpoint health check when switched on), each
 * failure a 139002 with its section 1.6 text. The health check runs outside the state lock (it waits on the
 * network); the change is committed only when the flow did not change meanwhile.
 */
final class Publisher {

  private final StateStore store;
  private final GraphBehaviour behaviour;

  Publisher(StateStore store, GraphBehaviour behaviour) {
    this.store = store;
    this.behaviour = behaviour;
  }

  /**
   * Checks {@code flow} may be published in {@code state} (which holds the flow's WABA, numbers and apps).
   *
   * @return whether a health check ran and passed (false: none ran)
   * @throws GraphCallException (139002) for the first failed check
   */
  boolean check(PlatformState state, FlowRecord flow) {
    if (!flow.status().equals("DRAFT")) {
      throw FlowErrors.publishRefused("Publishing Flow in invalid state", "The flow is " + flow.status()
          + "; only DRAFT flows can be published.");
    }
    List<PublishChecks.Problem> problems = PublishChecks.problems(state, flow);
    if (!problems.isEmpty()) {
      throw FlowErrors.publishRefused(problems.get(0).text(), problems.get(0).details());
    }
    if (!PublishChecks.isEndpointFlow(flow) || !behaviour.publishHealthCheck()) {
      return false;
    }
    PhoneNumber number = PublishChecks.signedKeyNumber(state, flow.wabaId()).orElseThrow();
    App app = PublishChecks.application(state, flow).orElseThrow();
    boolean passed = EndpointPing.passes(String.valueOf(flow.endpointUri()), String.valueOf(flow.dataApiVersion()),
        BusinessKeys.readPublicKey(String.valueOf(number.businessPublicKey())), AppSecret.of(app.secret()));
    if (!passed) {
      if (state.flows().containsKey(flow.id())) {
        store.update(s -> {
          FlowRecord current = s.flows().get(flow.id());
          if (current != null) {
            s.flows().put(current.id(), current.withTraffic(current.trafficOrNone()
                .withHealthCheck(store.clock().instant(), false)));
          }
        });
      }
      throw FlowErrors.publishRefused("Endpoint Not Available", "The endpoint at the flow's endpoint_uri did not "
          + "answer the encrypted health check (ping) with {\"data\":{\"status\":\"active\"}}.");
    }
    return true;
  }

  /**
   * Publishes the stored flow {@code flowId}.
   *
   * @return the flow as published
   * @throws GraphCallException (139002) when a check fails or the flow changed while its endpoint was checked
   */
  FlowRecord publish(String flowId) {
    PlatformState state = store.read(s -> s);
    FlowRecord flow = FlowRules.existing(state, flowId, "POST");
    boolean pinged = check(state, flow);
    return store.write(s -> {
      FlowRecord current = s.flows().get(flowId);
      if (current == null || !current.equals(flow)) {
        throw FlowErrors.publishRefused("Publishing Flow in invalid state",
            "The flow changed while it was being published; try again.");
      }
      FlowRecord published = current.published();
      if (pinged) {
        published = published.withTraffic(published.trafficOrNone().withHealthCheck(store.clock().instant(), true));
      }
      s.flows().put(flowId, published);
      return published;
    });
  }
}
