package dev.flowkit.junit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.Flow;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.webhook.WebhookKind;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.BrokenBarrierException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class WhatsAppFlowTestParallelTest {

  private static final int CLASSES = 3;

  @Test
  void classes_running_at_the_same_time_each_get_their_own_platform() {
    ParallelTestCase.together = new CyclicBarrier(CLASSES);
    ParallelTestCase.baseUrls.clear();

    Fixtures.run(Map.of(
            "junit.jupiter.execution.parallel.enabled", "true",
            "junit.jupiter.execution.parallel.mode.default", "same_thread",
            "junit.jupiter.execution.parallel.mode.classes.default", "concurrent",
            "junit.jupiter.execution.parallel.config.strategy", "fixed",
            "junit.jupiter.execution.parallel.config.fixed.parallelism", Integer.toString(CLASSES)),
            FirstTestCase.class, SecondTestCase.class, ThirdTestCase.class)
        .testEvents().assertStatistics(stats -> stats.started(2 * CLASSES).succeeded(2 * CLASSES));

    assertThat(ParallelTestCase.baseUrls).hasSize(CLASSES);
  }

  /**
   * Each class meets the others at a barrier while its platform is running (so they do run at the same time),
   * then makes flows and sees only its own.
   */
  @Fixture
  @WhatsAppFlowTest(flows = "classpath:flows/welcome.json")
  abstract static class ParallelTestCase {
    static volatile CyclicBarrier together = new CyclicBarrier(CLASSES);
    static final Set<String> baseUrls = ConcurrentHashMap.newKeySet();

    @BeforeAll
    static void meet(WhatsAppPlatform platform) throws InterruptedException, BrokenBarrierException,
        TimeoutException {
      baseUrls.add(platform.baseUrl());
      together.await(30, TimeUnit.SECONDS);   // a bound, not a measurement: fails if the classes ran one by one
    }

    @Test
    void sees_only_its_own_flows(WhatsAppPlatform platform, GraphApiClient graph) {
      String mine = graph.createFlow(platform.wabaId(), CreateFlowRequest.builder(getClass().getSimpleName(),
          FlowCategory.OTHER).build()).id();
      assertThat(graph.listFlows(platform.wabaId()).data()).extracting(Flow::id)
          .containsExactlyInAnyOrder(platform.flowId("welcome"), mine);
    }

    @Test
    void sees_only_its_own_messages(WhatsAppPlatform platform, GraphApiClient graph) {
      String user = "4477009" + Math.abs(getClass().getSimpleName().hashCode() % 100000);
      graph.sendText(platform.phoneNumberId(), user, "hello");
      assertThat(platform.awaitWebhooks(WebhookKind.MESSAGE_STATUS, 2))
          .allSatisfy(d -> assertThat(d.payload()).contains(user));
    }
  }

  static class FirstTestCase extends ParallelTestCase {}

  static class SecondTestCase extends ParallelTestCase {}

  static class ThirdTestCase extends ParallelTestCase {}
}
