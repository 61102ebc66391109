package dev.flowkit.examples.finishsignup;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static dev.flowkit.junit.assertions.FlowAssertions.assertThatFlowJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.examples.finishsignup.FinishSignUpApp.SignUp;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.junit.User;
import dev.flowkit.junit.WhatsAppFlowTest;
import dev.flowkit.junit.WhatsAppPlatform;
import dev.flowkit.mock.phone.FieldError;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.mock.state.SentFlow;
import dev.flowkit.mock.webhook.WebhookKind;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The static Finish Sign Up app against the mock platform: the app creates and sends the flow through the Graph
 * API, a simulated phone opens it in navigate mode and fills it in with no endpoint at all, and the app's own
 * webhook receiver gets the completion.
 */
@WhatsAppFlowTest(callbackPort = "0")
class FinishSignUpAppTest {

  private static final String USER = "447700900321";
  private static FinishSignUpApp app;

  @BeforeAll
  static void startTheApp(WhatsAppPlatform platform) {
    app = FinishSignUpApp.start(platform.applicationProperties());
  }

  @AfterAll
  static void stopTheApp() {
    app.close();
  }

  @Test
  void the_flow_json_built_in_java_is_valid_with_no_warnings_and_has_no_endpoint() {
    FlowJson flow = FinishSignUpFlow.flowJson();

    assertThatFlowJson(FlowJsonMapper.writePretty(flow)).isValid().hasNoWarnings();
    assertThat(flow.dataApiVersion()).isEmpty();
    assertThat(flow.routingModel()).isEmpty();
    assertThat(flow.screens()).singleElement().satisfies(screen -> assertThat(screen.isTerminal()).isTrue());
  }

  @Test
  void a_user_finishes_signing_up_and_the_app_receives_the_three_values_with_its_token(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    SentMessage sent = app.sendTo(USER, app.createFlow());

    FlowSession session = phone.openLatest();
    assertThat(session).isOnScreen(FinishSignUpFlow.SIGN_UP).showsText("Finish Sign Up").hasFooterDisabled();
    session.fill("first_name", "Ada").fill("last_name", "Lovelace").fill("email", "ada@example.com");
    assertThat(session).hasFooterEnabled();
    session.tapFooter();

    assertThat(session).isCompletedWith(Map.of("first_name", "Ada", "last_name", "Lovelace",
        "email", "ada@example.com", "flow_token", session.flowToken()));
    platform.awaitCompletion(sent.messageId());
    assertThat(signUpsWith(session.flowToken())).containsExactly(
        new SignUp(session.flowToken(), USER, "Ada", "Lovelace", "ada@example.com"));
    assertThat(session.flowToken()).startsWith("fs-");
  }

  @Test
  void the_message_opens_sign_up_in_navigate_mode_and_the_phone_never_calls_an_endpoint(
      @User(USER) SimulatedPhone phone) {
    app.sendTo(USER, app.createFlow());

    SentFlow opened = phone.flowMessages().get(phone.flowMessages().size() - 1).flow();
    assertThat(opened.flowAction()).isEqualTo("navigate");
    assertThat(opened.screen()).isEqualTo(FinishSignUpFlow.SIGN_UP);
    assertThat(opened.endpointUri()).isNull();
    assertThat(opened.dataApiVersion()).isNull();

    FlowSession session = fillIn(phone.openLatest(), "Grace", "Hopper", "grace@example.com").tapFooter();

    assertThat(session).isCompleted();
    assertThat(session).transcript().hasExchangeCount(0);
    assertThat(session.endpointCounters().requestCount()).isZero();
  }

  @Test
  void done_stays_blocked_with_a_field_error_while_a_required_field_is_empty(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    SentMessage sent = app.sendTo(USER, app.createFlow());
    FlowSession session = phone.openLatest().fill("first_name", "Ada").fill("email", "ada@example.com");

    session.tapFooter();

    assertThat(session.fieldErrors()).containsExactly(new FieldError("last_name", "required"));
    assertThat(session.lastError())
        .hasValue("the Footer 'Done' is disabled until these fields are fixed: [last_name: required]");
    assertThat(session).isOnScreen(FinishSignUpFlow.SIGN_UP).hasFieldError("last_name", "required")
        .hasFooterDisabled();
    assertThat(session.isCompleted()).isFalse();

    session.fill("last_name", "Lovelace").tapFooter();
    assertThat(session).isCompletedWith("last_name", "Lovelace");
    platform.awaitCompletion(sent.messageId());
    assertThat(signUpsWith(session.flowToken())).extracting(SignUp::lastName).containsExactly("Lovelace");
  }

