package dev.flowkit.mock.state;

import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a sent flow message (interactive, or a template's flow button) opens, resolved at send time with WhatsApp's
 * defaults filled in: everything the simulated phone needs to open it later, even after the flow was edited,
 * renamed or deprecated.
 *
 * @param flowId the flow's id, or null for a template button made from {@code flow_json}
 * @param flowName the flow's name at send time, or null with {@code flow_json}
 * @param mode {@code published} or {@code draft}
 * @param flowToken the {@code flow_token}; {@code unused} when none was given
 * @param flowAction {@code navigate} or {@code data_exchange}
 * @param screen the first screen for {@code navigate} (the first entry screen resolved), null for data_exchange
 * @param data the first screen's data: an object (empty when none was given)
 * @param cta the button text
 * @param header the header text, or null
 * @param body the body text, or null
 * @param footer the footer text, or null
 * @param flowJson the flow JSON that was current for {@code mode} at send time, or null when the flow had none
 * @param flowJsonVersion that JSON's {@code version}, or null
 * @param dataApiVersion that JSON's {@code data_api_version} (endpoint flows), or null
 * @param endpointUri the flow's endpoint at send time, or null
 */
public record SentFlow(@Nullable String flowId, @Nullable String flowName, String mode, String flowToken,
    String flowAction, @Nullable String screen, JsonNode data, String cta, @Nullable String header,
    @Nullable String body, @Nullable String footer, @Nullable String flowJson, @Nullable String flowJsonVersion,
    @Nullable String dataApiVersion, @Nullable String endpointUri) {}
