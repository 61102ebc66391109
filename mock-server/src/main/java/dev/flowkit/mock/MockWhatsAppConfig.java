package dev.flowkit.mock;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * How to start a {@link MockWhatsApp}. Immutable; made with {@link #builder()}. Defaults: loopback
 * ({@code 127.0.0.1}), a random free port, generated ids, app secret, access token and verify token for the default
 * tenant, no callback URL, in memory,
 * unversioned paths served, the legacy flow edit model (published flows cannot be edited), the publish-time
 * endpoint health check on, no 24-hour window, templates approved at once.
 */
public final class MockWhatsAppConfig {

  private final String host;
  private final int port;
  private final @Nullable String callbackUrl;
  private final @Nullable String appSecret;
  private final @Nullable String accessToken;
  private final @Nullable String wabaId;
  private final @Nullable String phoneNumberId;
  private final @Nullable String verifyToken;
  private final @Nullable Path dataDir;
  private final boolean editPublishedFlows;
  private final boolean serveUnversionedPaths;
  private final boolean publishHealthCheck;
  private final boolean customerServiceWindow;
  private final boolean autoApproveTemplates;
  private final List<String> extraTenants;

  private MockWhatsAppConfig(Builder b) {
    this.host = b.host;
    this.port = b.port;
    this.callbackUrl = b.callbackUrl;
    this.appSecret = b.appSecret;
    this.accessToken = b.accessToken;
    this.wabaId = b.wabaId;
    this.phoneNumberId = b.phoneNumberId;
    this.verifyToken = b.verifyToken;
    this.dataDir = b.dataDir;
    this.editPublishedFlows = b.editPublishedFlows;
    this.serveUnversionedPaths = b.serveUnversionedPaths;
    this.publishHealthCheck = b.publishHealthCheck;
    this.customerServiceWindow = b.customerServiceWindow;
    this.autoApproveTemplates = b.autoApproveTemplates;
    this.extraTenants = List.copyOf(b.extraTenants);
  }

  /** A builder with the defaults. */
  public static Builder builder() {
    return new Builder();
  }

  /** The defaults. */
  public static MockWhatsAppConfig defaults() {
    return builder().build();
  }

  /** The address to listen on. */
  public String host() {
    return host;
  }

  /** The port to listen on; 0 for a free one. */
  public int port() {
    return port;
  }

  /** The default app's webhook URL. */
  public Optional<String> callbackUrl() {
    return Optional.ofNullable(callbackUrl);
  }

  /** The default app's secret, when given. */
  public Optional<String> appSecret() {
    return Optional.ofNullable(appSecret);
  }

  /** The default access token, when given. */
  public Optional<String> accessToken() {
    return Optional.ofNullable(accessToken);
  }

  /** Where state is persisted, when it is. */
  public Optional<Path> dataDir() {
    return Optional.ofNullable(dataDir);
  }

  /** Whether published flows may be edited back to DRAFT (spec/platform.md section 2.13's newer model). */
  public boolean editPublishedFlows() {
    return editPublishedFlows;
  }

  /** Whether paths without a {@code /vN.M} prefix are served. */
  public boolean serveUnversionedPaths() {
    return serveUnversionedPaths;
  }

  /**
   * Whether publishing an endpoint flow pings its endpoint (encrypted, signed, spec/platform.md sections 2.9 and
   * 5.3) and refuses with "Endpoint Not Available" unless it answers {@code {"data":{"status":"active"}}}.
   */
  public boolean publishHealthCheck() {
    return publishHealthCheck;
  }

  /** Whether free-form messages need a user message in the last 24 hours (131047 otherwise); default false. */
  public boolean customerServiceWindow() {
    return customerServiceWindow;
  }

  /** Whether created templates are approved at once; default true. */
  public boolean autoApproveTemplates() {
    return autoApproveTemplates;
  }

  /** The default tenant's WABA id, when given. */
  public Optional<String> wabaId() {
    return Optional.ofNullable(wabaId);
  }

  /** The default tenant's phone number id, when given. */
  public Optional<String> phoneNumberId() {
    return Optional.ofNullable(phoneNumberId);
  }

  /** The default app's webhook verify token, when given. */
  public Optional<String> verifyToken() {
    return Optional.ofNullable(verifyToken);
  }

  /** Names of the tenants created beside the default one. */
  public List<String> extraTenants() {
    return extraTenants;
  }

  /** Builds a {@link MockWhatsAppConfig}. */
  public static final class Builder {
    private String host = "127.0.0.1";
    private int port;
    private @Nullable String callbackUrl;
    private @Nullable String appSecret;
    private @Nullable String accessToken;
    private @Nullable String wabaId;
    private @Nullable String phoneNumberId;
    private @Nullable String verifyToken;
    private @Nullable Path dataDir;
    private boolean editPublishedFlows;
    private boolean serveUnversionedPaths = true;
    private boolean publishHealthCheck = true;
    private boolean customerServiceWindow;
    private boolean autoApproveTemplates = true;
    private final List<String> extraTenants = new ArrayList<>();

    private Builder() {}

    /** The address to listen on; default {@code 127.0.0.1}. */
    public Builder host(String host) {
      this.host = host;
      return this;
    }

    /**
     * The port; 0 (the default) for a free one.
     *
     * @throws IllegalArgumentException outside 0..65535
     */
    public Builder port(int port) {
      if (port < 0 || port > 65535) {
        throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /** The default app's webhook URL (where webhooks are delivered). */
    public Builder callbackUrl(@Nullable String callbackUrl) {
      this.callbackUrl = callbackUrl;
      return this;
    }

    /** The default app's secret; generated when not given. */
    public Builder appSecret(@Nullable String appSecret) {
      this.appSecret = appSecret;
      return this;
    }

    /** The default access token; generated when not given. */
    public Builder accessToken(@Nullable String accessToken) {
      this.accessToken = accessToken;
      return this;
    }

    /**
     * The default tenant's WABA id (1 to 20 digits), so an app's configuration holds from one fresh start to the
     * next; generated when not given. Checked when the mock starts.
     */
    public Builder wabaId(@Nullable String wabaId) {
      this.wabaId = wabaId;
      return this;
    }

    /** The default tenant's phone number id (1 to 20 digits, not the WABA's); generated when not given. */
    public Builder phoneNumberId(@Nullable String phoneNumberId) {
      this.phoneNumberId = phoneNumberId;
      return this;
    }

    /** The default app's webhook verify token (visible characters, no spaces); generated when not given. */
    public Builder verifyToken(@Nullable String verifyToken) {
      this.verifyToken = verifyToken;
      return this;
    }

    /**
     * Persist state in {@code dataDir}: every change is on disk before it is acknowledged, and a later start with
     * the same directory continues from it (its ids, token and secrets win over this configuration's).
     */
    public Builder dataDir(@Nullable Path dataDir) {
      this.dataDir = dataDir;
      return this;
    }

    /** Use the newer edit model of spec/platform.md section 2.13; default false (legacy). */
    public Builder editPublishedFlows(boolean editPublishedFlows) {
      this.editPublishedFlows = editPublishedFlows;
      return this;
    }

    /** Serve paths without a version prefix (with the oldest version, as Graph does); default true. */
    public Builder serveUnversionedPaths(boolean serveUnversionedPaths) {
      this.serveUnversionedPaths = serveUnversionedPaths;
      return this;
    }

    /** Ping the endpoint of an endpoint flow when it is published; default true (Meta does). */
    public Builder publishHealthCheck(boolean publishHealthCheck) {
      this.publishHealthCheck = publishHealthCheck;
      return this;
    }

    /**
     * Enforce the 24-hour customer-service window on text and interactive messages (131047 when the user has not
     * written in the last 24 hours); default false, because nothing in a fresh mock has written yet.
     */
    public Builder customerServiceWindow(boolean customerServiceWindow) {
      this.customerServiceWindow = customerServiceWindow;
      return this;
    }

    /** Approve created templates at once (default true); false keeps them PENDING until the control API approves. */
    public Builder autoApproveTemplates(boolean autoApproveTemplates) {
      this.autoApproveTemplates = autoApproveTemplates;
      return this;
    }

    /** Adds a tenant named after each of {@code names}, in order (see {@link #tenant}). */
    public Builder tenants(List<String> names) {
      names.forEach(this::tenant);
      return this;
    }

    /** Adds a tenant (business, WABA, number, app, token) named {@code name} beside the default one. */
    public Builder tenant(String name) {
      this.extraTenants.add(name);
      return this;
    }

    /** The configuration. */
    public MockWhatsAppConfig build() {
      return new MockWhatsAppConfig(this);
    }
  }
}
