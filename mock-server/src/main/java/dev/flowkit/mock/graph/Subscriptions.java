package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.App;
import dev.flowkit.mock.state.StateStore;
import dev.flowkit.mock.state.WebhookOverride;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Where webhooks go (spec/platform.md section 6.1): {@code POST|GET|DELETE /{app-id}/subscriptions} (the app's
 * callback and fields), {@code POST|GET|DELETE /{waba-id}/subscribed_apps} (subscribe the calling app to the WABA,
 * optionally with {@code override_callback_uri}) and {@code POST /{pnid}} with {@code webhook_configuration} (a
 * per-number override; an empty URI removes it). Every URL set runs the verification handshake first and is
 * refused (2200) when it fails, as WhatsApp does. Webhooks use the number's override, else the WABA's, else the
 * app's callback ({@code PlatformWebhooks.targetFor}).
 */
final class Subscriptions implements RouteGroup {

  private static final Pattern FIELD = Pattern.compile("[a-z_]+");

  private final StateStore store;

  Subscriptions(StateStore store) {
    this.store = store;
  }

  @Override
  public void register(RouteTable table) {
    table.post("/{app-id}/subscriptions", this::subscribeApp);
    table.get("/{app-id}/subscriptions", this::appSubscriptions);
    table.delete("/{app-id}/subscriptions", this::unsubscribeApp);
    table.post("/{waba-id}/subscribed_apps", this::subscribeWaba);
    table.get("/{waba-id}/subscribed_apps", this::wabaSubscriptions);
    table.delete("/{waba-id}/subscribed_apps", this::unsubscribeWaba);
    table.post("/{pnid}", this::configurePhoneNumber);
  }

  private GraphReply subscribeApp(GraphCall call) {
    String object = call.requiredString("object");
    if (!object.equals("whatsapp_business_account")) {
      throw GraphCallException.invalidParameter("object must be whatsapp_business_account; the mock fakes WhatsApp"
          + " webhooks only");
    }
    String url = call.requiredString("callback_url");
    String verifyToken = call.requiredString("verify_token");
    List<String> fields = fields(call);
    CallbackHandshake.verify(url, verifyToken, "callback_url");
    String appId = call.pathId("app-id");
    store.update(s -> {
      App app = s.apps().get(appId);
      Set<String> all = new LinkedHashSet<>(app.subscribedFields());
      all.addAll(fields);
      s.apps().put(appId, new App(app.id(), app.businessId(), app.name(), app.secret(), url, verifyToken,
          List.copyOf(all), app.subscribedWabaIds()));
    });
    return GraphReply.success();
  }

  private GraphReply appSubscriptions(GraphCall call) {
    App app = store.read(s -> s.apps().get(call.pathId("app-id")));
    ObjectNode body = GraphCall.MAPPER.createObjectNode();
    ArrayNode data = body.putArray("data");
    if (app.callbackUrl() != null) {
      ObjectNode item = data.addObject();
      item.put("object", "whatsapp_business_account");
      item.put("callback_url", app.callbackUrl());
      item.put("active", true);
      ArrayNode fields = item.putArray("fields");
      app.subscribedFields().forEach(f -> fields.addObject().put("name", f).put("version", call.version()
          .toString()));
    }
    return GraphReply.ok(body);
  }

  private GraphReply unsubscribeApp(GraphCall call) {
    List<String> remove = call.has("fields") ? fields(call) : null;
    String appId = call.pathId("app-id");
    store.update(s -> {
      App app = s.apps().get(appId);
      List<String> left = remove == null ? List.of()
          : app.subscribedFields().stream().filter(f -> !remove.contains(f)).toList();
      s.apps().put(appId, new App(app.id(), app.businessId(), app.name(), app.secret(),
          left.isEmpty() ? null : app.callbackUrl(), app.verifyToken(), left, app.subscribedWabaIds()));
    });
    return GraphReply.success();
  }

