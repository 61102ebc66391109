package dev.flowkit.graph;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * A Meta app subscribed to a WhatsApp Business Account's webhooks, as {@code GET /{WABA_ID}/subscribed_apps}
 * lists it (spec/platform.md section 6.1).
 *
 * @param id the app id ({@code whatsapp_business_api_data.id})
 * @param name the app's name ({@code whatsapp_business_api_data.name})
 * @param link {@code whatsapp_business_api_data.link}
 * @param overrideCallbackUri {@code override_callback_uri}: where this app's webhooks for the WABA go instead of
 *     its app-wide callback; empty when it set none
 */
public record SubscribedApp(String id, Optional<String> name, Optional<String> link,
    Optional<String> overrideCallbackUri) {

  /** Nothing may be null. */
  public SubscribedApp {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(overrideCallbackUri, "overrideCallbackUri");
  }

  static SubscribedApp from(JsonNode node) {
    JsonNode app = node.path("whatsapp_business_api_data");
    return new SubscribedApp(Nodes.textOrEmpty(app, "id"), Nodes.text(app, "name"), Nodes.text(app, "link"),
        Nodes.text(node, "override_callback_uri").filter(uri -> !uri.isEmpty()));
  }
}
