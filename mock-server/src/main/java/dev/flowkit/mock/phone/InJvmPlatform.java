package dev.flowkit.mock.phone;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.StateStore;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import tools.jackson.databind.JsonNode;

/**
 * The platform running in this JVM, reached through its inbox and state directly; the disabled buttons are this
 * phone's own, as on a device.
 */
final class InJvmPlatform implements PhonePlatform {

  private final FlowMessageInbox inbox;
  private final FlowReplies replies;
  private final StateStore store;
  private final Set<String> disabledButtons = ConcurrentHashMap.newKeySet();

  InJvmPlatform(FlowMessageInbox inbox, FlowReplies replies, StateStore store) {
    this.inbox = inbox;
    this.replies = replies;
    this.store = store;
  }

  @Override
  public List<ReceivedFlowMessage> flowMessages(String waId) {
    return inbox.flowMessagesTo(waId);
  }

  @Override
  public ReceivedFlowMessage open(String waId, String wamid) {
    return inbox.openOnPhone(Optional.of(waId), wamid, disabledButtons::contains);
  }

  @Override
  public Optional<String> businessPublicKey(ReceivedFlowMessage message) {
    return inbox.businessPublicKey(message.phoneNumberId());
  }

  @Override
  public String completed(ReceivedFlowMessage message, JsonNode response) {
    return replies.send(message, response);
  }

  /** An error type the metrics do not know counts as none. */
  @Override
  public void recordTraffic(String flowId, EndpointMetrics.Sample sample) {
    String error = sample.metricsErrorType().orElse(null);
    store.update(s -> {
      FlowRecord flow = s.flows().get(flowId);
      if (flow != null) {
        s.flows().put(flowId, flow.withTraffic(flow.trafficOrNone().withRequests(sample.at(), 1, sample.latency(),
            error)));
      }
    });
  }

  @Override
  public boolean isButtonDisabled(String waId, String wamid) {
    return disabledButtons.contains(wamid);
  }

  @Override
  public void disableButton(String wamid) {
    disabledButtons.add(wamid);
  }

  @Override
  public String toString() {
    return disabledButtons.size() + " disabled button(s)";
  }
}