  private GraphReply subscribeWaba(GraphCall call) {
    String wabaId = call.pathId("waba-id");
    String appId = call.caller().appId();
    String url = call.string("override_callback_uri").filter(u -> !u.isEmpty()).orElse(null);
    String verifyToken = url == null ? null : call.requiredString("verify_token");
    if (url != null) {
      CallbackHandshake.verify(url, verifyToken, "override_callback_uri");
    }
    store.update(s -> {
      App app = s.apps().get(appId);
      List<String> wabas = new ArrayList<>(app.subscribedWabaIds());
      if (!wabas.contains(wabaId)) {
        wabas.add(wabaId);
      }
      s.apps().put(appId, new App(app.id(), app.businessId(), app.name(), app.secret(), app.callbackUrl(),
          app.verifyToken(), app.subscribedFields(), wabas));
      WebhookOverride old = s.webhookOverrides().get(wabaId);
      if (url != null) {
        s.webhookOverrides().put(wabaId, new WebhookOverride(wabaId, appId, url, verifyToken));
      } else if (old != null && old.appId().equals(appId)) {
        s.webhookOverrides().remove(wabaId);
      }
    });
    return GraphReply.success();
  }

  private GraphReply wabaSubscriptions(GraphCall call) {
    String wabaId = call.pathId("waba-id");
    ObjectNode body = GraphCall.MAPPER.createObjectNode();
    ArrayNode data = body.putArray("data");
    store.read(s -> {
      for (App app : s.apps().values()) {
        if (app.subscribedWabaIds().contains(wabaId)) {
          ObjectNode item = data.addObject();
          ObjectNode api = item.putObject("whatsapp_business_api_data");
          api.put("link", "https://www.facebook.com/games/?app_id=" + app.id());
          api.put("name", app.name());
          api.put("id", app.id());
          WebhookOverride o = s.webhookOverrides().get(wabaId);
          if (o != null && o.appId().equals(app.id())) {
            item.put("override_callback_uri", o.callbackUrl());
          }
        }
      }
      return null;
    });
    return GraphReply.ok(body);
  }

  private GraphReply unsubscribeWaba(GraphCall call) {
    String wabaId = call.pathId("waba-id");
    String appId = call.caller().appId();
    store.update(s -> {
      App app = s.apps().get(appId);
      s.apps().put(appId, new App(app.id(), app.businessId(), app.name(), app.secret(), app.callbackUrl(),
          app.verifyToken(), app.subscribedFields(),
          app.subscribedWabaIds().stream().filter(w -> !w.equals(wabaId)).toList()));
      WebhookOverride o = s.webhookOverrides().get(wabaId);
      if (o != null && o.appId().equals(appId)) {
        s.webhookOverrides().remove(wabaId);
      }
    });
    return GraphReply.success();
  }

  private GraphReply configurePhoneNumber(GraphCall call) {
    ObjectNode config = call.object("webhook_configuration")
        .orElseThrow(() -> GraphCallException.missingParameter("webhook_configuration"));
    JsonNode uri = config.get("override_callback_uri");
    if (uri == null || !uri.isString()) {
      throw GraphCallException.invalidParameter("webhook_configuration.override_callback_uri is required (empty to"
          + " remove the override)");
    }
    String pnid = call.pathId("pnid");
    String appId = call.caller().appId();
    String url = uri.asString();
    if (url.isEmpty()) {
      store.update(s -> s.webhookOverrides().remove(pnid));
      return GraphReply.success();
    }
    JsonNode token = config.get("verify_token");
    if (token == null || !token.isString() || token.asString().isEmpty()) {
      throw GraphCallException.invalidParameter("webhook_configuration.verify_token is required with an"
          + " override_callback_uri");
    }
    CallbackHandshake.verify(url, token.asString(), "webhook_configuration.override_callback_uri");
    store.update(s -> s.webhookOverrides().put(pnid, new WebhookOverride(pnid, appId, url, token.asString())));
    return GraphReply.success();
  }

  /** {@code fields}: a comma list ({@code messages,flows}), JSON array text, or a JSON array. */
  private static List<String> fields(GraphCall call) {
    JsonNode raw = call.raw("fields").orElseThrow(() -> GraphCallException.missingParameter("fields"));
    List<String> out = new ArrayList<>();
    if (raw.isArray() || raw.isString() && raw.asString().trim().startsWith("[")) {
      out.addAll(call.stringList("fields").orElseThrow());
    } else if (raw.isString()) {
      for (String f : raw.asString().split(",")) {
        if (!f.trim().isEmpty()) {
          out.add(f.trim());
        }
      }
    }
    if (out.isEmpty() || !out.stream().allMatch(f -> FIELD.matcher(f).matches())) {
      throw GraphCallException.invalidParameter("fields must name webhook fields, e.g. messages,flows");
    }
    return out;
  }
}
