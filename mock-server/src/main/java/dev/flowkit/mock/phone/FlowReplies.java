package dev.flowkit.mock.phone;

import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.webhook.PlatformWebhooks;
import dev.flowkit.mock.webhook.WebhookEnvelopes;
import dev.flowkit.webhook.BusinessPhone;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * The platform's side of a completed flow: the user's reply goes to the business as a signed {@code nfm_reply}
 * webhook ({@code messages} field, the flow message's id as {@code context.id}, the sending number and WABA as the
 * business), exactly as WhatsApp delivers it. The phone in this JVM and the control API's
 * {@code POST /_flowkit/messages/reply} (for phones in another process) both send through it. Thread-safe.
 */
public final class FlowReplies {

  private final StateStore store;
  private final PlatformWebhooks webhooks;

  /** Replies get ids and times from {@code store} and go out through {@code webhooks}. */
  public FlowReplies(StateStore store, PlatformWebhooks webhooks) {
    this.store = Objects.requireNonNull(store, "store");
    this.webhooks = Objects.requireNonNull(webhooks, "webhooks");
  }

  /**
   * Sends the reply to {@code message} from its recipient; delivery is asynchronous (the webhook journal shows it).
   *
   * @param responseJson the reply's {@code response_json}, {@code flow_token} included
   * @return the reply message's id ({@code wamid.})
   */
  public String send(ReceivedFlowMessage message, JsonNode responseJson) {
    String reply = store.ids().wamid();
    BusinessPhone business = new BusinessPhone(message.phoneNumberId(),
        message.displayPhoneNumber().replaceAll("[^0-9]", ""));
    webhooks.send(message.wabaId(), message.phoneNumberId(), "messages", WebhookEnvelopes.flowCompletion(
        message.wabaId(), business, message.userWaId(), Optional.empty(), reply, message.wamid(),
        store.clock().instant(), responseJson));
    return reply;
  }
}
