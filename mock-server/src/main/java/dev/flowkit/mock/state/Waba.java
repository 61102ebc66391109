package dev.flowkit.mock.state;

/**
 * A WhatsApp Business Account.
 *
 * @param id numeric id (15 digits)
 * @param businessId the owning {@link Business}
 * @param name display name
 * @param timezoneId Meta's timezone id, e.g. {@code "1"}
 * @param messageTemplateNamespace the template namespace (a UUID with underscores)
 */
public record Waba(String id, String businessId, String name, String timezoneId, String messageTemplateNamespace) {}
