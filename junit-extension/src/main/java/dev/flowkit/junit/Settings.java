package dev.flowkit.junit;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.function.Function;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;

/**
 * The settings of one test class, each resolved from the annotation, then the configuration parameters, then its
 * default, and checked once. Values only: nothing is read or started here.
 */
final class Settings {

  static final String DEFAULT_CALLBACK_PATH = "/webhook";

  /** Where a value came from, for messages. */
  private record Raw(String value, String source) {}

  final Optional<String> appSecret;
  final Optional<String> callbackUrl;
  /** The loopback callback port; 0 for one the extension chooses. */
  final OptionalInt callbackPort;
  final String callbackPath;
  final Optional<Location> privateKey;
  final Optional<Location> publicKey;
  final boolean sharedKeyPair;
  final List<Location> flows;
  /** An absolute URL, or a path on the callback port. */
  final Optional<String> endpointUri;
  final boolean publish;
  final boolean publishHealthCheck;

  private final WhatsAppFlowTest annotation;
  private final String annotationSource;
  private final Function<String, Optional<String>> parameters;

  private Settings(WhatsAppFlowTest annotation, Class<?> testClass, Function<String, Optional<String>> parameters) {
    this.annotation = annotation;
    this.annotationSource = "@WhatsAppFlowTest(%s) on " + testClass.getName();
    this.parameters = parameters;

    this.appSecret = raw("appSecret", annotation.appSecret()).map(r -> {
      if (r.value().chars().anyMatch(Character::isWhitespace)) {
        // Never echo the value: it is a secret.
        throw invalid("appSecret", r, "an app secret may not contain whitespace");
      }
      return r.value();
    });
    this.callbackUrl = raw("callbackUrl", annotation.callbackUrl()).map(r -> httpUrl("callbackUrl", r));
    Optional<Raw> port = raw("callbackPort", annotation.callbackPort());
    this.callbackPort = port.map(r -> OptionalInt.of(port(r))).orElse(OptionalInt.empty());
    if (callbackUrl.isPresent() && port.isPresent()) {
      throw invalid("callbackPort", port.get(), "set either callbackUrl or callbackPort, not both (callbackUrl "
          + "comes from " + raw("callbackUrl", annotation.callbackUrl()).orElseThrow().source() + ")");
    }
    this.callbackPath = raw("callbackPath", annotation.callbackPath()).map(r -> path("callbackPath", r))
        .orElse(DEFAULT_CALLBACK_PATH);
    this.privateKey = raw("privateKey", annotation.privateKey()).map(r -> Location.parse("privateKey", r.value(),
        r.source()));
    this.publicKey = raw("publicKey", annotation.publicKey()).map(r -> Location.parse("publicKey", r.value(),
        r.source()));
    if (publicKey.isPresent() && privateKey.isEmpty()) {
      throw invalid("publicKey", raw("publicKey", annotation.publicKey()).orElseThrow(),
          "a public key needs its private key: set privateKey too");
    }
    this.sharedKeyPair = bool("sharedKeyPair", annotation.sharedKeyPair(), false);
    this.flows = flows();
    this.endpointUri = raw("endpointUri", annotation.endpointUri()).map(r -> {
      if (r.value().startsWith("/")) {
        if (callbackPort.isEmpty()) {
          throw invalid("endpointUri", r, "a path is resolved on the loopback callbackPort, which is not set; "
              + "give an absolute URL or set callbackPort");
        }
        return path("endpointUri", r);
      }
      return httpUrl("endpointUri", r);
    });
    this.publish = bool("publish", annotation.publish(), false);
    this.publishHealthCheck = bool("publishHealthCheck", annotation.publishHealthCheck(), true);
  }

  /**
   * Resolves and checks the settings of {@code testClass}.
   *
   * @param parameters the configuration parameters by full key
   * @throws ExtensionConfigurationException naming the first invalid setting and where its value came from
   */
  static Settings resolve(WhatsAppFlowTest annotation, Class<?> testClass,
      Function<String, Optional<String>> parameters) {
    return new Settings(annotation, testClass, parameters);
  }

