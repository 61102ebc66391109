package dev.flowkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.container;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.flowkit.crypto.BusinessKeys;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.io.TempDir;
import org.junit.platform.testkit.engine.EngineExecutionResults;

class WhatsAppFlowTestSettingsTest {

  static final String FROM_ANNOTATION = "from-the-annotation-0123456789abcdef";

  /** What a fixture expects to see, set by the test that runs it. */
  static volatile String expectedPublicKeyPem = "";

  @Test
  void an_invalid_attribute_fails_the_class_naming_the_setting_and_the_annotation() {
    assertClassFails(Fixtures.run(BadPortTestCase.class), BadPortTestCase.class,
        "@WhatsAppFlowTest setting callbackPort (from @WhatsAppFlowTest(callbackPort) on "
            + BadPortTestCase.class.getName() + ") is invalid: \"http\" is not a port number from 0 (a free port) "
            + "to 65535");
  }

  @Test
  void an_invalid_configuration_parameter_fails_the_class_naming_the_parameter() {
    assertClassFails(Fixtures.run(Map.of("flowkit.publish", "yes"), DefaultsTestCase.class), DefaultsTestCase.class,
        "@WhatsAppFlowTest setting publish (from configuration parameter flowkit.publish) is invalid: \"yes\" is "
            + "neither \"true\" nor \"false\"");
  }

  @Test
  void a_flow_missing_from_the_classpath_fails_the_class() {
    assertClassFails(Fixtures.run(MissingFlowTestCase.class), MissingFlowTestCase.class,
        "@WhatsAppFlowTest setting flows (from @WhatsAppFlowTest(flows) on " + MissingFlowTestCase.class.getName()
            + ") is invalid: \"classpath:flows/nowhere.json\" is not on the classpath");
  }

  @Test
  void an_endpoint_path_without_a_callback_port_fails_the_class() {
    assertClassFails(Fixtures.run(Map.of("flowkit.endpoint-uri", "/flow"), DefaultsTestCase.class),
        DefaultsTestCase.class, "@WhatsAppFlowTest setting endpointUri (from configuration parameter "
            + "flowkit.endpoint-uri) is invalid: a path is resolved on the loopback callbackPort, which is not set; "
            + "give an absolute URL or set callbackPort");
  }

  @Test
  void both_a_callback_url_and_port_fail_the_class() {
    assertClassFails(Fixtures.run(Map.of("flowkit.callback-url", "http://127.0.0.1:9/hook",
        "flowkit.callback-port", "0"), DefaultsTestCase.class), DefaultsTestCase.class,
        "@WhatsAppFlowTest setting callbackPort (from configuration parameter flowkit.callback-port) is invalid: "
            + "set either callbackUrl or callbackPort, not both (callbackUrl comes from configuration parameter "
            + "flowkit.callback-url)");
  }

  @Test
  void an_invalid_app_secret_is_reported_without_its_value() {
    EngineExecutionResults results = Fixtures.run(Map.of("flowkit.app-secret", "not a secret"),
        DefaultsTestCase.class);
    assertClassFails(results, DefaultsTestCase.class, "@WhatsAppFlowTest setting appSecret (from configuration "
        + "parameter flowkit.app-secret) is invalid: an app secret may not contain whitespace");
  }

