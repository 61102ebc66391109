package dev.flowkit.mock.graph;

import dev.flowkit.mock.state.FlowRecord;
import dev.flowkit.mock.state.StateStore;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * Serves a flow JSON asset's {@code download_url} (spec/platform.md section 2.8): {@code GET
 * /_flowkit/assets/{token}/flow.json} answers the JSON text exactly as uploaded. Like Meta's CDN link it needs no
 * Graph auth, so it lives under the control prefix; the token is 256 random bits, replaced on every upload, so an
 * old link stops working. An unknown token answers 404 in a Graph envelope.
 */
final class AssetDownloads implements RouteGroup {

  /** The path prefix of download URLs. */
  static final String PATH_PREFIX = GraphServer.CONTROL_PREFIX + "/assets/";

  private final StateStore store;

  AssetDownloads(StateStore store) {
    this.store = store;
  }

  @Override
  public void register(RouteTable table) {
    table.get(PATH_PREFIX + "{asset-token}/flow.json", this::download);
  }

  private GraphReply download(GraphCall call) {
    byte[] wanted = call.pathId("asset-token").getBytes(StandardCharsets.UTF_8);
    Optional<FlowRecord> flow = store.read(s -> s.flows().values().stream()
        .filter(f -> f.assetToken() != null && f.json() != null
            && MessageDigest.isEqual(f.assetToken().getBytes(StandardCharsets.UTF_8), wanted))
        .findFirst());
    if (flow.isEmpty()) {
      throw GraphCallException.builder(100, "(#100) The download link is not valid or has expired")
          .httpStatus(404).build();
    }
    return GraphReply.file("application/json", String.valueOf(flow.get().json()).getBytes(StandardCharsets.UTF_8));
  }
}
