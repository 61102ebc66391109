package dev.flowkit.graph;

import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * One asset of a flow ({@code GET /{FLOW_ID}/assets}); today only the Flow JSON.
 *
 * @param name {@code name}, e.g. {@code flow.json}
 * @param assetType {@code asset_type}, e.g. {@code FLOW_JSON}
 * @param downloadUrl {@code download_url}, a short-lived link to the content
 */
public record FlowAsset(String name, String assetType, Optional<String> downloadUrl) {

  /** Nothing may be null. */
  public FlowAsset {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(assetType, "assetType");
    Objects.requireNonNull(downloadUrl, "downloadUrl");
  }

  static FlowAsset from(JsonNode node) {
    return new FlowAsset(Nodes.textOrEmpty(node, "name"), Nodes.textOrEmpty(node, "asset_type"),
        Nodes.text(node, "download_url"));
  }
}