  @Test
  void a_preloaded_flow_with_validation_errors_fails_each_test_with_the_errors() {
    Fixtures.run(BrokenFlowTestCase.class).testEvents().assertThatEvents().haveExactly(1, event(test(),
        finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m -> m.startsWith(
            "preloaded flow \"broken\" (classpath:flows/broken.json) has validation errors: Required property "
                + "'name' is missing.")))));
  }

  @Test
  void an_endpoint_flow_whose_endpoint_is_not_listening_fails_each_test_saying_when_to_start_the_app() {
    Fixtures.run(EndpointDownTestCase.class).testEvents().assertThatEvents().haveExactly(1, event(test(),
        finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m -> m.startsWith(
            "publishing preloaded flow \"signup\" failed: ") && m.endsWith(". An endpoint flow's endpoint "
                + "(http://127.0.0.1:9/flow) must answer the health check before each test: start the business app "
                + "in a static @BeforeAll method, or set publishHealthCheck to false")))));
  }

  @Test
  void the_annotation_wins_over_configuration_parameters_which_win_over_defaults() {
    Fixtures.run(Map.of("flowkit.app-secret", "from-the-parameters-0123456789abcd", "flowkit.callback-path",
        "/from-parameters"), PrecedenceTestCase.class).testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void a_key_pair_is_loaded_from_pem_files(@TempDir Path dir) throws IOException {
    KeyPair pair = BusinessKeys.generate();
    Files.writeString(dir.resolve("private.pem"), BusinessKeys.toPem(pair.getPrivate()));
    Files.writeString(dir.resolve("public.pem"), BusinessKeys.toPem(pair.getPublic()));
    expectedPublicKeyPem = BusinessKeys.toPem(pair.getPublic());

    Fixtures.run(Map.of("flowkit.private-key", dir.resolve("private.pem").toString(), "flowkit.public-key",
        dir.resolve("public.pem").toString()), LoadedKeysTestCase.class).testEvents()
        .assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void a_public_key_that_is_not_the_private_keys_half_fails_the_class(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("private.pem"), BusinessKeys.toPem(BusinessKeys.generate().getPrivate()));
    Files.writeString(dir.resolve("public.pem"), BusinessKeys.toPem(BusinessKeys.generate().getPublic()));

    EngineExecutionResults results = Fixtures.run(Map.of("flowkit.private-key",
        dir.resolve("private.pem").toString(), "flowkit.public-key", dir.resolve("public.pem").toString()),
        DefaultsTestCase.class);

    assertClassFails(results, DefaultsTestCase.class, "@WhatsAppFlowTest setting publicKey (from configuration "
        + "parameter flowkit.public-key) is invalid: \"" + dir.resolve("public.pem") + "\" does not fit: the "
        + "private key (RSA-2048) and the public key (RSA-2048) are not one pair");
  }

  @Test
  void classes_asking_for_a_shared_key_pair_get_the_same_one() {
    Fixtures.run(Map.of("flowkit.shared-key-pair", "true"), SharedKeyTestCase.class, OtherSharedKeyTestCase.class)
        .testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(SharedKeyTestCase.seen).isNotNull().isSameAs(OtherSharedKeyTestCase.seen);
  }

  private static void assertClassFails(EngineExecutionResults results, Class<?> fixture, String expected) {
    results.containerEvents().assertThatEvents().haveExactly(1, event(container(fixture),
        finishedWithFailure(instanceOf(ExtensionConfigurationException.class), message(m -> m.startsWith(expected)))));
    results.testEvents().assertStatistics(stats -> stats.started(0));
  }

  @Fixture
  @WhatsAppFlowTest(callbackPort = "http")
  static class BadPortTestCase {
    @Test
    void never_runs() {}
  }

  @Fixture
  @WhatsAppFlowTest
  static class DefaultsTestCase {
    @Test
    void never_runs_when_a_setting_is_wrong(WhatsAppPlatform platform) {}
  }

  @Fixture
  @WhatsAppFlowTest(flows = "classpath:flows/nowhere.json")
  static class MissingFlowTestCase {
    @Test
    void never_runs() {}
  }

  @Fixture
  @WhatsAppFlowTest(flows = "classpath:flows/broken.json")
  static class BrokenFlowTestCase {
    @Test
    void fails_before_it_starts() {}
  }

  @Fixture
  @WhatsAppFlowTest(flows = "classpath:flows/signup.json", endpointUri = "http://127.0.0.1:9/flow", publish = "true")
  static class EndpointDownTestCase {
    @Test
    void fails_before_it_starts() {}
  }

  @Fixture
  @WhatsAppFlowTest(appSecret = FROM_ANNOTATION, callbackPort = "0")
  static class PrecedenceTestCase {
    @Test
    void settings(WhatsAppPlatform platform) {
      assertThat(platform.appSecret()).isEqualTo(FROM_ANNOTATION);
      assertThat(platform.callbackUrl()).hasValue("http://127.0.0.1:" + platform.callbackPort().orElseThrow()
          + "/from-parameters");
      assertThat(platform.callbackPort().orElseThrow()).isPositive();
      assertThat(platform.endpointUri()).isEmpty();
    }
  }

  @Fixture
  @WhatsAppFlowTest
  static class LoadedKeysTestCase {
    @Test
    void the_loaded_public_key_is_registered(BusinessKeyPair keys, WhatsAppPlatform platform) {
      assertThat(keys.publicKeyPem()).isEqualTo(expectedPublicKeyPem);
      assertThat(WhatsAppFlowTestInjectionTest.registeredKey(platform)).isEqualTo(keys.publicKey());
    }
  }

  @Fixture
  @WhatsAppFlowTest
  static class SharedKeyTestCase {
    static volatile KeyPair seen;

    @Test
    void keys(KeyPair keys) {
      seen = keys;
    }
  }

  @Fixture
  @WhatsAppFlowTest
  static class OtherSharedKeyTestCase {
    static volatile KeyPair seen;

    @Test
    void keys(KeyPair keys) {
      seen = keys;
    }
  }
}
