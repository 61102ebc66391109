package dev.flowkit.mock.webhook;

import dev.flowkit.mock.state.MessageRecord;
import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.webhook.BusinessPhone;
import dev.flowkit.webhook.MessageStatus;
import java.time.Instant;
import java.util.Optional;

/**
 * The message status webhooks of spec/platform.md section 6.6 for messages the business sent: {@code sent} and
 * {@code delivered} right after a send is accepted, {@code read} when the simulated phone opens the message. Each
 * goes to the sending number's effective callback ({@link PlatformWebhooks#targetFor}), signed with that app's
 * secret, and echoes the message's {@code biz_opaque_callback_data}. Thread-safe.
 */
public final class MessageStatusWebhooks {

  private final StateStore store;
  private final PlatformWebhooks webhooks;

  /** Statuses of {@code store}'s messages, sent through {@code webhooks}. */
  public MessageStatusWebhooks(StateStore store, PlatformWebhooks webhooks) {
    this.store = store;
    this.webhooks = webhooks;
  }

  /**
   * Sends {@code sent} then {@code delivered} for a message just accepted (in that order; WhatsApp does not
   * promise the order of arrival, section 6.6).
   *
   * @throws IllegalArgumentException if no message has that id
   */
  public void sentAndDelivered(String wamid) {
    MessageRecord message = message(wamid);
    Instant now = store.clock().instant();
    emit(message, MessageStatus.Status.SENT, now);
    emit(message, MessageStatus.Status.DELIVERED, now);
  }

  /**
   * Marks a message read and sends its {@code read} status, once: the hook for the simulated phone opening it.
   *
   * @return false when it was already read (nothing is sent again)
   * @throws IllegalArgumentException if no message has that id
   */
  public boolean read(String wamid) {
    MessageRecord before = message(wamid);
    boolean changed = store.write(s -> {
      MessageRecord m = s.messages().get(wamid);
      if (m == null || m.status().equals("read")) {
        return false;
      }
      s.messages().put(wamid, m.withStatus("read"));
      return true;
    });
    if (changed) {
      emit(before, MessageStatus.Status.READ, store.clock().instant());
    }
    return changed;
  }

  private MessageRecord message(String wamid) {
    MessageRecord m = store.read(s -> s.messages().get(wamid));
    if (m == null) {
      throw new IllegalArgumentException("no message was sent with id " + wamid);
    }
    return m;
  }

  private void emit(MessageRecord m, MessageStatus.Status status, Instant at) {
    PhoneNumber phone = store.read(s -> s.phoneNumbers().get(m.fromPhoneNumberId()));
    BusinessPhone business = new BusinessPhone(phone.id(), phone.displayDigits());
    webhooks.send(phone.wabaId(), phone.id(), "messages", WebhookEnvelopes.messageStatus(phone.wabaId(), business,
        m.wamid(), status, at, m.to(), Optional.ofNullable(m.bizOpaqueCallbackData())));
  }
}
