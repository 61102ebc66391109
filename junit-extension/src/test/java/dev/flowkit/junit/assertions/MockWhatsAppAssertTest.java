package dev.flowkit.junit.assertions;

import static dev.flowkit.junit.assertions.Failures.messageOf;
import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.graph.FlowUpdate;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.mock.webhook.WebhookKind;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The platform assertions against a real {@link MockWhatsApp}: the shop publishes its order flow through core's
 * Graph client, sends it, the user's simulated phone walks it against the shop's endpoint and the completion
 * webhook goes to the shop's receiver.
 */
class MockWhatsAppAssertTest {

  static final String USER = "447700900123";
  static final Shop shop = Shop.shared();
  static MockWhatsApp whatsapp;
  static GraphApiClient graph;

  @BeforeAll
  static void start() {
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().appSecret(Shop.SECRET)
        .callbackUrl(shop.webhookUrl().toString()).build());
    graph = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
  }

  @BeforeEach
  void reset() {
    whatsapp.reset();
  }

  /** Creates and publishes the order flow with the shop's endpoint and key; its id. */
  private static String publishedOrderFlow() {
    String flowId = graph.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("order", FlowCategory.OTHER)
        .flowJson(Shop.FLOW).build()).requireValid().id();
    graph.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri(shop.endpointUrl().toString()).build());
    graph.setBusinessPublicKey(whatsapp.phoneNumberId(), shop.keys.getPublic());
    graph.publish(flowId);
    return flowId;
  }

  private static String sendOrder(String flowId) {
    return graph.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder("+" + USER, "Order now")
        .flowId(flowId).flowToken("order-7").dataExchange().build()).messageId();
  }

  @Test
  void messages_sent_to_a_user_by_count_flow_token_and_button() {
    String flowId = publishedOrderFlow();
    String wamid = sendOrder(flowId);
    String text = graph.sendText(whatsapp.phoneNumberId(), USER, "Thanks!").messageId();

    assertThat(whatsapp).hasSentMessagesTo(USER, 2).hasSentFlowMessagesTo("+" + USER, 1)
        .hasSentFlowMessageTo(USER, "order").hasSentFlowMessageTo(USER, flowId, "order-7")
        .hasSentFlowMessageWithCta(USER, "Order now");
    assertThat(messageOf(() -> assertThat(whatsapp).hasSentFlowMessageTo(USER, "ordr"))).isEqualTo("""
        Expected a flow message to 447700900123 for flow ordr but there is none; the closest flow is order
        The flow messages:
          - %s: flow order (id %s), token order-7, button "Order now", data_exchange""".formatted(wamid, flowId));
    assertThat(messageOf(() -> assertThat(whatsapp).hasSentFlowMessageTo(USER, "order", "order-8"))).isEqualTo("""
        Expected a flow message to 447700900123 for flow order with the flow token order-8 but its flow messages \
        carry order-7; the closest token is order-7
        The flow messages:
          - %s: flow order (id %s), token order-7, button "Order now", data_exchange""".formatted(wamid, flowId));
    assertThat(messageOf(() -> assertThat(whatsapp).hasSentFlowMessageWithCta(USER, "Order"))).isEqualTo("""
        Expected a flow message to 447700900123 with the button "Order" but there is none; the closest button is \
        "Order now"
        The flow messages:
          - %s: flow order (id %s), token order-7, button "Order now", data_exchange""".formatted(wamid, flowId));
    assertThat(messageOf(() -> assertThat(whatsapp).hasSentMessagesTo(USER, 1))).isEqualTo("""
        Expected 1 message(s) sent to 447700900123 but there were 2: %s (interactive), %s (text)""".formatted(wamid, text));
    assertThat(messageOf(() -> assertThat(whatsapp).hasSentFlowMessagesTo("15550001111", 1)))
        .isEqualTo("Expected 1 flow message(s) sent to 15550001111 but there were 0\nThe flow messages: none");
  }

  @Test
  void a_completion_webhook_is_found_by_message_id_or_flow_token() {
    String wamid = sendOrder(publishedOrderFlow());
    FlowSession session = whatsapp.phone(USER).openLatest().fill("name", "Ada").fill("email", "ada@example.com")
        .fill("pin", "2468").tapFooter().tapFooter();

    assertThat(session).isCompleted();
    assertThat(whatsapp).hasDeliveredCompletionFor(wamid).hasDeliveredCompletionFor("order-7")
        .hasWebhooks(WebhookKind.FLOW_COMPLETION, 1).hasWebhooks(WebhookKind.FLOW_COMPLETION, DeliveryState.DELIVERED, 1);
    assertThat(messageOf(() -> assertThat(whatsapp).waitingForWebhooksUpTo(Duration.ZERO)
        .hasDeliveredCompletionFor("order-8"))).startsWith("""
        Expected a delivered flow completion webhook for order-8 but there is none; the closest message id or token is \
        order-7; the completion webhooks:
          - d-""");
    assertThat(messageOf(() -> assertThat(whatsapp).waitingForWebhooksUpTo(Duration.ofMillis(20))
        .hasWebhooks(WebhookKind.FLOW_COMPLETION, 2))).startsWith("""
        Expected 2 FLOW_COMPLETION webhook(s) but 1 was found within <n> ms
        The webhook journal holds """);
  }

  @Test
  void flows_by_name_or_id_and_state() {
    String flowId = publishedOrderFlow();

    assertThat(whatsapp).hasFlow("order").hasFlow(flowId).hasFlowInState("order", FlowStatus.PUBLISHED);
    assertThat(messageOf(() -> assertThat(whatsapp).hasFlowInState(flowId, FlowStatus.DRAFT))).isEqualTo("""
        Expected flow %s to be DRAFT but it is PUBLISHED
        The flows: order (id %s, PUBLISHED)""".formatted(flowId, flowId));
    assertThat(messageOf(() -> assertThat(whatsapp).hasFlow("ordr"))).isEqualTo("""
        Expected a flow named or with the id ordr but there is none; the closest flow is order
        The flows: order (id %s, PUBLISHED)""".formatted(flowId));
  }
}
