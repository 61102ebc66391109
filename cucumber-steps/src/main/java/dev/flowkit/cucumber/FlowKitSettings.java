package dev.flowkit.cucumber;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the steps find the endpoint, its key, the app secret and the flows. Each setting is read from, in order:
 * a system property, {@code junit-platform.properties} on the class path, {@code cucumber.properties} on the class
 * path. Immutable.
 *
 * <ul>
 *   <li>{@value #ENDPOINT_URL}: the endpoint's URL; without it, flows open without an endpoint (navigate-only);</li>
 *   <li>{@value #PUBLIC_KEY}: the business public key, as PEM text or the path of a PEM file; required with an
 *       endpoint;</li>
 *   <li>{@value #APP_SECRET}: the app secret the phone signs requests with ({@code X-Hub-Signature-256});
 *       optional;</li>
 *   <li>{@value #FLOWS}: the folder the flow files are named from; default {@code src/test/resources/flows};</li>
 *   <li>{@value #PLATFORM}: {@code mock} runs the scenarios on the mock WhatsApp platform (started once per run,
 *       reset per scenario): flows are created on it with the endpoint URL, the public key is registered for its
 *       number, and it signs with the app secret; anything else or unset: the standalone phone talks to the
 *       endpoint directly;</li>
 *   <li>{@value #WEBHOOK_URL}: on the platform, the business's webhook URL the completion is delivered to;</li>
 *   <li>{@value #FLOW_TOKEN}: standalone, the flow token the phone sends (default: the phone's own).</li>
 * </ul>
 *
 * @param endpoint the endpoint URL, when one is set
 * @param publicKeyPem the business public key (PEM text), when one is set
 * @param appSecret the app secret, when one is set; never printed
 * @param flows the flows folder
 * @param platform whether scenarios run on the mock platform
 * @param webhookUrl the business's webhook URL, when one is set
 * @param flowToken the flow token the standalone phone sends, when one is set
 */
public record FlowKitSettings(Optional<URI> endpoint, Optional<String> publicKeyPem, Optional<String> appSecret,
    Path flows, boolean platform, Optional<URI> webhookUrl, Optional<String> flowToken) {

  /** The endpoint URL property. */
  public static final String ENDPOINT_URL = "flowkit.endpoint.url";
  /** The business public key property: PEM text or a file path. */
  public static final String PUBLIC_KEY = "flowkit.endpoint.public-key";
  /** The app secret property. */
  public static final String APP_SECRET = "flowkit.app-secret";
  /** The flows folder property. */
  public static final String FLOWS = "flowkit.flows";
  /** The mode property: {@code mock} for the mock platform. */
  public static final String PLATFORM = "flowkit.platform";
  /** The business's webhook URL property (platform mode). */
  public static final String WEBHOOK_URL = "flowkit.webhook.url";
  /** The standalone phone's flow token property. */
  public static final String FLOW_TOKEN = "flowkit.flow-token";

  /**
   * Checks the settings belong together.
   *
   * @throws IllegalArgumentException if an endpoint is set without a public key
   */
  public FlowKitSettings {
    if (endpoint.isPresent() && publicKeyPem.isEmpty()) {
      throw new IllegalArgumentException(ENDPOINT_URL + " is set but " + PUBLIC_KEY
          + " is not: the phone encrypts every request with the business public key");
    }
  }

  /** The secret stays out of logs and failure messages. */
  @Override
  public String toString() {
    return "FlowKitSettings[endpoint=" + endpoint.map(URI::toString).orElse("none") + ", publicKey="
        + (publicKeyPem.isPresent() ? "set" : "none") + ", appSecret=" + (appSecret.isPresent() ? "set" : "none")
        + ", flows=" + flows + ", platform=" + platform + ", webhook=" + webhookUrl.map(URI::toString).orElse("none")
        + ", flowToken=" + flowToken.orElse("default") + "]";
  }

  /**
   * Reads the settings from system properties and the class path's property files.
   *
   * @throws IllegalArgumentException if a setting is malformed or the key file cannot be read
   */
  public static FlowKitSettings load() {
    Properties junit = resource("junit-platform.properties");
    Properties cucumber = resource("cucumber.properties");
    return new FlowKitSettings(
        read(ENDPOINT_URL, junit, cucumber).map(url -> uri(ENDPOINT_URL, url)),
        read(PUBLIC_KEY, junit, cucumber).map(FlowKitSettings::pem),
        read(APP_SECRET, junit, cucumber),
        Path.of(read(FLOWS, junit, cucumber).orElse("src/test/resources/flows")),
        read(PLATFORM, junit, cucumber).map("mock"::equalsIgnoreCase).orElse(false),
        read(WEBHOOK_URL, junit, cucumber).map(url -> uri(WEBHOOK_URL, url)),
        read(FLOW_TOKEN, junit, cucumber));
  }

  private static Optional<String> read(String name, Properties junit, Properties cucumber) {
    String value = System.getProperty(name);
    if (value == null) {
      value = junit.getProperty(name);
    }
    if (value == null) {
      value = cucumber.getProperty(name);
    }
    return Optional.ofNullable(value).map(String::strip).filter(v -> !v.isEmpty());
  }

  private static URI uri(String property, String text) {
    URI uri;
    try {
      uri = URI.create(text);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException(property + " must be an absolute http(s) URL: " + text, e);
    }
    if (uri.getScheme() == null || uri.getHost() == null) {
      throw new IllegalArgumentException(property + " must be an absolute http(s) URL: " + text);
    }
    return uri;
  }

  private static String pem(String value) {
    if (value.contains("-----BEGIN")) {
      return value;
    }
    try {
      return Files.readString(Path.of(value));
    } catch (IOException e) {
      throw new IllegalArgumentException(PUBLIC_KEY + " is neither PEM text nor a readable file: " + value, e);
    }
  }

  private static Properties resource(String name) {
    Properties properties = new Properties();
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try (InputStream in = (loader != null ? loader : FlowKitSettings.class.getClassLoader()).getResourceAsStream(name)) {
      if (in != null) {
        properties.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name, e);
    }
    return properties;
  }
}