  @Test
  void done_stays_blocked_with_a_field_error_when_the_email_is_not_an_email(@User(USER) SimulatedPhone phone) {
    app.sendTo(USER, app.createFlow());

    FlowSession session = fillIn(phone.openLatest(), "Ada", "Lovelace", "ada.example.com").tapFooter();

    assertThat(session.fieldErrors()).containsExactly(new FieldError("email", "not a valid email"));
    assertThat(session.lastError())
        .hasValue("the Footer 'Done' is disabled until these fields are fixed: [email: not a valid email]");
    assertThat(session).isOnScreen(FinishSignUpFlow.SIGN_UP).hasFieldError("email", "not a valid email");
    assertThat(session.isCompleted()).isFalse();
  }

  @Test
  void by_default_the_flow_stays_a_draft_and_is_sent_in_draft_mode(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    String flowId = app.createFlow();
    app.sendTo(USER, flowId);

    assertThat(app.mode()).isEqualTo(FlowMessage.Mode.DRAFT);
    assertThat(platform.mock()).hasFlowInState(flowId, FlowStatus.DRAFT);
    assertThat(phone.flowMessages()).singleElement().satisfies(message ->
        assertThat(message.flow().mode()).isEqualTo("draft"));
  }

  @Test
  void with_whatsapp_publish_true_the_flow_is_published_and_sent_in_published_mode(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    Map<String, String> settings = new HashMap<>(platform.applicationProperties());
    settings.put("whatsapp.publish", "true");
    settings.put("whatsapp.callback-port", "0");  // the class's app holds the platform's callback port
    try (FinishSignUpApp publishing = FinishSignUpApp.start(settings)) {
      String flowId = publishing.createFlow();
      publishing.sendTo(USER, flowId);

      assertThat(publishing.mode()).isEqualTo(FlowMessage.Mode.PUBLISHED);
      assertThat(platform.mock()).hasFlowInState(flowId, FlowStatus.PUBLISHED);
      assertThat(phone.flowMessages()).singleElement().satisfies(message ->
          assertThat(message.flow().mode()).isEqualTo("published"));
      assertThat(phone.openLatest()).isOnScreen(FinishSignUpFlow.SIGN_UP);
    }
  }

  @Test
  void a_completion_with_a_token_the_app_did_not_issue_is_not_a_sign_up(WhatsAppPlatform platform,
      GraphApiClient graph, @User(USER) SimulatedPhone phone) {
    SentMessage sent = graph.sendFlowMessage(platform.phoneNumberId(), FlowMessage.builder(USER, "Finish Sign Up")
        .flowId(app.createFlow()).flowToken("someone-elses-token").mode(FlowMessage.Mode.DRAFT)
        .navigate(FinishSignUpFlow.SIGN_UP, Map.of()).build());

    FlowSession session = fillIn(phone.openLatest(), "Eve", "Forger", "eve@example.com").tapFooter();

    platform.awaitCompletion(sent.messageId());
    assertThat(session).isCompletedWith("flow_token", "someone-elses-token");
    assertThat(app.signUps()).extracting(SignUp::email).doesNotContain("eve@example.com");
  }

  @Test
  void a_completion_delivered_twice_is_one_sign_up(WhatsAppPlatform platform, @User(USER) SimulatedPhone phone)
      throws Exception {
    setWebhookFaults(platform, "POST", "{\"duplicate\":true}");
    try {
      app.sendTo(USER, app.createFlow());

      FlowSession session = fillIn(phone.openLatest(), "Ada", "Lovelace", "ada@example.com").tapFooter();

      assertThat(platform.awaitWebhooks(WebhookKind.FLOW_COMPLETION, 2)).hasSize(2);
      assertThat(signUpsWith(session.flowToken())).hasSize(1);
    } finally {
      setWebhookFaults(platform, "DELETE", "");
    }
  }

  private static List<SignUp> signUpsWith(String flowToken) {
    return app.signUps().stream().filter(signUp -> signUp.flowToken().equals(flowToken)).toList();
  }

  private static FlowSession fillIn(FlowSession session, String firstName, String lastName, String email) {
    return session.fill("first_name", firstName).fill("last_name", lastName).fill("email", email);
  }

  private static void setWebhookFaults(WhatsAppPlatform platform, String method, String json) throws Exception {
    HttpRequest request = HttpRequest.newBuilder(URI.create(platform.controlUrl() + "/webhooks/faults"))
        .header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json))
        .build();
    HttpResponse<String> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
  }
}
