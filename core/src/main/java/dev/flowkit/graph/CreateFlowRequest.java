package dev.flowkit.graph;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * What {@code POST /{WABA_ID}/flows} creates (spec/platform.md section 2.3): a name, at least one category and
 * optionally a flow to clone, the endpoint URI, the Flow JSON and whether to publish at once. Immutable.
 */
public final class CreateFlowRequest {

  private final String name;
  private final List<FlowCategory> categories;
  private final Optional<String> cloneFlowId;
  private final Optional<String> endpointUri;
  private final Optional<String> flowJson;
  private final boolean publish;

  private CreateFlowRequest(Builder b) {
    this.name = b.name;
    this.categories = List.copyOf(b.categories);
    this.cloneFlowId = Optional.ofNullable(b.cloneFlowId);
    this.endpointUri = Optional.ofNullable(b.endpointUri);
    this.flowJson = Optional.ofNullable(b.flowJson);
    this.publish = b.publish;
  }

  /**
   * Starts a request for a flow named {@code name} in the given categories.
   *
   * @throws IllegalArgumentException if the name is blank or no category is given
   */
  public static Builder builder(String name, FlowCategory... categories) {
    return new Builder(name, List.of(categories));
  }

  /** The flow's name, unique in its WABA. */
  public String name() {
    return name;
  }

  /** At least one category. */
  public List<FlowCategory> categories() {
    return categories;
  }

  /** The JSON body sent. */
  ObjectNode toJson() {
    ObjectNode body = JsonMapper.shared().createObjectNode();
    body.put("name", name);
    categories.forEach(c -> body.withArray("categories").add(c.name()));
    cloneFlowId.ifPresent(id -> body.put("clone_flow_id", id));
    endpointUri.ifPresent(uri -> body.put("endpoint_uri", uri));
    flowJson.ifPresent(json -> body.put("flow_json", json));
    if (publish) {
      body.put("publish", true);
    }
    return body;
  }

  /** Builds a {@link CreateFlowRequest}. */
  public static final class Builder {
    private final String name;
    private final List<FlowCategory> categories;
    private String cloneFlowId;
    private String endpointUri;
    private String flowJson;
    private boolean publish;

    private Builder(String name, List<FlowCategory> categories) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("a flow needs a name");
      }
      if (categories.isEmpty()) {
        throw new IllegalArgumentException("a flow needs at least one category, e.g. FlowCategory.OTHER");
      }
      this.name = name;
      this.categories = new ArrayList<>(categories);
    }

    /** Copies the JSON of this existing flow ({@code clone_flow_id}). */
    public Builder cloneOf(String flowId) {
      this.cloneFlowId = Objects.requireNonNull(flowId, "flowId");
      return this;
    }

    /** The flow endpoint's URL ({@code endpoint_uri}; Flow JSON 3.0 and newer). */
    public Builder endpointUri(String uri) {
      this.endpointUri = Objects.requireNonNull(uri, "uri");
      return this;
    }

    /** The Flow JSON, as text ({@code flow_json}). */
    public Builder flowJson(String json) {
      this.flowJson = Objects.requireNonNull(json, "json");
      return this;
    }

    /** The Flow JSON ({@code flow_json}). */
    public Builder flowJson(FlowJson flow) {
      return flowJson(FlowJsonMapper.write(flow));
    }

    /** Whether to publish at once ({@code publish}); needs the Flow JSON. */
    public Builder publish(boolean publish) {
      this.publish = publish;
      return this;
    }

    /**
     * The request.
     *
     * @throws IllegalStateException if publishing is asked for without Flow JSON
     */
    public CreateFlowRequest build() {
      if (publish && flowJson == null) {
        throw new IllegalStateException("publishing on create needs the Flow JSON: call flowJson(...) too");
      }
      return new CreateFlowRequest(this);
    }
  }
}
