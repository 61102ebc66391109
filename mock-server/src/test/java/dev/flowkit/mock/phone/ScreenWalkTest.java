package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.PendingFlowRequest;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowHttpRequest;
import dev.flowkit.endpoint.FlowHttpResponse;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.FlowRouter;
import java.security.KeyPair;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.ObjectNode;

/**
 * Walks the seed guide's sign-up/login flow against a business endpoint built with FlowKit's endpoint library,
 * with real encryption but in process: the screen engine has no network, so the test carries each request to
 * {@link FlowEndpoint#handle} itself, as the conversation layer will over HTTP.
 */
class ScreenWalkTest {

  private static final KeyPair KEYS = BusinessKeys.generate();

  private final FlowEndpoint business = FlowEndpoint.builder().privateKey(KEYS.getPrivate())
      .handler(FlowRouter.builder()
          .dataExchange("SIGN_UP", request -> request.dataString("password").equals(request.dataString("confirm_password"))
              ? FlowResponse.next("LOGIN", Map.of("email_initial_value", request.dataString("email").orElse(""),
                  "password_initial_value", ""))
              : FlowResponse.stay("SIGN_UP", "Passwords do not match", Map.of("first_name_initial_value", "",
                  "last_name_initial_value", "", "email_initial_value", "", "password_initial_value", "",
                  "confirm_password_initial_value", "")))
          .dataExchange("LOGIN", request -> request.dataString("password").filter("s3cret-pass"::equals).isPresent()
              ? FlowResponse.next("LOGIN_SUCCESS")
              : FlowResponse.stay("LOGIN", "Wrong password", Map.of("email_initial_value",
                  request.dataString("email").orElse(""), "password_initial_value", "")))
          .build())
      .build();

  /** What the conversation layer will do over HTTP: encrypt, post, decrypt, hand the answer to the engine. */
  private ScreenStep send(ScreenEngine engine, ScreenStep.DataExchange exchange) {
    ObjectNode request = ScreenFlows.JSON.createObjectNode();
    request.put("version", "3.0").put("action", "data_exchange").put("screen", exchange.screen())
        .put("flow_token", "walk-token");
    request.set("data", exchange.payload());
    PendingFlowRequest pending = FlowClientCipher.create(KEYS.getPublic()).encrypt(request.toString());
    FlowHttpResponse reply = business.handle(FlowHttpRequest.of("POST", Map.of("Content-Type", "application/json"),
        pending.body().toJsonBytes()));
    assertThat(reply.status()).isEqualTo(200);
    return engine.acceptResponse(ScreenFlows.json(pending.decryptResponse(reply.body())));
  }

  private ScreenStep tapAndSend(ScreenEngine engine) {
    ScreenStep step = engine.tapFooter();
    assertThat(step).isInstanceOf(ScreenStep.DataExchange.class);
    return send(engine, (ScreenStep.DataExchange) step);
  }

  @Test
  void a_user_signs_up_fails_a_login_then_logs_in_and_completes() {
    ScreenEngine engine = new ScreenEngine(ScreenFlows.resource("sign_up_login.json"), "walk-token",
        ScreenEngineOptions.defaults());
    engine.openNavigate(Optional.empty(), Optional.empty());
    engine.tapLink("Click here to sign up");
    engine.fill("first_name", "Ada");
    engine.fill("last_name", "Lovelace");
    engine.fill("email", "ada@example.com");
    engine.fill("password", "s3cret-pass");
    engine.fill("confirm_password", "other-pass");

    ScreenStep mismatch = tapAndSend(engine);
    engine.fill("confirm_password", "s3cret-pass");
    ScreenStep login = tapAndSend(engine);
    engine.fill("password", "wrong-pass");
    ScreenStep wrong = tapAndSend(engine);
    engine.fill("password", "s3cret-pass");
    ScreenStep success = tapAndSend(engine);
    engine.optIn("stay_logged_in", true);
    ScreenStep done = engine.tapFooter();

    assertThat(mismatch).isInstanceOfSatisfying(ScreenStep.Refreshed.class, r -> {
      assertThat(r.screen().errorMessage()).contains("Passwords do not match");
      assertThat(r.screen().component("first_name").orElseThrow().valueText()).contains("Ada"); // input kept
    });
    assertThat(login).isInstanceOfSatisfying(ScreenStep.Navigated.class,
        n -> assertThat(n.screen().component("email").orElseThrow().valueText()).contains("ada@example.com"));
    assertThat(wrong).isInstanceOfSatisfying(ScreenStep.Refreshed.class,
        r -> assertThat(r.screen().plainText()).contains("! Wrong password").doesNotContain("wrong-pass"));
    assertThat(success).isInstanceOfSatisfying(ScreenStep.Navigated.class,
        n -> assertThat(n.screen().id()).isEqualTo("LOGIN_SUCCESS"));
    assertThat(engine.stack()).containsExactly("START", "SIGN_UP", "LOGIN", "LOGIN_SUCCESS");
    assertThat(done).isEqualTo(new ScreenStep.Completed(
        ScreenFlows.json("{\"stay_logged_in\":true,\"flow_token\":\"walk-token\"}")));
  }
}
