package dev.flowkit.mock.phone;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.mock.phone.FlowMessageUnavailableException.Reason;
import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.MessageRecord;
import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.webhook.MessageStatusWebhooks;
import java.util.List;
import java.util.Optional;

/**
 * The platform's side of users' phones: the flow messages each user received, and opening one. Opening applies
 * WhatsApp's rules at that moment (a flow deleted, DEPRECATED or BLOCKED since the send does not open; THROTTLED
 * ones still do, spec/platform.md section 2.13) and marks the message read, which sends the {@code read} status
 * webhook once. Thread-safe.
 */
public final class FlowMessageInbox {

  private final StateStore store;
  private final MessageStatusWebhooks statuses;

  /** The inbox of {@code store}'s messages; {@code read} statuses go out through {@code statuses}. */
  public FlowMessageInbox(StateStore store, MessageStatusWebhooks statuses) {
    this.store = store;
    this.statuses = statuses;
  }

  /** The flow messages sent to {@code userWaId} (digits, a leading {@code +} ignored), oldest first. */
  public List<ReceivedFlowMessage> flowMessagesTo(String userWaId) {
    String waId = userWaId.startsWith("+") ? userWaId.substring(1) : userWaId;
    return store.read(s -> s.messagesTo(waId).stream().filter(m -> m.flow() != null).map(m -> received(s, m))
        .toList());
  }

  /**
   * Opens a flow message as the user tapping its button does.
   *
   * @throws FlowMessageUnavailableException when there is no such flow message, or its flow no longer opens
   */
  public ReceivedFlowMessage open(String wamid) {
    ReceivedFlowMessage message = store.read(s -> openable(s, wamid));
    statuses.read(wamid);
    return message;
  }

  /** The business public key now set on {@code phoneNumberId}: what a phone refetches after an HTTP 421. */
  public Optional<String> businessPublicKey(String phoneNumberId) {
    return store.read(s -> Optional.ofNullable(s.phoneNumbers().get(phoneNumberId))
        .map(PhoneNumber::businessPublicKey));
  }

  private static ReceivedFlowMessage openable(PlatformState s, String wamid) {
    MessageRecord m = s.messages().get(wamid);
    if (m == null) {
      throw new FlowMessageUnavailableException(Reason.UNKNOWN_MESSAGE, "no message " + wamid + " was sent");
    }
    if (m.flow() == null) {
      throw new FlowMessageUnavailableException(Reason.NOT_A_FLOW_MESSAGE,
          "message " + wamid + " (" + m.type() + ") has no flow button");
    }
    String flowId = m.flow().flowId();
    if (flowId != null) {
      FlowRecord flow = s.flows().get(flowId);
      if (flow == null) {
        throw new FlowMessageUnavailableException(Reason.FLOW_DELETED,
            "flow " + flowId + " of message " + wamid + " was deleted");
      }
      if (flow.status().equals("DEPRECATED")) {
        throw new FlowMessageUnavailableException(Reason.FLOW_DEPRECATED,
            "flow " + flowId + " is DEPRECATED: WhatsApp no longer opens its messages");
      }
      if (flow.status().equals("BLOCKED")) {
        throw new FlowMessageUnavailableException(Reason.FLOW_BLOCKED,
            "flow " + flowId + " is BLOCKED: WhatsApp does not open its messages until it recovers");
      }
    }
    return received(s, m);
  }

  private static ReceivedFlowMessage received(PlatformState s, MessageRecord m) {
    PhoneNumber phone = s.phoneNumbers().get(m.fromPhoneNumberId());
    return new ReceivedFlowMessage(m.wamid(), m.to(), phone.id(), phone.displayPhoneNumber(), phone.wabaId(),
        m.flow(), Optional.ofNullable(phone.businessPublicKey()), appSecret(s, m, phone), m.time());
  }

  /**
   * The secret WhatsApp signs the flow's endpoint requests with: the flow's linked app's; for a flow without one
   * (or a template made from {@code flow_json}), the first app subscribed to the number's WABA.
   */
  private static Optional<AppSecret> appSecret(PlatformState s, MessageRecord m, PhoneNumber phone) {
    String flowId = m.flow().flowId();
    Optional<App> app = Optional.ofNullable(flowId == null ? null : s.flows().get(flowId))
        .map(FlowRecord::applicationId).map(id -> s.apps().get(id));
    if (app.isEmpty()) {
      app = s.apps().values().stream().filter(a -> a.subscribedWabaIds().contains(phone.wabaId())).findFirst();
    }
    return app.map(a -> AppSecret.of(a.secret()));
  }
}
