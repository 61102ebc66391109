package dev.flowkit.webhook;

/**
 * The business phone number a {@code messages} webhook is about ({@code value.metadata}).
 *
 * @param phoneNumberId the id to send messages from ({@code phone_number_id})
 * @param displayPhoneNumber the number as digits ({@code display_phone_number})
 */
public record BusinessPhone(String phoneNumberId, String displayPhoneNumber) {}
