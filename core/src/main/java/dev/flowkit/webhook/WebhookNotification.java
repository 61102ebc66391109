package dev.flowkit.webhook;

import java.util.List;

/**
 * One webhook POST body: the envelope's {@code object} and every event of every {@code entry} and
 * {@code change}, in the order they appear. WhatsApp batches, so there may be several; an envelope with an empty
 * {@code entry} list has none.
 *
 * @param object always {@code whatsapp_business_account}
 * @param events the events, possibly empty, never null
 */
public record WebhookNotification(String object, List<WebhookEvent> events) {

  /** Copies the list. */
  public WebhookNotification {
    events = List.copyOf(events);
  }

  /** The events of one type, e.g. {@code eventsOf(FlowCompletion.class)}. */
  public <T extends WebhookEvent> List<T> eventsOf(Class<T> type) {
    return events.stream().filter(type::isInstance).map(type::cast).toList();
  }
}
