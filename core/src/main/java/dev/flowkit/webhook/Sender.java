package dev.flowkit.webhook;

import java.util.Optional;

/**
 * The WhatsApp user who sent a message: the message's {@code from}, with the profile name and business-scoped
 * user id of the matching {@code contacts[]} entry when there is one.
 *
 * @param waId the user's WhatsApp id (phone digits), from the message's {@code from}
 * @param name the profile name, when the webhook carries the contact
 * @param userId the business-scoped user id ({@code user_id}, or the message's {@code from_user_id}), when sent
 */
public record Sender(String waId, Optional<String> name, Optional<String> userId) {}
