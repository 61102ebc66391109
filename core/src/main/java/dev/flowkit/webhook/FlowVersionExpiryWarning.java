package dev.flowkit.webhook;

import java.time.Instant;
import java.util.Optional;

/**
 * A flow uses a Flow JSON version that will soon freeze ({@code event: FLOW_VERSION_EXPIRY_WARNING}).
 *
 * @param businessAccountId {@code entry[].id}
 * @param time {@code entry[].time}, when sent
 * @param flowId the flow
 * @param warning Meta's text
 */
public record FlowVersionExpiryWarning(String businessAccountId, Optional<Instant> time, String flowId,
    String warning) implements WebhookEvent {}
