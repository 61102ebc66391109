package dev.flowkit.examples.readme;

import static dev.flowkit.junit.assertions.FlowAssertions.assertThat;

import dev.flowkit.examples.signup.SignUpApp;
import dev.flowkit.graph.SentMessage;
import dev.flowkit.junit.User;
import dev.flowkit.junit.WhatsAppFlowTest;
import dev.flowkit.junit.WhatsAppPlatform;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The root README's quick start: one journey through the sign-up example, as the reader first sees it run. */
@WhatsAppFlowTest(callbackPort = "0", endpointUri = "/flow")   // the app's /flow and /webhook on one free port
class SignUpJourneyTest {

  static SignUpApp app;

  @BeforeAll
  static void startTheApp(WhatsAppPlatform platform) {
    app = SignUpApp.start(platform.applicationProperties());   // base URL, token, ids, app secret, private key
  }

  @AfterAll
  static void stopTheApp() {
    app.close();
  }

  @Test
  void a_new_user_signs_up_logs_in_and_the_app_hears_of_it(WhatsAppPlatform platform,
      @User("447700900123") SimulatedPhone phone) {
    SentMessage sent = app.sendTo("447700900123", app.createAndPublish());   // the app's own Graph API calls

    FlowSession session = phone.openLatest().tapLink("Click here to sign up")
        .fill("first_name", "Ada").fill("last_name", "Lovelace").fill("email", "ada@example.com")
        .fill("password", "secret123").fill("confirm_password", "secret123")
        .tapFooter();                                          // an encrypted data_exchange to the app's endpoint
    assertThat(session).isOnScreen("LOGIN").hasFieldValue("email", "ada@example.com");

    session.fill("password", "secret123").tapFooter();
    assertThat(session).isOnScreen("LOGIN_SUCCESS").showsText("You are now logged in");

    session.optIn("stay_logged_in", true).tapFooter();
    assertThat(session).isCompletedWith("stay_logged_in", true);
    platform.awaitCompletion(sent.messageId());                // the signed nfm_reply reached the app's webhook
  }
}
