package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.MessageRecord;
import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.SentFlow;
import java.time.Duration;
import java.time.Instant;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The send-time checks of spec/platform.md section 4.4 against the flows in the state, shared by interactive flow
 * messages and template flow buttons. They run in this fixed order, the first failure being the answer:
 *
 * <ol>
 *   <li>the flow exists in the sending number's WABA (by id, or by its current name): else 100;</li>
 *   <li>mode against status (section 2.13): DEPRECATED flows and a mode that does not fit the status: 100;</li>
 *   <li>BLOCKED with mode published: 132068;</li>
 *   <li>an endpoint flow while the sending number has no business public key with signature status VALID:
 *       132068 (on-premises 2068 says "also when an endpoint flow's setup is incomplete");</li>
 *   <li>THROTTLED: the 11th send of the flow within a sliding hour: 132069;</li>
 *   <li>the flow has flow JSON for the mode sent: else 100;</li>
 *   <li>for navigate, the screen exists in that JSON: else 131009.</li>
 * </ol>
 *
 * <p>The Cloud API codes for the on-premises 2064 (invalid flow) and 2066 (invalid mode) cases are UNCERTAIN; the
 * mock follows section 1.6's recommendation: 100 "Invalid parameter" with the reason in {@code error_data.details}.
 * The THROTTLED count takes every message sent with the flow in the last hour, whatever the flow's status was then
 * (section 1.6: "10 messages with this flow already sent in the last hour").
 */
final class FlowSendChecks {

  /** Sends of a THROTTLED flow allowed per sliding hour (section 2.13). */
  static final int THROTTLED_SENDS_PER_HOUR = 10;
  private static final Duration HOUR = Duration.ofHours(1);

  private FlowSendChecks() {}

  /**
   * Resolves and checks the flow a message opens.
   *
   * @param flowId the flow by id, or null when named
   * @param flowName the flow by name, or null when given by id
   * @param newerEditModel whether an edited published flow still sends its published JSON (section 2.13)
   * @param what where the flow reference was in the request, for the details (e.g. {@code flow_id})
   */
  static SentFlow check(PlatformState state, PhoneNumber phone, @Nullable String flowId, @Nullable String flowName,
      String what, FlowSendRequest request, boolean newerEditModel, Instant now) {
    FlowRecord flow = find(state, phone.wabaId(), flowId, flowName, what);
    String json = jsonFor(flow, request.mode(), newerEditModel);
    if (flow.status().equals("BLOCKED")) {
      throw MessagingErrors.flowBlocked("Flow " + flow.id() + " is BLOCKED and cannot be sent");
    }
    boolean endpointFlow = flow.dataApiVersion() != null || flow.endpointUri() != null;
    if (endpointFlow && !(phone.businessPublicKey() != null && "VALID".equals(phone.keySignatureStatus()))) {
      throw MessagingErrors.flowBlocked("Flow " + flow.id() + " uses an endpoint, but phone number " + phone.id()
          + " has no business public key with a VALID signature: set one with POST /" + phone.id()
          + "/whatsapp_business_encryption");
    }
    if (flow.status().equals("THROTTLED") && sendsInLastHour(state, flow.id(), now) >= THROTTLED_SENDS_PER_HOUR) {
      throw MessagingErrors.flowThrottled("Flow " + flow.id() + " is THROTTLED: at most "
          + THROTTLED_SENDS_PER_HOUR + " messages per hour, and " + THROTTLED_SENDS_PER_HOUR
          + " were sent in the last hour");
    }
    if (json == null) {
      throw MessagingErrors.invalidParameter("Flow " + flow.id() + " has no flow JSON yet: upload one before"
          + " sending it");
    }
    return opened(flow.id(), flow.name(), json, flow.endpointUri(), request, "flow_action_payload.screen");
  }

  /**
   * What a message opens from {@code json}: the navigate screen resolved (the first screen of {@code screens} for
   * {@code FIRST_ENTRY_SCREEN}) and checked to exist.
   *
   * @param screenPath where the screen was named, for the details
   */
  static SentFlow opened(@Nullable String flowId, @Nullable String flowName, String json,
      @Nullable String endpointUri, FlowSendRequest request, String screenPath) {
    JsonNode tree = MessageFields.parse(json);
    JsonNode screens = tree == null ? null : tree.get("screens");
    String screen = null;
    if (request.flowAction().equals("navigate")) {
      if (screens == null || !screens.isArray() || screens.isEmpty()) {
        throw MessagingErrors.invalidParameter("The flow JSON of flow " + flowId + " has no screens");
      }
      screen = request.screen() == null ? screens.get(0).path("id").asString("") : request.screen();
      if (request.screen() != null && !hasScreen(screens, request.screen())) {
        throw MessagingErrors.notValid(screenPath + " '" + request.screen() + "' is not a screen of flow "
            + (flowId == null ? "" : flowId));
      }
    }
    String version = tree == null ? null : text(tree, "version");
    String dataApi = tree == null ? null : text(tree, "data_api_version");
    ObjectNode data = request.data().deepCopy();
    return new SentFlow(flowId, flowName, request.mode(), request.flowToken(), request.flowAction(), screen, data,
        request.cta(), request.header(), request.body(), request.footer(), json, version, dataApi, endpointUri);
  }

  private static FlowRecord find(PlatformState state, String wabaId, @Nullable String flowId,
      @Nullable String flowName, String what) {
    for (FlowRecord f : state.flowsOf(wabaId)) {
      if (flowId != null ? f.id().equals(flowId) : f.name().equals(flowName)) {
        return f;
      }
    }
    throw MessagingErrors.invalidParameter(what + " '" + (flowId != null ? flowId : flowName)
        + "' does not name a flow of the WhatsApp Business Account of this phone number");
  }

  /** The JSON {@code mode} sends, after the mode-vs-status rules of section 2.13. */
  private static @Nullable String jsonFor(FlowRecord flow, String mode, boolean newerEditModel) {
    String status = flow.status();
    if (status.equals("DEPRECATED")) {
      throw MessagingErrors.invalidParameter("Flow " + flow.id() + " is DEPRECATED and can no longer be sent");
    }
    boolean draft = status.equals("DRAFT");
    if (mode.equals("draft")) {
      if (!draft) {
        throw MessagingErrors.invalidParameter("Flow " + flow.id() + " is " + status
            + ": mode draft sends DRAFT flows only; send it with mode published");
      }
      return flow.json();
    }
    if (draft) {
      // The newer model: a published flow edited back to DRAFT keeps sending its published version.
      if (newerEditModel && flow.publishedJson() != null) {
        return flow.publishedJson();
      }
      throw MessagingErrors.invalidParameter("Flow " + flow.id() + " is DRAFT: send it with mode draft, or"
          + " publish it first");
    }
    return flow.json();
  }

  private static int sendsInLastHour(PlatformState state, String flowId, Instant now) {
    Instant since = now.minus(HOUR);
    int count = 0;
    for (MessageRecord m : state.messages().values()) {
      if (m.flow() != null && flowId.equals(m.flow().flowId()) && m.time().isAfter(since)) {
        count++;
      }
    }
    return count;
  }

  private static boolean hasScreen(JsonNode screens, String id) {
    for (JsonNode s : screens) {
      if (id.equals(s.path("id").asString(""))) {
        return true;
      }
    }
    return false;
  }

  private static @Nullable String text(JsonNode node, String name) {
    JsonNode v = node.get(name);
    return v != null && v.isString() ? v.asString() : null;
  }
}
