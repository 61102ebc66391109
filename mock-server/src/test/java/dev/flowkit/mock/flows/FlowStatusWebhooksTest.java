package dev.flowkit.mock.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.webhook.FlowStatusChange;
import dev.flowkit.webhook.FlowStatusChange.FlowStatus;
import dev.flowkit.webhook.WebhookHttpHandler;
import dev.flowkit.webhook.WebhookNotification;
import dev.flowkit.webhook.WebhookVerifier;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Flow status change webhooks (spec/platform.md section 6.7) reach the app's callback, signed with its secret, and
 * parse with core's webhook receiver: creation, publish, the monitoring transitions driven through the control
 * API, and deprecation.
 */
class FlowStatusWebhooksTest {

  static final String SECRET = "abcdefabcdefabcdefabcdefabcdef12";
  static HttpServer receiver;
  static ExecutorService executor;
  static final List<WebhookNotification> received = new CopyOnWriteArrayList<>();
  static MockWhatsApp whatsapp;
  static GraphApiClient client;

  @BeforeAll
  static void start() throws IOException {
    receiver = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    receiver.createContext("/hooks", WebhookHttpHandler.create(
        WebhookVerifier.create(AppSecret.of(SECRET), "verify"), received::add));
    executor = Executors.newFixedThreadPool(2);
    receiver.setExecutor(executor);
    receiver.start();
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().appSecret(SECRET)
        .callbackUrl("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks").build());
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
    receiver.stop(0);
    executor.shutdownNow();
  }

  private static void setStatus(String flowId, String status) {
    Http.Reply reply = Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/flows/" + flowId + "/status",
        "application/x-www-form-urlencoded", "status=" + status);
    assertThat(reply.status()).isEqualTo(200);
  }

  @Test
  void every_status_change_of_a_flows_life_arrives_signed_and_parses() {
    String id = client.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("watched", FlowCategory.SURVEY)
        .flowJson(FlowFixtures.STATIC_FLOW).build()).id();
    client.publish(id);
    setStatus(id, "THROTTLED");
    setStatus(id, "BLOCKED");
    setStatus(id, "THROTTLED");
    setStatus(id, "PUBLISHED");
    client.deprecate(id);

    whatsapp.webhookJournal().await(d -> d.state() == DeliveryState.DELIVERED && d.payload().contains(id), 7,
        Duration.ofSeconds(20), "7 status changes of flow " + id + " delivered");

    List<String> changes = new ArrayList<>();
    for (WebhookNotification n : received) {
      for (FlowStatusChange c : n.eventsOf(FlowStatusChange.class)) {
        if (!c.flowId().equals(id)) {
          continue;
        }
        assertThat(c.businessAccountId()).isEqualTo(whatsapp.wabaId());
        changes.add(c.oldStatus().map(FlowStatus::name).orElse("-") + ">" + c.newStatus());
      }
    }
    assertThat(changes).containsExactlyInAnyOrder("->DRAFT", "DRAFT>PUBLISHED", "PUBLISHED>THROTTLED",
        "THROTTLED>BLOCKED", "BLOCKED>THROTTLED", "THROTTLED>PUBLISHED", "PUBLISHED>DEPRECATED");
  }

  @Test
  void the_control_api_refuses_monitoring_a_draft() {
    String id = client.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("draft only", FlowCategory.SURVEY)
        .build()).id();

    Http.Reply reply = Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/flows/" + id + "/status",
        "application/json", "{\"status\":\"BLOCKED\"}");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error().get("code").asInt()).isEqualTo(100);
    assertThat(Optional.ofNullable(reply.error().get("error_user_msg")).map(n -> n.asString()).orElse(""))
        .contains("DRAFT");
  }
}
