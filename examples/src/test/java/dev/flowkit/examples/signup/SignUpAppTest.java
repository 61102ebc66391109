package dev.flowkit.examples.signup;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;
import static dev.flowkit.junit.assertions.FlowAssertions.assertThatFlowJson;
import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.junit.User;
import dev.flowkit.junit.WhatsAppFlowTest;
import dev.flowkit.junit.WhatsAppPlatform;
import dev.flowkit.mock.phone.EndpointExchange;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.validation.FlowJsonValidator;
import java.util.Map;
import java.util.OptionalInt;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The sign-up app against the mock platform: the app itself creates, uploads, publishes and sends the flow through
 * the Graph API, a simulated phone walks it, and the app's own webhook receiver gets the completion.
 */
@WhatsAppFlowTest(callbackPort = "0", endpointUri = "/flow")
class SignUpAppTest {

  private static final String USER = "447700900123";
  private static SignUpApp app;
  private String flowId = "";

  @BeforeAll
  static void startTheApp(WhatsAppPlatform platform) {
    app = SignUpApp.start(platform.applicationProperties());
  }

  @AfterAll
  static void stopTheApp() {
    app.close();
  }

  @BeforeEach
  void publishTheFlow() {
    flowId = app.createAndPublish();
  }

  @Test
  void the_flow_json_built_in_java_is_valid() {
    String json = FlowJsonMapper.writePretty(SignUpFlow.flowJson());
    assertThat(FlowJsonValidator.validate(json).errors()).isEmpty();
    assertThatFlowJson(json).isValid();
  }

  @Test
  void a_new_user_signs_up_logs_in_and_the_app_receives_the_completion(WhatsAppPlatform platform,
      @User(USER) SimulatedPhone phone) {
    SentMessage sent = app.sendTo(USER, flowId);

    FlowSession session = signUp(phone.openLatest(), "Ada", "ada@example.com", "secret123", "secret123");
    assertThat(session).isOnScreen("LOGIN").hasFieldValue("email", "ada@example.com");

    session.fill("password", "secret123").tapFooter();
    assertThat(session).isOnScreen("LOGIN_SUCCESS").showsText("You are now logged in");

    session.optIn("stay_logged_in", true).tapFooter();
    assertThat(session).isCompletedWith("stay_logged_in", true);
    platform.awaitCompletion(sent.messageId());
    assertThat(app.completions()).singleElement().satisfies(done -> {
      assertThat(done.contextMessageId()).hasValue(sent.messageId());
      assertThat(done.response().path("stay_logged_in").asBoolean()).isTrue();
    });
    assertThat(app.users().find("ada@example.com")).hasValueSatisfying(user ->
        assertThat(user.firstName()).isEqualTo("Ada"));
  }

  @Test
  void mismatched_passwords_keep_the_user_on_sign_up_with_an_error(@User(USER) SimulatedPhone phone) {
    app.sendTo(USER, flowId);

    FlowSession session = signUp(phone.openLatest(), "Ada", "mismatch@example.com", "secret123", "secret124");

    assertThat(session).isOnScreen("SIGN_UP").showsText("Passwords do not match")
        .hasFieldValue("email", "mismatch@example.com");
    assertThat(app.users().find("mismatch@example.com")).isEmpty();
  }

  @Test
  void logging_in_unregistered_tells_the_user_to_sign_up(@User(USER) SimulatedPhone phone) {
    app.sendTo(USER, flowId);

    FlowSession session = phone.openLatest().tapLink("Click here to login")
        .fill("email", "nobody@example.com").fill("password", "whatever1").tapFooter();

    assertThat(session).isOnScreen("LOGIN").showsText("You are not registered. Please sign up")
        .hasFieldValue("email", "nobody@example.com");
    session.back().tapLink("Click here to sign up");
    assertThat(session).isOnScreen("SIGN_UP");
  }

  @Test
  void a_wrong_password_keeps_the_user_on_login_with_an_error(@User(USER) SimulatedPhone phone) {
    app.sendTo(USER, flowId);
    FlowSession session = signUp(phone.openLatest(), "Grace", "grace@example.com", "secret123", "secret123");

    session.fill("password", "secret999").tapFooter();

    assertThat(session).isOnScreen("LOGIN").showsText("Incorrect password");
    assertThat(session.isCompleted()).isFalse();
  }

  @Test
  void a_token_the_app_did_not_issue_closes_the_flow_with_427(WhatsAppPlatform platform, GraphApiClient graph,
      @User(USER) SimulatedPhone phone) {
    graph.sendFlowMessage(platform.phoneNumberId(), FlowMessage.builder(USER, "Sign up").flowId(flowId)
        .flowToken("forged-token").navigate(SignUpFlow.START, Map.of()).build());

    FlowSession session = signUp(phone.openLatest(), "Ada", "ada@example.com", "secret123", "secret123");

    assertThat(session).isClosedWithError(SignUpApp.EXPIRED_MESSAGE);
    assertThat(session).transcript().lastExchange().hasStatus(427);
  }

  @Test
  void an_expired_token_closes_the_flow_with_427(@User(USER) SimulatedPhone phone) {
    app.sendTo(USER, flowId);
    FlowSession session = phone.openLatest();
    app.expire(session.flowToken());

    signUp(session, "Ada", "ada@example.com", "secret123", "secret123");

    assertThat(session).isClosedWithError(SignUpApp.EXPIRED_MESSAGE);
  }

  @Test
  void after_a_key_rotation_the_phone_refetches_the_key_and_the_request_goes_through(
      @User(USER) SimulatedPhone phone) {
    app.sendTo(USER, flowId);
    FlowSession session = phone.openLatest();  // the phone holds the key registered when it opened the flow
    app.rotateKey();                           // new pair; the new public key is uploaded

    signUp(session, "Ada", "ada@example.com", "secret123", "secret123");

    assertThat(session).isOnScreen("LOGIN");
    EndpointExchange exchange = session.transcript().exchanges().get(session.transcript().exchanges().size() - 1);
    assertThat(exchange.attempts()).extracting(EndpointExchange.Attempt::httpStatus)
        .containsExactly(OptionalInt.of(421), OptionalInt.of(200));
  }

  private static FlowSession signUp(FlowSession session, String firstName, String email, String password,
      String confirmation) {
    return session.tapLink("Click here to sign up")
        .fill("first_name", firstName).fill("last_name", "Lovelace").fill("email", email)
        .fill("password", password).fill("confirm_password", confirmation)
        .tapFooter();
  }

}
