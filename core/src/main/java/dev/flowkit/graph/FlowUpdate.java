package dev.flowkit.graph;

import java.util.List;
import java.util.Objects;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * A change of a flow's metadata ({@code POST /{FLOW_ID}}, spec/platform.md section 2.7): any of name,
 * categories, endpoint URI and linked app; what is not set stays as it is. Immutable.
 */
public final class FlowUpdate {

  private final ObjectNode body;

  private FlowUpdate(ObjectNode body) {
    this.body = body;
  }

  /** Starts an empty update. */
  public static Builder builder() {
    return new Builder();
  }

  ObjectNode toJson() {
    return body.deepCopy();
  }

  /** Builds a {@link FlowUpdate}. */
  public static final class Builder {
    private final ObjectNode body = JsonMapper.shared().createObjectNode();

    private Builder() {}

    /** A new name, unique in the WABA. */
    public Builder name(String name) {
      if (name.isBlank()) {
        throw new IllegalArgumentException("a flow name must not be blank");
      }
      body.put("name", name);
      return this;
    }

    /**
     * New categories, replacing the old ones.
     *
     * @throws IllegalArgumentException if none is given
     */
    public Builder categories(FlowCategory... categories) {
      if (categories.length == 0) {
        throw new IllegalArgumentException("categories, when updated, must not be empty");
      }
      body.remove("categories");
      List.of(categories).forEach(c -> body.withArray("categories").add(c.name()));
      return this;
    }

    /** The flow endpoint's URL ({@code endpoint_uri}). */
    public Builder endpointUri(String uri) {
      body.put("endpoint_uri", Objects.requireNonNull(uri, "uri"));
      return this;
    }

    /** The Meta app to link ({@code application_id}). */
    public Builder applicationId(String applicationId) {
      body.put("application_id", Objects.requireNonNull(applicationId, "applicationId"));
      return this;
    }

    /**
     * The update.
     *
     * @throws IllegalStateException if nothing was set
     */
    public FlowUpdate build() {
      if (body.isEmpty()) {
        throw new IllegalStateException("an update changes at least one of name, categories, endpoint URI, app");
      }
      return new FlowUpdate(body.deepCopy());
    }
  }
}
