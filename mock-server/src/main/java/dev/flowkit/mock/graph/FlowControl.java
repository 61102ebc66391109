package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.PhoneNumber;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.Waba;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API of flows and keys, for tests (no Graph auth):
 * <ul>
 *   <li>{@code POST /_flowkit/flows/{flow-id}/status} with {@code status} THROTTLED, BLOCKED or PUBLISHED: the
 *       monitoring transitions of spec/platform.md sections 2.13 and 7, allowed between those three states only,
 *       each sending its status change webhook (section 6.7);</li>
 *   <li>{@code POST /_flowkit/flows/{flow-id}/endpoint_requests} with {@code count}, optional {@code latency_ms},
 *       {@code error_type} (one of section 2.11's) and {@code at} (ISO instant): endpoint requests counted for the
 *       metrics, as the simulated phone will count them;</li>
 *   <li>{@code POST /_flowkit/phone_numbers/{pnid}/key_signature_status} with {@code status} VALID or MISMATCH:
 *       the signature status of the number's business public key (section 3);</li>
 *   <li>{@code POST /_flowkit/wabas} with {@code business_id} and optional {@code name}: another WABA of a
 *       business (without phone numbers), so that flows can migrate between two WABAs of one business
 *       (section 2.4).</li>
 * </ul>
 */
final class FlowControl implements RouteGroup {

  private static final List<String> MONITORED = List.of("PUBLISHED", "THROTTLED", "BLOCKED");

  private final StateStore store;
  private final FlowStatusWebhooks webhooks;

  FlowControl(StateStore store, FlowStatusWebhooks webhooks) {
    this.store = store;
    this.webhooks = webhooks;
  }

  @Override
  public void register(RouteTable table) {
    table.post("/_flowkit/flows/{flow}/status", this::status);
    table.post("/_flowkit/flows/{flow}/endpoint_requests", this::endpointRequests);
    table.post("/_flowkit/phone_numbers/{phone}/key_signature_status", this::keyStatus);
    table.post("/_flowkit/wabas", this::createWaba);
  }

  private GraphReply createWaba(GraphCall call) {
    String businessId = call.requiredString("business_id");
    String name = call.string("name").orElse("FlowKit WABA");
    Waba waba = store.write(s -> {
      if (!s.businesses().containsKey(businessId)) {
        throw GraphCallException.invalidParameter("No business with id " + businessId);
      }
      Waba created = new Waba(store.ids().objectId(s), businessId, name, "1", store.ids().templateNamespace());
      s.wabas().put(created.id(), created);
      return created;
    });
    ObjectNode body = GraphCall.MAPPER.createObjectNode();
    body.put("id", waba.id());
    body.put("business_id", waba.businessId());
    body.put("name", waba.name());
    return GraphReply.ok(body);
  }

  private GraphReply status(GraphCall call) {
    String id = call.pathId("flow");
    String status = call.requiredString("status").toUpperCase(Locale.ROOT);
    if (!MONITORED.contains(status)) {
      throw GraphCallException.invalidParameter("status must be one of " + MONITORED + ", got " + status);
    }
    FlowRecord before = store.write(s -> {
      FlowRecord flow = s.flows().get(id);
      if (flow == null) {
        throw GraphCallException.invalidParameter("No flow with id " + id);
      }
      if (!MONITORED.contains(flow.status())) {
        throw GraphCallException.invalidParameter("Only a published flow is monitored; flow " + id + " is "
            + flow.status());
      }
      s.flows().put(id, flow.withStatus(status));
      return flow;
    });
    FlowRecord after = before.withStatus(status);
    webhooks.changed(after, before.status());
    return GraphReply.ok(flowJson(after));
  }

  private GraphReply endpointRequests(GraphCall call) {
    String id = call.pathId("flow");
    long count = call.integer("count").orElse(1L);
    Duration latency = Duration.ofMillis(call.integer("latency_ms").orElse(100L));
    String errorType = call.string("error_type").orElse(null);
    Instant at = call.string("at").map(FlowControl::instant).orElse(store.clock().instant());
    FlowRecord updated = store.write(s -> {
      FlowRecord flow = s.flows().get(id);
      if (flow == null) {
        throw GraphCallException.invalidParameter("No flow with id " + id);
      }
      try {
        FlowRecord next = flow.withTraffic(flow.trafficOrNone().withRequests(at, count, latency, errorType));
        s.flows().put(id, next);
        return next;
      } catch (IllegalArgumentException e) {
        throw GraphCallException.invalidParameter(e.getMessage());
      }
    });
    ObjectNode body = flowJson(updated);
    body.put("endpoint_requests", updated.trafficOrNone().totalRequests());
    return GraphReply.ok(body);
  }

  private GraphReply keyStatus(GraphCall call) {
    String id = call.pathId("phone");
    String status = call.requiredString("status").toUpperCase(Locale.ROOT);
    if (!status.equals("VALID") && !status.equals("MISMATCH")) {
      throw GraphCallException.invalidParameter("status must be VALID or MISMATCH, got " + status);
    }
    store.update(s -> {
      PhoneNumber phone = s.phoneNumbers().get(id);
      if (phone == null || phone.businessPublicKey() == null) {
        throw GraphCallException.invalidParameter("Phone number " + id + " does not exist or has no business "
            + "public key");
      }
      s.phoneNumbers().put(id, phone.withKeySignatureStatus(status));
    });
    ObjectNode body = GraphCall.MAPPER.createObjectNode();
    body.put("id", id);
    body.put("business_public_key_signature_status", status);
    return GraphReply.ok(body);
  }

  private static ObjectNode flowJson(FlowRecord flow) {
    ObjectNode body = GraphCall.MAPPER.createObjectNode();
    body.put("id", flow.id());
    body.put("status", flow.status());
    return body;
  }

  private static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw GraphCallException.invalidParameter("at must be an ISO instant such as 2026-05-01T10:00:00Z: " + text);
    }
  }
}
