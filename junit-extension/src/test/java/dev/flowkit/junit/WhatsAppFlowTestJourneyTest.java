package dev.flowkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.webhook.FlowCompletion;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookVerifier;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The business's own app against the platform in the same test: the pattern {@link WhatsAppFlowTest} documents.
 */
class WhatsAppFlowTestJourneyTest {

  @Test
  void a_user_completes_a_published_endpoint_flow_and_the_business_app_gets_the_completion_webhook() {
    Fixtures.run(JourneyTestCase.class).testEvents().assertStatistics(stats -> stats.started(1).succeeded(1));
    assertThat(JourneyTestCase.app).isNotNull();
    assertThat(JourneyTestCase.app.stopped).isTrue();
  }

  /**
   * A small business app: a flow endpoint that signs the user up and a webhook receiver, on one JDK server. It
   * gets everything from the properties a Spring or Quarkus app would read.
   */
  static final class BusinessApp {
    final List<FlowCompletion> completions = new CopyOnWriteArrayList<>();
    private final HttpServer server;
    private final ExecutorService executor = Executors.newFixedThreadPool(2);
    volatile boolean stopped;

    BusinessApp(Map<String, String> properties) {
      AppSecret secret = AppSecret.of(properties.get("whatsapp.app-secret"));
      FlowEndpoint endpoint = FlowEndpoint.builder()
          .privateKey(BusinessKeys.readPrivateKey(properties.get("whatsapp.private-key")))
          .appSecret(secret)
          .handler(FlowRouter.builder()
              .dataExchange("JOIN", request -> FlowResponse.close(request.requireFlowToken(),
                  Map.of("member", request.dataString("name").orElse("?"))))
              .build())
          .build();
      try {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1",
            Integer.parseInt(properties.get("whatsapp.callback-port"))), 0);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      server.createContext("/flow", new JdkFlowEndpointHandler(endpoint));
      server.createContext("/webhook", WebhookHttpHandler.create(
          WebhookVerifier.create(secret, properties.get("whatsapp.verify-token")),
          notification -> completions.addAll(notification.eventsOf(FlowCompletion.class))));
      server.setExecutor(executor);
      server.start();
    }

    void stop() {
      server.stop(0);
      executor.shutdownNow();
      stopped = true;
    }
  }

  @Fixture
  @WhatsAppFlowTest(callbackPort = "0", endpointUri = "/flow", flows = "classpath:flows/signup.json",
      publish = "true")
  static class JourneyTestCase {
    static volatile BusinessApp app;

    @BeforeAll
    static void startTheBusinessApp(WhatsAppPlatform platform) {
      app = new BusinessApp(platform.applicationProperties());   // listening before the flow is published
    }

    @AfterAll
    static void stopTheBusinessApp() {
      app.stop();
    }

    @Test
    void signs_up(WhatsAppPlatform platform, GraphApiClient graph, @User("447700900123") SimulatedPhone phone) {
      assertThat(graph.getFlow(platform.flowId("signup")).status()).contains(FlowStatus.PUBLISHED);
      SentMessage sent = graph.sendFlowMessage(platform.phoneNumberId(), FlowMessage.builder("447700900123",
          "Join us").flowId(platform.flowId("signup")).flowToken("signup-7").navigate("JOIN", Map.of()).build());

      FlowSession session = phone.openLatest().fill("name", "Ada").tapFooter();

      assertThat(session.isCompleted()).isTrue();
      Delivery delivery = platform.awaitCompletion(sent.messageId());
      assertThat(delivery.state()).isEqualTo(DeliveryState.DELIVERED);
      assertThat(app.completions).singleElement().satisfies(completion -> {
        assertThat(completion.contextMessageId()).hasValue(sent.messageId());
        assertThat(completion.flowToken()).hasValue("signup-7");
        assertThat(completion.response().path("member").asString()).isEqualTo("Ada");
      });
    }
  }
}
