package dev.flowkit.mock.control;

import dev.flowkit.mock.graph.GraphCall;
import dev.flowkit.mock.graph.GraphCallException;
import dev.flowkit.mock.graph.GraphReply;
import dev.flowkit.mock.graph.RouteGroup;
import dev.flowkit.mock.graph.RouteTable;
import dev.flowkit.mock.state.AccessToken;
import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.MessageRecord;
import dev.flowkit.mock.state.PlatformState;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.Tenant;
import dev.flowkit.mock.state.TenantSpec;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The control API's own routes: {@code GET /_flowkit/health}, {@code POST /_flowkit/reset}, {@code GET
 * /_flowkit/state} (secrets masked unless {@code secrets=true}), {@code GET|POST /_flowkit/tenants} (a new tenant
 * from {@code name}, {@code app_secret}, {@code access_token}, {@code callback_url}, {@code waba_id}, {@code
 * phone_number_id} and {@code verify_token}, each optional), {@code GET
 * /_flowkit/messages?to=}, and {@code GET|POST|DELETE /_flowkit/faults}.
 */
final class ControlApi implements RouteGroup {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final StateStore store;
  private final Faults faults;
  private final Instant started;

  ControlApi(StateStore store, Faults faults) {
    this.store = store;
    this.faults = faults;
    this.started = store.clock().instant();
  }

  @Override
  public void register(RouteTable table) {
    table.get("/_flowkit/health", this::health);
    table.post("/_flowkit/reset", this::reset);
    table.get("/_flowkit/state", this::state);
    table.get("/_flowkit/tenants", this::tenants);
    table.post("/_flowkit/tenants", this::createTenant);
    table.get("/_flowkit/messages", this::messages);
    table.get("/_flowkit/faults", this::listFaults);
    table.post("/_flowkit/faults", this::addFault);
    table.delete("/_flowkit/faults", this::clearFaults);
  }

  private GraphReply health(GraphCall call) {
    ObjectNode body = MAPPER.createObjectNode();
    body.put("status", "UP");
    body.put("uptime_ms", Duration.between(started, store.clock().instant()).toMillis());
    return GraphReply.ok(body);
  }

  private GraphReply reset(GraphCall call) {
    store.reset();
    faults.clear();
    return GraphReply.success();
  }

  private GraphReply state(GraphCall call) {
    boolean secrets = call.bool("secrets").orElse(false);
    PlatformState s = store.read(x -> x);
    ObjectNode dump = MAPPER.createObjectNode();
    dump.set("businesses", MAPPER.valueToTree(s.businesses().values()));
    dump.set("wabas", MAPPER.valueToTree(s.wabas().values()));
    dump.set("phone_numbers", MAPPER.valueToTree(s.phoneNumbers().values()));
    dump.set("apps", MAPPER.valueToTree(secrets ? s.apps().values()
        : s.apps().values().stream().map(App::redacted).toList()));
    dump.set("access_tokens", MAPPER.valueToTree(secrets ? s.tokens().values()
        : s.tokens().values().stream().map(AccessToken::redacted).toList()));
    dump.set("flows", MAPPER.valueToTree(s.flows().values()));
    dump.set("messages", MAPPER.valueToTree(s.messages().values()));
    dump.set("templates", MAPPER.valueToTree(s.templates().values()));
    return GraphReply.ok(dump);
  }

  private GraphReply tenants(GraphCall call) {
    ArrayNode data = MAPPER.createArrayNode();
    store.tenants().forEach(t -> data.add(tenantJson(t)));
    ObjectNode body = MAPPER.createObjectNode();
    body.set("data", data);
    return GraphReply.ok(body);
  }

  private GraphReply createTenant(GraphCall call) {
    try {
      TenantSpec spec = new TenantSpec(call.string("name").orElse("FlowKit tenant"),
          call.string("app_secret").orElse(null), call.string("access_token").orElse(null),
          call.string("callback_url").orElse(null), call.string("waba_id").orElse(null),
          call.string("phone_number_id").orElse(null), call.string("verify_token").orElse(null));
      return GraphReply.ok(tenantJson(store.createTenant(spec)));
    } catch (IllegalArgumentException e) {
      throw GraphCallException.invalidParameter(e.getMessage());
    }
  }

  /** A tenant as the control API shows it: with its secrets, which the caller asked for by creating it. */
  static ObjectNode tenantJson(Tenant t) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("business_id", t.business().id());
    node.put("waba_id", t.waba().id());
    node.put("phone_number_id", t.phoneNumber().id());
    node.put("display_phone_number", t.phoneNumber().displayPhoneNumber());
    node.put("app_id", t.app().id());
    node.put("app_secret", t.app().secret());
    node.put("access_token", t.token().token());
    node.put("verify_token", t.app().verifyToken());
    return node;
  }

  private GraphReply messages(GraphCall call) {
    String to = call.requiredString("to");
    List<MessageRecord> sent = store.read(s -> s.messagesTo(to));
    ObjectNode body = MAPPER.createObjectNode();
    body.set("data", MAPPER.valueToTree(sent));
    return GraphReply.ok(body);
  }

  private GraphReply listFaults(GraphCall call) {
    ObjectNode body = MAPPER.createObjectNode();
    body.set("data", MAPPER.valueToTree(faults.list()));
    return GraphReply.ok(body);
  }

  private GraphReply addFault(GraphCall call) {
    Faults.Error error = null;
    if (call.has("code")) {
      int code = call.integer("code").orElseThrow().intValue();
      error = new Faults.Error(call.integer("status").orElse(0L).intValue(), code,
          call.integer("error_subcode").map(Long::intValue).orElse(null),
          call.string("message").orElse("(#" + code + ") Injected by the FlowKit control API"));
    }
    long latency = call.integer("latency_ms").orElse(0L);
    if (error == null && latency == 0) {
      throw GraphCallException.invalidParameter("A fault needs a code, a latency_ms, or both");
    }
    try {
      Faults.Fault fault = faults.add(call.string("method").orElse(null), call.string("route").orElse(null),
          call.string("path").orElse(null), latency, error, call.integer("times").orElse(0L).intValue());
      JsonNode json = MAPPER.valueToTree(fault);
      return GraphReply.ok(json);
    } catch (IllegalArgumentException e) {
      throw GraphCallException.invalidParameter(e.getMessage());
    }
  }

  private GraphReply clearFaults(GraphCall call) {
    faults.clear();
    return GraphReply.success();
  }
}
