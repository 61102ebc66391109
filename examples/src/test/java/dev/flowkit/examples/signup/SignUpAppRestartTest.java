package dev.flowkit.examples.signup;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.Flow;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowField;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.junit.User;
import dev.flowkit.junit.WhatsAppFlowTest;
import dev.flowkit.junit.WhatsAppPlatform;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The app started again against the same WABA, as a business restarts it: the flow it published before is found
 * by name and reused, a draft of that name is finished and published, and a published flow of that name that
 * points at another endpoint is refused with what to do, since a published flow cannot be edited.
 */
@WhatsAppFlowTest(callbackPort = "0", endpointUri = "/flow")
class SignUpAppRestartTest {

  private static final String USER = "447700900555";

  @Test
  void a_restart_on_the_same_endpoint_reuses_the_published_flow(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    String firstId;
    int port;
    try (SignUpApp first = SignUpApp.start(settings)) {
      firstId = first.createAndPublish();
      port = first.port();
    }
    settings.put("whatsapp.callback-port", Integer.toString(port));
    try (SignUpApp again = SignUpApp.start(settings)) {
      assertThat(again.createAndPublish()).isEqualTo(firstId);
      assertThat(flows(platform)).singleElement().satisfies(flow -> {
        assertThat(flow.name()).hasValue("sign up");
        assertThat(flow.status()).hasValue(FlowStatus.PUBLISHED);
      });

      again.sendTo(USER, firstId);
      FlowSession session = phone.openLatest().tapLink("Click here to sign up")
          .fill("first_name", "Ada").fill("last_name", "Lovelace").fill("email", "ada@example.com")
          .fill("password", "engine42").fill("confirm_password", "engine42").tapFooter();
      assertThat(session).isOnScreen("LOGIN");
      assertThat(again.users().find("ada@example.com")).isPresent();
    }
  }

  @Test
  void a_draft_of_that_name_is_given_the_endpoint_and_published(WhatsAppPlatform platform) {
    String draftId = platform.graph().createFlow(platform.wabaId(),
        CreateFlowRequest.builder("sign up", FlowCategory.SIGN_UP).build()).id();
    try (SignUpApp app = SignUpApp.start(platform.applicationProperties())) {
      assertThat(app.createAndPublish()).isEqualTo(draftId);
      Flow flow = platform.graph().getFlow(draftId, FlowField.STATUS, FlowField.ENDPOINT_URI);
      assertThat(flow.status()).hasValue(FlowStatus.PUBLISHED);
      assertThat(flow.endpointUri()).hasValue(app.endpointUri());
    }
  }

  @Test
  void a_flow_of_that_name_published_for_another_endpoint_is_refused_until_another_name_is_chosen(
      WhatsAppPlatform platform) {
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    String firstId;
    try (SignUpApp first = SignUpApp.start(settings)) {
      firstId = first.createAndPublish();
    }
    Map<String, String> moved = new HashMap<>(settings);
    moved.put("whatsapp.endpoint-uri", "https://flows.example.org/sign-up");
    try (SignUpApp elsewhere = SignUpApp.start(moved)) {
      assertThatThrownBy(elsewhere::createAndPublish)
          .isInstanceOf(IllegalStateException.class)
          .hasMessageContaining("'sign up' (" + firstId + ") is published with endpoint")
          .hasMessageContaining("set whatsapp.flow-name");
    }
    settings.put("whatsapp.flow-name", "sign up v2");
    try (SignUpApp renamed = SignUpApp.start(settings)) {
      String secondId = renamed.createAndPublish();
      assertThat(secondId).isNotEqualTo(firstId);
      assertThat(flows(platform)).extracting(flow -> flow.name().orElse(""))
          .containsExactlyInAnyOrder("sign up", "sign up v2");
    }
  }

  private static List<Flow> flows(WhatsAppPlatform platform) {
    return platform.graph().listFlows(platform.wabaId(), FlowField.NAME, FlowField.STATUS).data();
  }
}
