package dev.flowkit.endpoint;

import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A {@link FlowHandler} that routes by action and screen: one handler for INIT, one per screen for data_exchange
 * and BACK (with optional fallbacks for any screen), one for navigate, one for everything else. A request no route
 * matches is a programming error: the endpoint answers 500 and logs which route is missing. Immutable and
 * thread-safe once built.
 *
 * <pre>{@code
 * FlowHandler handler = FlowRouter.builder()
 *     .init(request -> FlowResponse.next("DETAILS"))
 *     .dataExchange("DETAILS", request -> FlowResponse.next("CONFIRM", Map.of("name", request.dataString("name").orElse(""))))
 *     .dataExchange("CONFIRM", request -> FlowResponse.close(request.requireFlowToken()))
 *     .back(request -> FlowResponse.next(request.screen().orElse("DETAILS")))
 *     .build();
 * }</pre>
 */
public final class FlowRouter implements FlowHandler {

  private final @Nullable FlowHandler init;
  private final Map<String, FlowHandler> dataExchange;
  private final @Nullable FlowHandler anyDataExchange;
  private final Map<String, FlowHandler> back;
  private final @Nullable FlowHandler anyBack;
  private final @Nullable FlowHandler navigate;
  private final @Nullable FlowHandler otherwise;

  private FlowRouter(Builder builder) {
    this.init = builder.init;
    this.dataExchange = Map.copyOf(builder.dataExchange);
    this.anyDataExchange = builder.anyDataExchange;
    this.back = Map.copyOf(builder.back);
    this.anyBack = builder.anyBack;
    this.navigate = builder.navigate;
    this.otherwise = builder.otherwise;
  }

  /** An empty builder. */
  public static Builder builder() {
    return new Builder();
  }

  @Override
  public FlowResponse handle(FlowRequest request) throws Exception {
    FlowHandler route = route(request);
    if (route == null) {
      throw new IllegalStateException("no route for " + request.rawAction()
          + request.screen().map(screen -> " on screen " + screen).orElse("") + ": add one to the FlowRouter");
    }
    return route.handle(request);
  }

  private @Nullable FlowHandler route(FlowRequest request) {
    @Nullable FlowHandler found;
    switch (request.action()) {
      case INIT:
        found = init;
        break;
      case DATA_EXCHANGE:
        found = request.screen().map(dataExchange::get).orElse(anyDataExchange);
        found = found == null ? anyDataExchange : found;
        break;
      case BACK:
        found = request.screen().map(back::get).orElse(anyBack);
        found = found == null ? anyBack : found;
        break;
      case NAVIGATE:
        found = navigate;
        break;
      default:
        found = null;
        break;
    }
    return found == null ? otherwise : found;
  }

  @Override
  public String toString() {
    return "FlowRouter[data_exchange screens " + dataExchange.keySet() + ", back screens " + back.keySet() + "]";
  }

  /** Builds a {@link FlowRouter}; setting a route twice replaces it. Not thread-safe. */
  public static final class Builder {

    private @Nullable FlowHandler init;
    private final Map<String, FlowHandler> dataExchange = new HashMap<>();
    private @Nullable FlowHandler anyDataExchange;
    private final Map<String, FlowHandler> back = new HashMap<>();
    private @Nullable FlowHandler anyBack;
    private @Nullable FlowHandler navigate;
    private @Nullable FlowHandler otherwise;

    private Builder() {}

    /** The handler for INIT: the flow was opened in data_exchange mode. */
    public Builder init(FlowHandler handler) {
      this.init = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** The handler for data_exchange on one screen. */
    public Builder dataExchange(String screen, FlowHandler handler) {
      dataExchange.put(requireScreen(screen), Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /** The handler for data_exchange on any screen without its own. */
    public Builder dataExchange(FlowHandler handler) {
      this.anyDataExchange = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * The handler for BACK from one screen. Meta does not say reliably which screen a BACK request names (platform
     * facts §5.3 expects the screen being returned to); a BACK without a screen goes to {@link #back(FlowHandler)}.
     */
    public Builder back(String screen, FlowHandler handler) {
      back.put(requireScreen(screen), Objects.requireNonNull(handler, "handler"));
      return this;
    }

    /** The handler for BACK on any screen without its own. */
    public Builder back(FlowHandler handler) {
      this.anyBack = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** The handler for the rare navigate request. */
    public Builder navigate(FlowHandler handler) {
      this.navigate = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /** The handler for whatever no other route takes, including actions FlowKit does not know. */
    public Builder otherwise(FlowHandler handler) {
      this.otherwise = Objects.requireNonNull(handler, "handler");
      return this;
    }

    private static String requireScreen(String screen) {
      if (screen.isBlank()) {
        throw new IllegalArgumentException("a route needs a screen id");
      }
      return screen;
    }

    /** The router. */
    public FlowRouter build() {
      return new FlowRouter(this);
    }
  }
}
