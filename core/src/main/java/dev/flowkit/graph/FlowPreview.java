package dev.flowkit.graph;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A flow's public preview link (spec/platform.md section 2.5): valid 30 days, shareable, no login.
 * {@link #interactive(String, String)} and its variants add the interactive-preview parameters.
 *
 * @param previewUrl {@code preview_url}
 * @param expiresAt {@code expires_at} as sent, e.g. {@code 2026-07-01T10:00:00+0000}
 */
public record FlowPreview(URI previewUrl, Optional<String> expiresAt) {

  /** Nothing may be null. */
  public FlowPreview {
    Objects.requireNonNull(previewUrl, "previewUrl");
    Objects.requireNonNull(expiresAt, "expiresAt");
  }

  /**
   * The link for an interactive preview of an endpoint flow opened with {@code flow_action=data_exchange}: the
   * preview really calls the endpoint, encrypting for the key of {@code phoneNumber}.
   *
   * @param flowToken sent with every endpoint request
   * @param phoneNumber the business number whose public key encrypts the requests
   */
  public URI interactive(String flowToken, String phoneNumber) {
    Map<String, String> params = new LinkedHashMap<>();
    params.put("interactive", "true");
    params.put("flow_token", flowToken);
    params.put("flow_action", "data_exchange");
    params.put("phone_number", phoneNumber);
    return withParameters(params);
  }

  /**
   * The link for an interactive preview opened with {@code flow_action=navigate} on {@code screen} with
   * {@code data} ({@code flow_action_payload}).
   *
   * @param flowToken sent with every endpoint request; may be empty for a flow without endpoint
   * @param screen the first screen
   * @param data the first screen's data
   * @param debug whether to show the action panel
   */
  public URI interactiveNavigate(String flowToken, String screen, Map<String, ?> data, boolean debug) {
    ObjectNode payload = JsonMapper.shared().createObjectNode();
    payload.put("screen", screen);
    payload.set("data", JsonMapper.shared().valueToTree(data));
    Map<String, String> params = new LinkedHashMap<>();
    params.put("interactive", "true");
    if (!flowToken.isEmpty()) {
      params.put("flow_token", flowToken);
    }
    params.put("flow_action", "navigate");
    params.put("flow_action_payload", JsonMapper.shared().writeValueAsString(payload));
    if (debug) {
      params.put("debug", "true");
    }
    return withParameters(params);
  }

  private URI withParameters(Map<String, String> params) {
    StringBuilder out = new StringBuilder(previewUrl.toString());
    char separator = previewUrl.getRawQuery() == null ? '?' : '&';
    for (Map.Entry<String, String> e : params.entrySet()) {
      out.append(separator).append(e.getKey()).append('=')
          .append(URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8).replace("+", "%20"));
      separator = '&';
    }
    return URI.create(out.toString());
  }

  static FlowPreview from(JsonNode node) {
    String url = Nodes.textOrEmpty(node, "preview_url");
    try {
      return new FlowPreview(URI.create(url), Nodes.text(node, "expires_at"));
    } catch (IllegalArgumentException notAUri) {
      throw new GraphTransportException("Graph answered with a preview_url that is not a URI", 200, notAUri);
    }
  }
}
