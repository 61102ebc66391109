package dev.flowkit.webhook;

import java.util.Optional;

/**
 * A Cloud API error as webhooks report it: on a failed {@link MessageStatus}, or in {@link MessagingErrors}.
 *
 * @param code the Cloud API error code, e.g. {@code 131026}
 * @param title the short title
 * @param message the message, when sent
 * @param details {@code error_data.details}, when sent
 * @param href the documentation link, when sent
 */
public record WebhookError(int code, String title, Optional<String> message, Optional<String> details,
    Optional<String> href) {}
