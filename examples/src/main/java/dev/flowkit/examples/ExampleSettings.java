package dev.flowkit.examples;

import dev.flowkit.graph.GraphApiClient;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;

/**
 * How the example apps read their settings, and the start-up step they share ({@link #registerWebhook}). Each
 * setting has a property name such as {@code whatsapp.graph.access-token} and may be given as a system property of
 * that name or as an environment variable spelled {@code WHATSAPP_GRAPH_ACCESS_TOKEN}; the system property wins.
 * Stateless and thread-safe.
 *
 * <p>Settings hold secrets (the access token, the app secret, the private key), so nothing here ever puts a value
 * in a message: a missing setting fails naming the setting and its environment variable only.
 */
public final class ExampleSettings {

  private static final String PROPERTY_PREFIX = "whatsapp.";
  private static final String ENVIRONMENT_PREFIX = "WHATSAPP_";

  private ExampleSettings() {}

  /** The {@code whatsapp.*} settings of this process: its environment, overridden by its system properties. */
  public static Map<String, String> fromEnvironment() {
    return fromEnvironment(System.getenv(), System.getProperties());
  }

  /** The {@code whatsapp.*} settings of this environment, overridden by these properties; a new mutable map. */
  static Map<String, String> fromEnvironment(Map<String, String> environment, Properties properties) {
    Map<String, String> settings = new HashMap<>();
    environment.forEach((name, value) -> {
      if (name.startsWith(ENVIRONMENT_PREFIX)) {
        settings.put(name.toLowerCase(Locale.ROOT).replace("whatsapp_graph_", "whatsapp.graph.")
            .replaceFirst("^whatsapp_", PROPERTY_PREFIX).replace('_', '-'), value);
      }
    });
    properties.stringPropertyNames().stream().filter(name -> name.startsWith(PROPERTY_PREFIX))
        .forEach(name -> settings.put(name, properties.getProperty(name)));
    return settings;
  }

  /** The environment variable of a setting: {@code WHATSAPP_GRAPH_BASE_URL} for {@code whatsapp.graph.base-url}. */
  public static String environmentName(String setting) {
    return setting.toUpperCase(Locale.ROOT).replace('.', '_').replace('-', '_');
  }

  /**
   * Where an app's own server listens: {@code whatsapp.host} (default {@code 127.0.0.1}) and {@code
   * whatsapp.callback-port} (default {@code defaultPort}; 0 picks a free port).
   *
   * @throws IllegalArgumentException if the port is not a number from 0 to 65535
   */
  public static InetSocketAddress callbackAddress(Map<String, String> settings, int defaultPort) {
    String port = settings.getOrDefault("whatsapp.callback-port", Integer.toString(defaultPort));
    try {
      return new InetSocketAddress(settings.getOrDefault("whatsapp.host", "127.0.0.1"), Integer.parseInt(port));
    } catch (IllegalArgumentException e) {  // NumberFormatException too
      throw new IllegalArgumentException("whatsapp.callback-port is not a port number", e);
    }
  }

  /**
   * A public URL of the app's own server, such as {@code whatsapp.webhook-uri}: a value starting with {@code /} is
   * that path on loopback at {@code port} ({@code http://127.0.0.1:PORT/path}); any other value must be an
   * absolute {@code http} or {@code https} URL and is taken as it is (the address where the platform reaches the
   * app, through a tunnel or proxy). Empty when the setting is absent or blank.
   *
   * @throws IllegalArgumentException if the value is neither; the message names the setting, not the value
   */
  public static Optional<URI> appUrl(Map<String, String> settings, String name, int port) {
    String value = settings.get(name);
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    if (value.startsWith("/")) {
      return Optional.of(URI.create("http://127.0.0.1:" + port + value));
    }
    try {
      URI uri = new URI(value);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      if ((scheme.equals("http") || scheme.equals("https")) && uri.getHost() != null) {
        return Optional.of(uri);
      }
    } catch (URISyntaxException e) {
      // refused below, without the value
    }
    throw new IllegalArgumentException(name + " is an absolute http(s) URL or a path starting with /");
  }

  /**
   * The Graph API client of these settings: {@code whatsapp.graph.base-url} (default Meta's, {@link
   * GraphApiClient#DEFAULT_BASE_URL}; the mock platform's base URL to run against it) and {@code
   * whatsapp.graph.access-token}.
   *
   * @throws IllegalArgumentException if the access token is missing
   */
  public static GraphApiClient graphClient(Map<String, String> settings) {
    return GraphApiClient.builder()
        .baseUrl(settings.getOrDefault("whatsapp.graph.base-url", GraphApiClient.DEFAULT_BASE_URL))
        .accessToken(required(settings, "whatsapp.graph.access-token"))
        .build();
  }

  /**
   * The start-up step both apps share: when {@code whatsapp.webhook-uri} is set (see {@link #appUrl}), registers it
   * as the webhook callback of {@code whatsapp.phone-number-id}, as a business does. WhatsApp runs its verification
   * handshake with {@code whatsapp.verify-token} before the call answers, so the app's receiver must be listening
   * on {@code port} already.
   *
   * @throws dev.flowkit.graph.CallbackVerificationException if the handshake failed
   * @throws IllegalArgumentException if a setting it needs is missing or the URL is neither a URL nor a path
   */
  public static void registerWebhook(GraphApiClient graph, Map<String, String> settings, int port) {
    appUrl(settings, "whatsapp.webhook-uri", port).ifPresent(uri -> graph.setPhoneNumberWebhook(
        required(settings, "whatsapp.phone-number-id"), uri, required(settings, "whatsapp.verify-token")));
  }

  /**
   * The value of a setting that has no default.
   *
   * @throws IllegalArgumentException if it is absent or blank; the message names the setting and its environment
   *     variable, never a value
   */
  public static String required(Map<String, String> settings, String name) {
    String value = settings.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException("missing setting " + name + " (or " + environmentName(name)
          + " in the environment)");
    }
    return value;
  }
}
