package dev.flowkit.mock.flows;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.Flow;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowField;
import dev.flowkit.graph.FlowMetric;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.testing.Http;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Flows, their assets and endpoint counters survive a restart on the same data directory. */
class FlowPersistenceTest {

  @Test
  void a_published_flow_with_traffic_reads_the_same_after_a_restart(@TempDir Path dir) {
    MockWhatsAppConfig config = MockWhatsAppConfig.builder().dataDir(dir).build();
    String id;
    String downloadPath;
    try (MockWhatsApp first = MockWhatsApp.start(config)) {
      GraphApiClient client = GraphApiClient.builder().baseUrl(first.baseUrl()).accessToken(first.accessToken())
          .build();
      id = client.createFlow(first.wabaId(), CreateFlowRequest.builder("durable", FlowCategory.SIGN_UP)
          .flowJson(FlowFixtures.STATIC_FLOW).publish(true).build()).id();
      Http.postNoAuth(first.baseUrl() + "/_flowkit/flows/" + id + "/endpoint_requests",
          "application/x-www-form-urlencoded", "count=300");
      downloadPath = client.listAssets(id).data().get(0).downloadUrl().orElseThrow()
          .substring(first.baseUrl().length());
    }
    try (MockWhatsApp second = MockWhatsApp.start(config)) {
      GraphApiClient client = GraphApiClient.builder().baseUrl(second.baseUrl()).accessToken(second.accessToken())
          .build();

      Flow flow = client.getFlow(id, FlowField.STATUS, FlowField.JSON_VERSION);
      FlowMetric count = client.metric(id, FlowMetric.Name.ENDPOINT_REQUEST_COUNT, FlowMetric.Granularity.LIFETIME,
          null, null);

      assertThat(flow.status()).contains(FlowStatus.PUBLISHED);
      assertThat(flow.jsonVersion()).contains("7.3");
      assertThat(count.dataPoints().get(0).data().get(0).value()).isEqualTo(300.0);
      assertThat(Http.getNoAuth(second.baseUrl() + downloadPath).body())
          .isEqualTo(Http.MAPPER.readTree(FlowFixtures.STATIC_FLOW));
    }
  }
}
