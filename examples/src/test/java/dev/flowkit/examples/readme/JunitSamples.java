package dev.flowkit.examples.readme;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static dev.flowkit.junit.assertions.FlowAssertions.assertThatFlowJson;

import dev.flowkit.graph.FlowStatus;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.phone.FlowSession;
import java.nio.file.Path;

/**
 * The assertion catalogue of {@code junit-extension/README.md}. Each line is a different situation (a session that
 * completed, one closed with 427, ...), so the method only compiles; {@link LoginFlowTest} and
 * {@link SignUpJourneyTest} run the same assertions on real journeys.
 */
final class JunitSamples {

  private JunitSamples() {
  }

  static void assertions(FlowSession session, MockWhatsApp whatsapp, String wamid, String json) {
    assertThat(session).isOnScreen("DETAILS").showsText("Wrong PIN").hasFieldValue("name", "Ada")
        .hasFooterEnabled().sentDataContains("name", "Ada");          // the last data_exchange's data
    assertThat(session).hasFieldError("email", "not a valid email");  // shown under the field, or why a tap was blocked
    assertThat(session).isCompletedWith("order", "A-1");              // or a Map, or isCompletedWithJson("{...}")
    assertThat(session).isClosedWithError("This order has expired");  // the endpoint's 427
    assertThat(session).transcript().hasActions("INIT", "data_exchange").lastExchange().hasStatus(200);
    assertThat(whatsapp).hasSentFlowMessageTo("447700900123", "order", "order-7")
        .hasDeliveredCompletionFor(wamid)                              // waits up to 5 s; waitingForWebhooksUpTo(...)
        .hasFlowInState("order", FlowStatus.PUBLISHED);
    assertThatFlowJson(Path.of("flows/order.json")).isValid().hasNoWarnings();   // or a String; assertThat(FlowJson)
    assertThatFlowJson(json).hasValidationError("INVALID_PROPERTY_VALUE", 5);    // code, at line
  }
}
