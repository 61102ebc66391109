package dev.flowkit.cucumber;

import static dev.flowkit.cucumber.FlowStepsFeatureTest.failureOf;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.phone.FlowSession;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The same steps on the mock WhatsApp platform: the flow is created and published there, sent to a user, opened
 * by the user's platform phone, and the completion webhook reaches {@link SignUpEndpoint}'s receiver.
 */
class PlatformFeatureTest {

  private static SignUpEndpoint endpoint;

  @BeforeAll
  static void startTheBusinessApp() {
    endpoint = new SignUpEndpoint();
    System.setProperty(FlowKitSettings.PLATFORM, "mock");
    System.setProperty(FlowKitSettings.ENDPOINT_URL, endpoint.url().toString());
    System.setProperty(FlowKitSettings.PUBLIC_KEY, endpoint.publicKeyPem());
    System.setProperty(FlowKitSettings.APP_SECRET, SignUpEndpoint.APP_SECRET);
    System.setProperty(FlowKitSettings.WEBHOOK_URL, endpoint.webhookUrl().toString());
  }

  @AfterAll
  static void stopTheBusinessApp() {
    for (String name : new String[] {FlowKitSettings.PLATFORM, FlowKitSettings.ENDPOINT_URL,
        FlowKitSettings.PUBLIC_KEY, FlowKitSettings.APP_SECRET, FlowKitSettings.WEBHOOK_URL}) {
      System.clearProperty(name);
    }
    endpoint.close();
  }

  @Test
  void a_published_flow_sent_to_a_user_is_completed_and_the_business_gets_the_webhook() {
    FlowStepsFeatureTest.run("features/platform/sign_up_on_the_platform.feature")
        .assertStatistics(stats -> stats.started(2).succeeded(2));
    assertThat(endpoint.completions).hasSize(1);
    assertThat(endpoint.completions.get(0).response().path("account").asString()).isEqualTo("grace@example.com");
  }

  @Test
  void a_message_the_business_sent_by_its_own_graph_calls_is_opened_and_its_completion_awaited() {
    endpoint.completions.clear();
    FlowScenario scenario = new FlowScenario();
    MockWhatsApp whatsapp = scenario.mockPlatform();
    GraphApiClient graph = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken())
        .build();
    String flowId = graph.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("sign_up", FlowCategory.SIGN_UP)
        .endpointUri(endpoint.url().toString()).build()).id();
    graph.uploadFlowJson(flowId, Path.of("src/test/resources/flows/sign_up.json")).requireValid();
    graph.publish(flowId);
    SentMessage sent = graph.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder("447700900124", "Join")
        .flowId(flowId).flowToken("the-business-own-token").dataExchange().build());

    scenario.messageSentTo("447700900124", sent.messageId());
    FlowSession session = scenario.open(false);
    session.fill("email", "grace@example.com").fill("password", "hopper1").select("plan", "free")
        .optIn("terms", true).tapFooter().tapFooter();

    assertThat(session.flowToken()).isEqualTo("the-business-own-token");
    assertThat(scenario.awaitCompletionWebhook().payload()).contains(sent.messageId());
    assertThat(endpoint.completions).singleElement()
        .satisfies(done -> assertThat(done.flowToken()).hasValue("the-business-own-token"));
    endpoint.completions.clear();
  }

  @Test
  void expecting_more_messages_than_were_sent_fails() {
    assertThat(failureOf("features/platform_fail/too_many_messages.feature"))
        .startsWith("Expected the user to have received 2 flow message(s) but they received 1");
  }
}
