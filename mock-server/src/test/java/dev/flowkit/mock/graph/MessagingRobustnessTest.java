package dev.flowkit.mock.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.GraphApiException;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.Http.Reply;
import dev.flowkit.mock.testing.TestFlows;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Bad bodies on the messaging routes get Graph errors, never a 500; concurrent sends keep the hourly limit. */
class MessagingRobustnessTest {

  static MockWhatsApp whatsapp;

  @BeforeAll
  static void start() {
    whatsapp = MockWhatsApp.start();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
  }

  @Test
  void malformed_bodies_on_every_messaging_route_answer_a_graph_error() {
    String v = whatsapp.baseUrl() + "/v21.0/";
    List<String> urls = List.of(v + whatsapp.phoneNumberId() + "/messages", v + whatsapp.wabaId()
        + "/message_templates", v + whatsapp.appId() + "/subscriptions", v + whatsapp.wabaId() + "/subscribed_apps",
        v + whatsapp.phoneNumberId());
    List<String> bodies = List.of("{", "[]", "{\"messaging_product\":\"whatsapp\",\"to\":\"4477\",\"type\":\"interactive\","
        + "\"interactive\":[1]}", "{\"messaging_product\":\"whatsapp\",\"to\":447700900123,\"type\":\"template\","
        + "\"template\":{\"name\":\"x\",\"language\":\"en\",\"components\":{}}}", "{\"components\":\"not json\","
        + "\"name\":\"ok\",\"language\":\"en\",\"category\":\"UTILITY\"}", "{\"components\":[{\"type\":\"BUTTONS\","
        + "\"buttons\":[{\"type\":\"FLOW\",\"text\":7,\"flow_json\":{}}]}],\"name\":\"ok\",\"language\":\"en\","
        + "\"category\":\"UTILITY\"}", "{\"webhook_configuration\":\"x\"}", "{\"override_callback_uri\":\"ftp://x\","
        + "\"verify_token\":\"t\"}", "{\"object\":\"whatsapp_business_account\",\"callback_url\":\"http://\","
        + "\"verify_token\":\"t\",\"fields\":[1]}");
    int refusals = 0;
    for (String url : urls) {
      for (String body : bodies) {
        Reply reply = Http.postJson(url, whatsapp.accessToken(), body);
        assertThat(reply.status()).as(url + " " + body).isLessThan(500);
        if (reply.status() != 200) {
          assertThat(reply.error().get("code").isInt()).as(url + " " + body).isTrue();
          assertThat(reply.error().get("message").asString()).as(url + " " + body).isNotEmpty();
          refusals++;
        }
      }
    }
    // Only subscribed_apps may accept some of these: it takes no required parameter and Graph ignores unknown ones.
    assertThat(refusals).isGreaterThanOrEqualTo(urls.size() * bodies.size() - bodies.size());
  }

  @Test
  void a_form_encoded_interactive_message_is_read_like_json() {
    String flowId = TestFlows.put(whatsapp, "form flow", "PUBLISHED");
    String interactive = "{\"type\":\"flow\",\"action\":{\"name\":\"flow\",\"parameters\":{\"flow_message_version\":"
        + "\"3\",\"flow_id\":\"" + flowId + "\",\"flow_cta\":\"Go\"}}}";

    Reply reply = Http.postForm(whatsapp.baseUrl() + "/v21.0/" + whatsapp.phoneNumberId() + "/messages",
        whatsapp.accessToken(), "messaging_product=whatsapp&to=447700900999&type=interactive&interactive="
            + URLEncoder.encode(interactive, StandardCharsets.UTF_8));

    assertThat(reply.status()).isEqualTo(200);
    assertThat(TestFlows.storedFlow(whatsapp, "447700900999", reply.body().get("messages").get(0).get("id")
        .asString()).get("flowId").asString()).isEqualTo(flowId);
  }

  @Test
  void concurrent_sends_of_a_throttled_flow_let_exactly_ten_through() throws Exception {
    String flowId = TestFlows.put(whatsapp, "busy", "THROTTLED");
    GraphApiClient client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken())
        .build();
    FlowMessage message = FlowMessage.builder("447700900123", "Go").flowId(flowId).build();
    ExecutorService pool = Executors.newFixedThreadPool(8);
    try {
      List<Callable<Integer>> sends = new ArrayList<>();
      for (int i = 0; i < 24; i++) {
        sends.add(() -> {
          try {
            client.sendFlowMessage(whatsapp.phoneNumberId(), message);
            return 0;
          } catch (GraphApiException e) {
            return e.code();
          }
        });
      }
      List<Integer> codes = new ArrayList<>();
      for (Future<Integer> f : pool.invokeAll(sends)) {
        codes.add(f.get());
      }

      assertThat(codes).filteredOn(c -> c == 0).hasSize(10);
      assertThat(codes).filteredOn(c -> c != 0).hasSize(14).containsOnly(132069);
    } finally {
      pool.shutdownNow();
    }
  }
}
