package dev.flowkit.junit;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Runs a test class against its own mock WhatsApp platform. Once per class (before its {@code @BeforeAll}
 * methods) the extension generates a business key pair (or loads the configured one), starts a
 * {@code MockWhatsApp} on a free loopback port with the configured app secret and callback URL, and registers the
 * public key on the platform's phone number; the platform is stopped when the class is done. Before each test it
 * resets the platform to its seed, registers the key again and preloads the configured flows (created, uploaded,
 * published when asked), so nothing one test made is seen by the next.
 *
 * <p>Test, lifecycle ({@code @BeforeAll} too) and constructor parameters of these types are injected:
 * {@link WhatsAppPlatform} (the handle: ids, token, secrets, control calls, webhook journal, await helpers),
 * {@link dev.flowkit.graph.GraphApiClient} (pointed at the platform with its token), {@link BusinessKeyPair} or
 * {@link java.security.KeyPair} (the business keys), and {@link dev.flowkit.mock.phone.SimulatedPhone} annotated
 * with {@link User} (a user's phone).
 *
 * <pre>{@code
 * @WhatsAppFlowTest(flows = "classpath:flows/welcome.json")
 * class WelcomeTest {
 *   @Test
 *   void a_user_completes_the_welcome_flow(WhatsAppPlatform platform, GraphApiClient graph,
 *       @User("447700900123") SimulatedPhone phone) {
 *     graph.sendFlowMessage(platform.phoneNumberId(), FlowMessage.builder("447700900123", "Hi")
 *         .flowId(platform.flowId("welcome")).flowToken("t-1").navigate("WELCOME", Map.of()).build());
 *     phone.openLatest().fill("name", "Ada").tapFooter();
 *   }
 * }
 * }</pre>
 *
 * <h2>Settings</h2>
 * Each setting is taken from this annotation's attribute when it is not empty, else from the configuration
 * parameter named in its documentation ({@code junit-platform.properties}, a launcher or build tool parameter),
 * else from its documented default, as JUnit's {@code @TempDir} does. An invalid value fails the class with an
 * {@link org.junit.jupiter.api.extension.ExtensionConfigurationException} naming the setting and where the value
 * came from. Yes/no settings take {@code "true"} or {@code "false"}. A location is {@code classpath:path/in/jar}
 * or a file path (relative to the working directory).
 *
 * <h2>Endpoint flows and the business app</h2>
 * Publishing a flow that talks to an endpoint sends that endpoint a real encrypted health-check {@code ping}, and
 * preloading happens before each test. When {@link #publish()} is on for an endpoint flow, the business's endpoint
 * must therefore already be listening before each test: start the app in a static {@code @BeforeAll} method
 * (which may take {@link WhatsAppPlatform} and {@link BusinessKeyPair} parameters), or turn
 * {@link #publishHealthCheck()} off. With {@link #callbackPort()} the app listens on one loopback port for both its
 * webhook receiver ({@link #callbackPath()}) and its flow endpoint ({@link #endpointUri()} given as a path).
 *
 * <h2>Parallel execution</h2>
 * Every class gets its own platform, key pair and client (nested classes share their enclosing class's), and the
 * extension keeps no state of its own, so classes may run in parallel. Tests of one class running concurrently
 * share one platform and its resets; keep such classes {@code SAME_THREAD}.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
@Inherited
@ExtendWith(WhatsAppFlowExtension.class)
public @interface WhatsAppFlowTest {

  /** The prefix of every configuration parameter the extension reads. */
  String PARAMETER_PREFIX = "flowkit.";

  /**
   * The app secret that signs webhooks and endpoint requests. Parameter {@code flowkit.app-secret}; default: a
   * secret generated for the class.
   */
  String appSecret() default "";

  /**
   * The absolute {@code http(s)} URL webhooks are delivered to. Parameter {@code flowkit.callback-url}; default
   * none (webhooks are recorded in the journal as having no target). Not together with {@link #callbackPort()}.
   */
  String callbackUrl() default "";

  /**
   * A loopback port the business app will listen on for webhooks: webhooks go to
   * {@code http://127.0.0.1:PORT} + {@link #callbackPath()}; {@code "0"} makes the extension choose a free port,
   * which {@link WhatsAppPlatform#callbackPort()} tells. Parameter {@code flowkit.callback-port}; default none.
   */
  String callbackPort() default "";

  /**
   * The path of the webhook receiver on {@link #callbackPort()}. Parameter {@code flowkit.callback-path}; default
   * {@code /webhook}.
   */
  String callbackPath() default "";

  /**
   * The location of the business private key PEM (PKCS#8 or PKCS#1, not encrypted). Parameter
   * {@code flowkit.private-key}; default: a fresh RSA-2048 pair (see {@link #sharedKeyPair()}).
   */
  String privateKey() default "";

  /**
   * The location of the public key PEM that goes with {@link #privateKey()}; checked to match it. Parameter
   * {@code flowkit.public-key}; default: derived from the private key.
   */
  String publicKey() default "";

  /**
   * Whether classes that generate their key pair share one, generated once per test run: generating an RSA-2048
   * pair is most of a class's start. Parameter {@code flowkit.shared-key-pair}; default {@code "false"} (a fresh
   * pair per class).
   */
  String sharedKeyPair() default "";

  /**
   * Flow JSON files to preload before each test, each created as a flow named after its file (without
   * {@code .json}) and uploaded; {@link WhatsAppPlatform#flowId(String)} gives its id. Parameter
   * {@code flowkit.flows} (comma-separated); default none.
   */
  String[] flows() default {};

  /**
   * The endpoint URI set on the preloaded flows: an absolute {@code http(s)} URL, or a path (starting with
   * {@code /}) on the loopback {@link #callbackPort()}. Parameter {@code flowkit.endpoint-uri}; default none.
   */
  String endpointUri() default "";

  /** Whether the preloaded flows are published. Parameter {@code flowkit.publish}; default {@code "false"}. */
  String publish() default "";

  /**
   * Whether publishing an endpoint flow pings its endpoint first, as WhatsApp does. Parameter
   * {@code flowkit.publish-health-check}; default {@code "true"}.
   */
  String publishHealthCheck() default "";
}
