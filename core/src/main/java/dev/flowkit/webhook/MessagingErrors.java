package dev.flowkit.webhook;

import java.util.List;

/**
 * System-level problems reported in a {@code messages} change's {@code value.errors}, not tied to one message.
 *
 * @param businessAccountId {@code entry[].id}
 * @param phone the business number concerned
 * @param errors the errors, at least one
 */
public record MessagingErrors(String businessAccountId, BusinessPhone phone, List<WebhookError> errors)
    implements WebhookEvent {

  /** Copies the list. */
  public MessagingErrors {
    errors = List.copyOf(errors);
  }
}
