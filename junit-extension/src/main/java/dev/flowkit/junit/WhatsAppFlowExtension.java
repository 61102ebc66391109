package dev.flowkit.junit;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.FlowCryptoException;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.phone.SimulatedPhone;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolutionException;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.platform.commons.support.AnnotationSupport;

/**
 * The engine behind {@link WhatsAppFlowTest}. Keeps no fields: each class's platform lives in that class's
 * {@link ExtensionContext.Store}, which stops it when the class is done; a shared key pair lives in the root
 * store.
 */
final class WhatsAppFlowExtension implements BeforeAllCallback, BeforeEachCallback, ParameterResolver {

  private static final Namespace NAMESPACE = Namespace.create(WhatsAppFlowExtension.class);
  private static final Set<Class<?>> INJECTED = Set.of(WhatsAppPlatform.class, GraphApiClient.class,
      BusinessKeyPair.class, KeyPair.class, SimulatedPhone.class);

  /** Stops the platform when the store is closed. */
  private record Running(WhatsAppPlatform platform) implements AutoCloseable {
    @Override
    public void close() {
      platform.stop();
    }
  }

  @Override
  public void beforeAll(ExtensionContext context) {
    platform(context);
  }

  @Override
  public void beforeEach(ExtensionContext context) {
    platform(context).reset();
  }

  @Override
  public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
    return INJECTED.contains(parameter.getParameter().getType());
  }

  @Override
  public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
    WhatsAppPlatform platform = platform(context);
    Class<?> type = parameter.getParameter().getType();
    if (type == WhatsAppPlatform.class) {
      return platform;
    }
    if (type == GraphApiClient.class) {
      return platform.graph();
    }
    if (type == BusinessKeyPair.class) {
      return platform.keys();
    }
    if (type == KeyPair.class) {
      return platform.keys().keyPair();
    }
    User user = parameter.findAnnotation(User.class).orElseThrow(() -> new ParameterResolutionException(
        "a SimulatedPhone parameter needs to say whose phone it is: annotate it with @User(\"447700900123\") (the "
            + "user's WhatsApp id), or call WhatsAppPlatform.phone(waId)"));
    try {
      return platform.phone(user.value());
    } catch (IllegalArgumentException e) {
      throw new ParameterResolutionException("@User(\"" + user.value() + "\"): " + e.getMessage(), e);
    }
  }

  /** The class's platform, started on first use (nested classes find their enclosing class's). */
  private static WhatsAppPlatform platform(ExtensionContext context) {
    ExtensionContext classContext = classContext(context);
    return classContext.getStore(NAMESPACE)
        .computeIfAbsent(Running.class, key -> new Running(start(classContext)), Running.class).platform();
  }

  private static ExtensionContext classContext(ExtensionContext context) {
    ExtensionContext current = context;
    while (current.getTestMethod().isPresent() && current.getParent().isPresent()) {
      current = current.getParent().get();
    }
    return current;
  }

  private static WhatsAppPlatform start(ExtensionContext context) {
    return start(context.getRequiredTestClass(), context::getConfigurationParameter,
        () -> context.getRoot().getStore(NAMESPACE)
            .computeIfAbsent("shared-key-pair", key -> BusinessKeys.generate(), KeyPair.class));
  }

  /**
   * Starts the platform of {@code testClass} as its {@link WhatsAppFlowTest} and {@code parameters} say: what a
   * class start costs (the benchmarks call this directly).
   *
   * @param sharedKeyPair the run's shared key pair, for {@code sharedKeyPair = "true"}
   * @throws ExtensionConfigurationException if a setting is invalid
   */
  static WhatsAppPlatform start(Class<?> testClass, Function<String, Optional<String>> parameters,
      Supplier<KeyPair> sharedKeyPair) {
    WhatsAppFlowTest annotation = findAnnotation(testClass).orElseThrow(() -> new ExtensionConfigurationException(
        "WhatsAppFlowExtension needs @WhatsAppFlowTest on " + testClass.getName() + " or a class enclosing it"));
    Settings settings = Settings.resolve(annotation, testClass, parameters);
    ClassLoader loader = testClass.getClassLoader();
    List<WhatsAppPlatform.Preload> preloads = settings.flows.stream()
        .map(f -> new WhatsAppPlatform.Preload(f.flowName(), f.read(loader), f.value())).toList();
    BusinessKeyPair keys = BusinessKeyPair.of(keyPair(settings, sharedKeyPair, loader));

    OptionalInt callbackPort = settings.callbackPort.isPresent()
        ? OptionalInt.of(settings.callbackPort.getAsInt() == 0 ? freePort() : settings.callbackPort.getAsInt())
        : OptionalInt.empty();
    String loopback = callbackPort.isPresent() ? "http://127.0.0.1:" + callbackPort.getAsInt() : "";
    Optional<String> callbackUrl = callbackPort.isPresent()
        ? Optional.of(loopback + settings.callbackPath) : settings.callbackUrl;
    Optional<String> endpointUri = settings.endpointUri.map(uri -> uri.startsWith("/") ? loopback + uri : uri);

    MockWhatsApp mock = MockWhatsApp.start(MockWhatsAppConfig.builder()
        .appSecret(settings.appSecret.orElse(null))
        .callbackUrl(callbackUrl.orElse(null))
        .publishHealthCheck(settings.publishHealthCheck)
        .build());
    try {
      GraphApiClient graph = GraphApiClient.builder().baseUrl(mock.baseUrl()).accessToken(mock.accessToken()).build();
      graph.setBusinessPublicKey(mock.phoneNumberId(), keys.publicKey());
      return new WhatsAppPlatform(mock, graph, keys, callbackPort, callbackUrl, endpointUri, preloads,
          settings.publish);
    } catch (RuntimeException e) {
      mock.close();
      throw e;
    }
  }

  private static Optional<WhatsAppFlowTest> findAnnotation(Class<?> testClass) {
    for (Class<?> c = testClass; c != null; c = c.getEnclosingClass()) {
      Optional<WhatsAppFlowTest> found = AnnotationSupport.findAnnotation(c, WhatsAppFlowTest.class);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  private static KeyPair keyPair(Settings settings, Supplier<KeyPair> sharedKeyPair, ClassLoader loader) {
    if (settings.privateKey.isPresent()) {
      Settings.Location privateLocation = settings.privateKey.get();
      PrivateKey privateKey;
      try {
        privateKey = BusinessKeys.readPrivateKey(privateLocation.read(loader));
      } catch (FlowCryptoException e) {
        throw privateLocation.problem("holds no usable private key: " + e.getMessage());
      }
      if (settings.publicKey.isEmpty()) {
        return new KeyPair(BusinessKeys.publicKeyOf(privateKey), privateKey);
      }
      Settings.Location publicLocation = settings.publicKey.get();
      PublicKey publicKey;
      try {
        publicKey = BusinessKeys.readPublicKey(publicLocation.read(loader));
        BusinessKeys.requireMatching(privateKey, publicKey);
      } catch (FlowCryptoException e) {
        throw publicLocation.problem("does not fit: " + e.getMessage());
      }
      return new KeyPair(publicKey, privateKey);
    }
    if (settings.sharedKeyPair) {
      return sharedKeyPair.get();
    }
    return BusinessKeys.generate();
  }

  /** A free loopback port for the business app to listen on; free now, so the app should bind it soon. */
  private static int freePort() {
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException("no free loopback port for the callback", e);
    }
  }
}
