package dev.flowkit.mock.graph;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.TestFlows;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.JsonNode;

/** What a send stores survives a restart with a data directory, flow and all. */
class MessagesRestartTest {

  @Test
  void a_sent_flow_message_and_a_template_are_still_there_after_a_restart(@TempDir Path dir) {
    MockWhatsAppConfig config = MockWhatsAppConfig.builder().dataDir(dir).build();
    String wamid;
    String templates;
    try (MockWhatsApp first = MockWhatsApp.start(config)) {
      GraphApiClient client = GraphApiClient.builder().baseUrl(first.baseUrl()).accessToken(first.accessToken())
          .build();
      String flowId = TestFlows.put(first, "booking", "PUBLISHED");
      wamid = client.sendFlowMessage(first.phoneNumberId(), FlowMessage.builder("447700900123", "Book")
          .flowId(flowId).navigate("PICK_SLOT", Map.of("clinic", "Harbour")).bizOpaqueCallbackData("c-1").build())
          .messageId();
      templates = "/v21.0/" + first.wabaId() + "/message_templates";
      Http.postJson(first.baseUrl() + templates, first.accessToken(), TemplatesTest.template("offer",
          TemplatesTest.flowButton("\"flow_id\":\"" + flowId + "\"")));
    }

    try (MockWhatsApp second = MockWhatsApp.start(config)) {
      JsonNode flow = TestFlows.storedFlow(second, "447700900123", wamid);
      JsonNode listed = Http.get(second.baseUrl() + templates, second.accessToken()).body().get("data");

      assertThat(flow.get("screen").asString()).isEqualTo("PICK_SLOT");
      assertThat(flow.get("data").get("clinic").asString()).isEqualTo("Harbour");
      assertThat(flow.get("flowJson").asString()).isEqualTo(TestFlows.JSON);
      assertThat(listed).extracting(t -> t.get("name").asString()).containsExactly("offer");
    }
  }
}
