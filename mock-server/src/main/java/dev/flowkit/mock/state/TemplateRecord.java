package dev.flowkit.mock.state;

import tools.jackson.databind.JsonNode;

/**
 * A message template of a WABA.
 *
 * @param id numeric id
 * @param wabaId the owning WABA
 * @param name template name
 * @param language e.g. {@code en_US}
 * @param category {@code MARKETING}, {@code UTILITY} or {@code AUTHENTICATION}
 * @param status {@code APPROVED}, {@code PENDING}, {@code REJECTED}, …
 * @param components the {@code components} array as created
 */
public record TemplateRecord(String id, String wabaId, String name, String language, String category, String status,
    JsonNode components) {}
