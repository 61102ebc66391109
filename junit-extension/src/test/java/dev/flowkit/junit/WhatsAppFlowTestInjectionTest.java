package dev.flowkit.junit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.platform.testkit.engine.EventConditions.event;
import static org.junit.platform.testkit.engine.EventConditions.finishedWithFailure;
import static org.junit.platform.testkit.engine.EventConditions.test;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.instanceOf;
import static org.junit.platform.testkit.engine.TestExecutionResultConditions.message;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.mock.webhook.WebhookKind;
import java.security.KeyPair;
import java.security.PublicKey;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ParameterResolutionException;

class WhatsAppFlowTestInjectionTest {

  @Test
  void every_parameter_type_is_injected_into_tests_and_lifecycle_methods() {
    Fixtures.run(InjectionTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  @Test
  void a_phone_without_a_user_fails_the_test_saying_how_to_name_one() {
    Fixtures.run(PhoneWithoutUserTestCase.class).testEvents().assertThatEvents().haveExactly(1, event(test(),
        finishedWithFailure(instanceOf(ParameterResolutionException.class), message("a SimulatedPhone parameter "
            + "needs to say whose phone it is: annotate it with @User(\"447700900123\") (the user's WhatsApp id), "
            + "or call WhatsAppPlatform.phone(waId)"))));
  }

  @Test
  void a_user_that_is_not_a_whatsapp_id_fails_the_test_naming_it() {
    Fixtures.run(BadUserTestCase.class).testEvents().assertThatEvents().haveExactly(1, event(test(),
        finishedWithFailure(instanceOf(ParameterResolutionException.class), message(m -> m.startsWith(
            "@User(\"ada\"): a WhatsApp id is 5 to 20 digits")))));
  }

  @Test
  void a_reset_before_each_test_forgets_what_the_previous_test_made() {
    Fixtures.run(ResetTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void flows_preloaded_from_the_classpath_are_published_before_each_test_and_a_user_completes_one() {
    Fixtures.run(PreloadTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void nested_classes_share_their_enclosing_class_platform_and_its_resets() {
    Fixtures.run(OuterTestCase.class).testEvents().assertStatistics(stats -> stats.started(2).succeeded(2));
  }

  @Test
  void flows_are_preloaded_from_a_file_path_given_as_a_configuration_parameter() {
    Fixtures.run(Map.of("flowkit.flows", "src/test/resources/flows/welcome.json"), PreloadFromFileTestCase.class)
        .testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
  }

  /** The public key the platform holds for the business number. */
  static PublicKey registeredKey(WhatsAppPlatform platform) {
    return BusinessKeys.readPublicKey(platform.graph().getBusinessPublicKey(platform.phoneNumberId())
        .orElseThrow().pem());
  }

  @Fixture
  @WhatsAppFlowTest
  static class InjectionTestCase {
    static WhatsAppPlatform seenBeforeAll;
    static BusinessKeyPair keysBeforeAll;

    @BeforeAll
    static void beforeAll(WhatsAppPlatform platform, BusinessKeyPair keys) {
      seenBeforeAll = platform;
      keysBeforeAll = keys;
    }

    @Test
    void injected(WhatsAppPlatform platform, GraphApiClient graph, BusinessKeyPair keys, KeyPair keyPair,
        @User("+447700900123") SimulatedPhone phone) {
      assertThat(platform).isSameAs(seenBeforeAll);
      assertThat(keys).isSameAs(keysBeforeAll).isSameAs(platform.keys());
      assertThat(keyPair).isSameAs(keys.keyPair());
      assertThat(graph).isSameAs(platform.graph());
      assertThat(graph.baseUrl()).startsWith(platform.baseUrl());
      assertThat(platform.baseUrl()).startsWith("http://127.0.0.1:");
      assertThat(phone.waId()).isEqualTo("447700900123");
      assertThat(phone).isSameAs(platform.phone("447700900123"));
      assertThat(registeredKey(platform)).isEqualTo(keys.publicKey());
      assertThat(platform.applicationProperties()).containsEntry("whatsapp.graph.base-url", platform.baseUrl())
          .containsEntry("whatsapp.phone-number-id", platform.phoneNumberId())
          .containsEntry("whatsapp.app-secret", platform.appSecret())
          .containsEntry("whatsapp.private-key", keys.privateKeyPem());
      assertThat(platform.toString()).doesNotContain(platform.accessToken()).doesNotContain(platform.appSecret());
      assertThat(keys.toString()).isEqualTo("BusinessKeyPair[RSA-2048]");
    }
  }

  @Fixture
  @WhatsAppFlowTest
  static class PhoneWithoutUserTestCase {
    @Test
    void phone(SimulatedPhone phone) {}
  }

  @Fixture
  @WhatsAppFlowTest
  static class BadUserTestCase {
    @Test
    void phone(@User("ada") SimulatedPhone phone) {}
  }

  @Fixture
  @WhatsAppFlowTest
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class ResetTestCase {
    static String firstFlowId;

    @Test
    @Order(1)
    void makes_a_flow_and_sends_a_message(WhatsAppPlatform platform, GraphApiClient graph) {
      firstFlowId = graph.createFlow(platform.wabaId(), CreateFlowRequest.builder("left over", FlowCategory.OTHER)
          .build()).id();
      graph.sendText(platform.phoneNumberId(), "447700900123", "hello");
      platform.awaitWebhooks(WebhookKind.MESSAGE_STATUS, 2);
      assertThat(graph.listFlows(platform.wabaId()).data()).hasSize(1);
    }

    @Test
    @Order(2)
    void sees_none_of_it(WhatsAppPlatform platform, GraphApiClient graph, BusinessKeyPair keys) {
      assertThat(firstFlowId).isNotNull();
      assertThat(graph.listFlows(platform.wabaId()).data()).isEmpty();
      assertThat(platform.webhookJournal().all()).isEmpty();
      assertThat(platform.mock().inbox().flowMessagesTo("447700900123")).isEmpty();
      assertThat(platform.state().toString()).doesNotContain(firstFlowId);
      assertThat(registeredKey(platform)).isEqualTo(keys.publicKey());
    }
  }

  @Fixture
  @WhatsAppFlowTest(flows = {"classpath:flows/welcome.json"}, publish = "true")
  @TestMethodOrder(MethodOrderer.OrderAnnotation.class)
  static class PreloadTestCase {
    static String firstId;

    @BeforeEach
    void published(WhatsAppPlatform platform, GraphApiClient graph) {
      assertThat(platform.flowIds()).containsOnlyKeys("welcome");
      assertThat(graph.getFlow(platform.flowId("welcome")).status()).contains(FlowStatus.PUBLISHED);
    }

    @Test
    @Order(1)
    void a_user_completes_the_preloaded_flow(WhatsAppPlatform platform, GraphApiClient graph,
        @User("447700900123") SimulatedPhone phone) {
      firstId = platform.flowId("welcome");
      SentMessage sent = graph.sendFlowMessage(platform.phoneNumberId(), FlowMessage.builder("447700900123",
          "Welcome").flowId(firstId).flowToken("t-1").navigate("WELCOME", Map.of()).build());

      FlowSession session = phone.openLatest().fill("name", "Ada").tapFooter();

      assertThat(session.isCompleted()).isTrue();
      Delivery completion = platform.awaitCompletion(sent.messageId());
      assertThat(completion.state()).isEqualTo(DeliveryState.NO_TARGET);
      assertThat(completion.payload()).contains(sent.messageId()).contains("Ada");
    }

    @Test
    @Order(2)
    void the_next_test_gets_it_again_with_a_new_id(WhatsAppPlatform platform) {
      assertThat(firstId).isNotNull();
      assertThat(platform.flowId("welcome")).isNotEqualTo(firstId);
    }
  }

  @Fixture
  @WhatsAppFlowTest
  static class OuterTestCase {
    static WhatsAppPlatform outer;

    @Test
    void outer(WhatsAppPlatform platform, GraphApiClient graph) {
      outer = platform;
      graph.createFlow(platform.wabaId(), CreateFlowRequest.builder("outer", FlowCategory.OTHER).build());
    }

    @Nested
    class Inner {
      @Test
      void inner(WhatsAppPlatform platform, GraphApiClient graph) {
        assertThat(outer).isNotNull();
        assertThat(platform).isSameAs(outer);
        assertThat(graph.listFlows(platform.wabaId()).data()).isEmpty();
      }
    }
  }

  @Fixture
  @WhatsAppFlowTest
  static class PreloadFromFileTestCase {
    @Test
    void preloaded_as_a_draft(WhatsAppPlatform platform, GraphApiClient graph) {
      assertThat(graph.getFlow(platform.flowId("welcome")).status()).contains(FlowStatus.DRAFT);
    }
  }
}
