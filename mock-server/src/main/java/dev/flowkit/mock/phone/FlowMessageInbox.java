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
import java.util.function.Predicate;

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
    String waId = digits(userWaId);
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

  /**
   * Opens a flow message as user {@code userWaId}'s phone does: refused first when a 427 disabled its button on
   * that phone ({@code buttonDisabled} says which), then when that user did not receive it, then by the rules of
   * {@link #open(String)}, which marks it read.
   *
   * @param userWaId the user whose phone opens it (digits), or empty to skip the recipient check
   * @throws FlowMessageUnavailableException with {@link Reason#BUTTON_DISABLED}, {@link Reason#UNKNOWN_MESSAGE} for
   *     a message to someone else, or as {@link #open(String)}
   */
  public ReceivedFlowMessage openOnPhone(Optional<String> userWaId, String wamid, Predicate<String> buttonDisabled) {
    if (buttonDisabled.test(wamid)) {
      throw new FlowMessageUnavailableException(Reason.BUTTON_DISABLED, "the button of message " + wamid
          + " was disabled: its endpoint answered 427 (flow token no longer valid); the business must send a new "
          + "message");
    }
    if (userWaId.isPresent() && !receivedFlowMessage(userWaId.get(), wamid)) {
      throw new FlowMessageUnavailableException(Reason.UNKNOWN_MESSAGE, "user " + userWaId.get()
          + " received no flow message " + wamid);
    }
    return open(wamid);
  }

  /** Whether {@code wamid} is one of the flow messages {@link #flowMessagesTo} lists for {@code userWaId}. */
  private boolean receivedFlowMessage(String userWaId, String wamid) {
    String waId = digits(userWaId);
    return store.read(s -> {
      MessageRecord m = s.messages().get(wamid);
      return m != null && m.flow() != null && m.to().equals(waId);
    });
  }

  private static String digits(String waId) {
    return waId.startsWith("+") ? waId.substring(1) : waId;
  }

  /**
   * A flow message as it is now, without opening it (no opening rules, no {@code read} status): what a phone that
   * already opened it reads again, e.g. the sending number's business public key after a 421, or where its reply
   * goes.
   *
   * @throws FlowMessageUnavailableException ({@link Reason#UNKNOWN_MESSAGE}, {@link Reason#NOT_A_FLOW_MESSAGE})
   */
  public ReceivedFlowMessage message(String wamid) {
    return store.read(s -> received(s, flowMessage(s, wamid)));
  }

  /**
   * The app secret, as text, that signs the endpoint requests of flow message {@code wamid}: what the control API
   * hands a phone in another process on request. Never log it.
   *
   * @throws FlowMessageUnavailableException ({@link Reason#UNKNOWN_MESSAGE}, {@link Reason#NOT_A_FLOW_MESSAGE})
   */
  public Optional<String> appSecret(String wamid) {
    return store.read(s -> {
      MessageRecord m = flowMessage(s, wamid);
      return signingApp(s, m, s.phoneNumbers().get(m.fromPhoneNumberId())).map(App::secret);
    });
  }

  /** The business public key now set on {@code phoneNumberId}: what a phone refetches after an HTTP 421. */
  public Optional<String> businessPublicKey(String phoneNumberId) {
    return store.read(s -> Optional.ofNullable(s.phoneNumbers().get(phoneNumberId))
        .map(PhoneNumber::businessPublicKey));
  }

  private static MessageRecord flowMessage(PlatformState s, String wamid) {
    MessageRecord m = s.messages().get(wamid);
    if (m == null) {
      throw new FlowMessageUnavailableException(Reason.UNKNOWN_MESSAGE, "no message " + wamid + " was sent");
    }
    if (m.flow() == null) {
      throw new FlowMessageUnavailableException(Reason.NOT_A_FLOW_MESSAGE,
          "message " + wamid + " (" + m.type() + ") has no flow button");
    }
    return m;
  }

  private static ReceivedFlowMessage openable(PlatformState s, String wamid) {
    MessageRecord m = flowMessage(s, wamid);
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
        m.flow(), Optional.ofNullable(phone.businessPublicKey()), signingApp(s, m, phone).map(a -> AppSecret.of(
        a.secret())), m.time());
  }

  /**
   * The secret WhatsApp signs the flow's endpoint requests with: the flow's linked app's; for a flow without one
   * (or a template made from {@code flow_json}), the first app subscribed to the number's WABA.
   */
  private static Optional<App> signingApp(PlatformState s, MessageRecord m, PhoneNumber phone) {
    String flowId = m.flow().flowId();
    Optional<App> app = Optional.ofNullable(flowId == null ? null : s.flows().get(flowId))
        .map(FlowRecord::applicationId).map(id -> s.apps().get(id));
    if (app.isEmpty()) {
      app = s.apps().values().stream().filter(a -> a.subscribedWabaIds().contains(phone.wabaId())).findFirst();
    }
    return app;
  }
}
