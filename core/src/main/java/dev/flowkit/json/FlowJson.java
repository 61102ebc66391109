package dev.flowkit.json;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A whole Flow JSON document. Immutable.
 *
 * @param version {@code version}, e.g. {@code "7.3"}
 * @param dataApiVersion {@code data_api_version} ({@code "3.0"} or {@code "4.0"}), for flows with an endpoint
 * @param routingModel {@code routing_model}: screen id to the screen ids reachable from it, in document order
 * @param dataChannelUri {@code data_channel_uri}, Flow JSON 2.1 only (from 3.0 the endpoint is flow metadata)
 * @param screens {@code screens}, in order; the first is the default entry screen
 * @param extras properties not modelled here (e.g. {@code meta}), verbatim
 */
public record FlowJson(
    String version,
    Optional<String> dataApiVersion,
    Optional<Map<String, List<String>>> routingModel,
    Optional<String> dataChannelUri,
    List<Screen> screens,
    Extras extras) {

  /** Copies the collections; nothing may be null. */
  public FlowJson {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(dataApiVersion, "dataApiVersion");
    routingModel = routingModel.map(FlowJson::copyRoutes);
    Objects.requireNonNull(dataChannelUri, "dataChannelUri");
    screens = List.copyOf(screens);
    Objects.requireNonNull(extras, "extras");
  }

  /** The screen with this id, if any. */
  public Optional<Screen> screen(String id) {
    return screens.stream().filter(screen -> screen.id().equals(id)).findFirst();
  }

  private static Map<String, List<String>> copyRoutes(Map<String, List<String>> routes) {
    var copy = new java.util.LinkedHashMap<String, List<String>>();
    routes.forEach((from, to) -> copy.put(from, List.copyOf(to)));
    return java.util.Collections.unmodifiableMap(copy);
  }
}
