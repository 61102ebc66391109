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

  /** The newest public Flow JSON version FlowKit knows, the default of {@link #builder()}. */
  public static final String LATEST_VERSION = "7.3";

  /** A builder, for version {@value #LATEST_VERSION} unless {@link Builder#version(String)} says otherwise. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link FlowJson}. Not thread-safe. */
  public static final class Builder {

    private String version = LATEST_VERSION;
    private Optional<String> dataApiVersion = Optional.empty();
    private Optional<Map<String, List<String>>> routingModel = Optional.empty();
    private Optional<String> dataChannelUri = Optional.empty();
    private final List<Screen> screens = new java.util.ArrayList<>();
    private Extras extras = Extras.none();

    private Builder() {}

    /** {@code version}, e.g. {@code "7.3"}. */
    public Builder version(String version) {
      this.version = Objects.requireNonNull(version, "version");
      return this;
    }

    /** {@code data_api_version}: {@code "3.0"}, or {@code "4.0"} from Flow JSON 7.3. */
    public Builder dataApiVersion(String dataApiVersion) {
      this.dataApiVersion = Optional.of(dataApiVersion);
      return this;
    }

    /** An empty {@code routing_model} ({@code {}}), or adds nothing if one is already being built. */
    public Builder routingModel() {
      if (routingModel.isEmpty()) {
        routingModel = Optional.of(new java.util.LinkedHashMap<>());
      }
      return this;
    }

    /** One {@code routing_model} entry: the screens reachable from {@code from} (possibly none). */
    public Builder route(String from, String... to) {
      routingModel();
      routingModel.get().put(from, List.of(to));
      return this;
    }

    /** {@code data_channel_uri}: Flow JSON 2.1 only. */
    public Builder dataChannelUri(String uri) {
      this.dataChannelUri = Optional.of(uri);
      return this;
    }

    /** Adds screens, in order. */
    public Builder screens(Screen... screens) {
      this.screens.addAll(List.of(screens));
      return this;
    }

    /** A property this model does not know (e.g. {@code meta}), written as given. */
    public Builder extra(String name, tools.jackson.databind.JsonNode value) {
      this.extras = extras.with(name, value);
      return this;
    }

    /** The flow. */
    public FlowJson build() {
      return new FlowJson(version, dataApiVersion, routingModel, dataChannelUri, screens, extras);
    }
  }
}