  /** The configuration parameter key of an attribute: {@code callbackPort} is {@code flowkit.callback-port}. */
  static String key(String attribute) {
    return WhatsAppFlowTest.PARAMETER_PREFIX + attribute.replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT);
  }

  private Optional<Raw> raw(String attribute, String annotationValue) {
    if (!annotationValue.isBlank()) {
      return Optional.of(new Raw(annotationValue.strip(), annotationSource.formatted(attribute)));
    }
    String key = key(attribute);
    return parameters.apply(key).filter(v -> !v.isBlank())
        .map(v -> new Raw(v.strip(), "configuration parameter " + key));
  }

  private List<Location> flows() {
    List<String> values;
    String source;
    if (annotation.flows().length > 0) {
      values = Arrays.asList(annotation.flows());
      source = annotationSource.formatted("flows");
    } else {
      Optional<Raw> raw = raw("flows", "");
      if (raw.isEmpty()) {
        return List.of();
      }
      values = Arrays.asList(raw.get().value().split(","));
      source = raw.get().source();
    }
    List<Location> flows = new ArrayList<>();
    for (String value : values) {
      if (value.isBlank()) {
        throw invalid("flows", new Raw(String.join(",", values), source), "a flow location is empty");
      }
      Location location = Location.parse("flows", value.strip(), source);
      if (flows.stream().anyMatch(f -> f.flowName().equals(location.flowName()))) {
        throw invalid("flows", new Raw(value.strip(), source), "two flows would be named \"" + location.flowName()
            + "\" (flows are named after their file); rename one file");
      }
      flows.add(location);
    }
    return List.copyOf(flows);
  }

  private boolean bool(String attribute, String annotationValue, boolean fallback) {
    return raw(attribute, annotationValue).map(r -> switch (r.value()) {
      case "true" -> true;
      case "false" -> false;
      default -> throw invalid(attribute, r, "\"" + r.value() + "\" is neither \"true\" nor \"false\"");
    }).orElse(fallback);
  }

  private static int port(Raw raw) {
    try {
      int port = Integer.parseInt(raw.value());
      if (port >= 0 && port <= 65535) {
        return port;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw invalid("callbackPort", raw, "\"" + raw.value() + "\" is not a port number from 0 (a free port) to 65535");
  }

  private static String path(String attribute, Raw raw) {
    if (!raw.value().startsWith("/") || raw.value().contains(" ")) {
      throw invalid(attribute, raw, "\"" + raw.value() + "\" is not a path starting with /");
    }
    return raw.value();
  }

  private static String httpUrl(String attribute, Raw raw) {
    try {
      URI uri = new URI(raw.value());
      if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
        return raw.value();
      }
    } catch (URISyntaxException e) {
      // reported below
    }
    throw invalid(attribute, raw, "\"" + raw.value() + "\" is not an absolute http or https URL");
  }

  private static ExtensionConfigurationException invalid(String attribute, Raw raw, String why) {
    return invalid(attribute, raw.source(), why);
  }

  static ExtensionConfigurationException invalid(String attribute, String source, String why) {
    return new ExtensionConfigurationException("@WhatsAppFlowTest setting " + attribute + " (from " + source
        + ") is invalid: " + why);
  }

  /**
   * Where a file comes from: {@code classpath:path} or a file path.
   *
   * @param setting the setting naming it
   * @param value as written
   * @param source where the value came from
   * @param classpath whether it is a classpath resource
   * @param path the resource name or file path
   */
  record Location(String setting, String value, String source, boolean classpath, String path) {

    static Location parse(String setting, String value, String source) {
      boolean classpath = value.startsWith("classpath:");
      String path = classpath ? value.substring("classpath:".length()) : value;
      while (classpath && path.startsWith("/")) {
        path = path.substring(1);
      }
      if (path.isBlank()) {
        throw invalid(setting, source, "\"" + value + "\" names no file");
      }
      return new Location(setting, value, source, classpath, path);
    }

    /** The file name without a {@code .json} ending. */
    String flowName() {
      String name = path.substring(path.replace('\\', '/').lastIndexOf('/') + 1);
      return name.endsWith(".json") ? name.substring(0, name.length() - ".json".length()) : name;
    }

    /** An error about this location. */
    ExtensionConfigurationException problem(String why) {
      return Settings.invalid(setting, source, "\"" + value + "\" " + why);
    }

    /**
     * The file's text, UTF-8.
     *
     * @throws ExtensionConfigurationException if it cannot be found or read
     */
    String read(@Nullable ClassLoader loader) {
      try {
        if (classpath) {
          ClassLoader classes = loader != null ? loader : Settings.class.getClassLoader();
          try (var in = classes.getResourceAsStream(path)) {
            if (in == null) {
              throw problem("is not on the classpath");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
          }
        }
        Path file = Path.of(path);
        if (!Files.isRegularFile(file)) {
          throw problem("is not a file (looked for " + file.toAbsolutePath() + ")");
        }
        return Files.readString(file);
      } catch (IOException | InvalidPathException e) {
        throw problem("cannot be read: " + e.getMessage());
      }
    }
  }
}
