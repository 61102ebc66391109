package dev.flowkit.mock.state;

/**
 * A Meta business (the owner of WABAs and apps).
 *
 * @param id numeric id (15 digits)
 * @param name display name
 */
public record Business(String id, String name) {}
