package dev.flowkit.examples.readme;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.junit.BusinessKeyPair;
import dev.flowkit.junit.User;
import dev.flowkit.junit.WhatsAppFlowTest;
import dev.flowkit.junit.WhatsAppPlatform;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import java.io.IOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The root README's "write your own": a minimal {@code @WhatsAppFlowTest} for the reader's own endpoint. */
@WhatsAppFlowTest(flows = "classpath:readme/login.json", publish = "true",
    callbackPort = "0", endpointUri = "/flow")          // your endpoint listens on a free port, at /flow
class LoginFlowTest {

  static HttpServer endpoint;

  @BeforeAll                                            // before each test publishes the flow, which pings it
  static void startYourEndpoint(WhatsAppPlatform platform, BusinessKeyPair keys) throws IOException {
    endpoint = LoginEndpoint.serve(platform.callbackPort().getAsInt(), keys.privateKey(), platform.appSecret());
  }

  @AfterAll
  static void stopYourEndpoint() {
    endpoint.stop(0);
  }

  @Test
  void a_wrong_password_keeps_the_user_on_login(@User("447700900123") SimulatedPhone phone,
      WhatsAppPlatform platform, GraphApiClient graph) {
    graph.sendFlowMessage(platform.phoneNumberId(), FlowMessage.builder("447700900123", "Log in")
        .flowId(platform.flowId("login")).flowToken("login-2").dataExchange().body("Welcome back").build());

    FlowSession session = phone.openLatest().fill("email", "ada@example.com").fill("password", "guess")
        .tapFooter();

    assertThat(session).isOnScreen("LOGIN").showsText("Wrong email or password");
  }

  @Test
  void ada_logs_in(WhatsAppPlatform platform, GraphApiClient graph, @User("447700900123") SimulatedPhone phone) {
    graph.sendFlowMessage(platform.phoneNumberId(), FlowMessage.builder("447700900123", "Log in")
        .flowId(platform.flowId("login")).flowToken("login-1").dataExchange().body("Welcome back").build());

    FlowSession session = phone.openLatest().fill("email", "ada@example.com").fill("password", "open-sesame")
        .tapFooter();
    assertThat(session).isOnScreen("WELCOME");
    session.tapFooter();
    assertThat(session).isCompletedWith("user", "Ada");
  }
}
