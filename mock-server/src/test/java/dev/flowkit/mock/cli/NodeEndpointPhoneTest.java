package dev.flowkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import dev.flowkit.crypto.FlowClientCipher;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.PendingFlowRequest;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import tools.jackson.databind.json.JsonMapper;

/**
 * The standalone phone against an endpoint FlowKit did not write: {@code examples/node-endpoint/endpoint.js}, a Node process
 * doing the protocol with Node's own crypto, over real HTTP on loopback.
 */
class NodeEndpointPhoneTest {

  static NodeEndpoint node;

  @BeforeAll
  static void start(@TempDir Path dir) throws IOException {
    node = NodeEndpoint.start(dir);
  }

  @AfterAll
  static void stop() {
    if (node != null) {
      node.close();
    }
  }

  private static SimulatedPhone.Standalone login(String publicPem, String secret) {
    return SimulatedPhone.standalone().flow(NodeEndpoint.resource("login.json")).endpoint(node.url())
        .businessPublicKey(publicPem).appSecret(AppSecret.of(secret)).flowToken("tok-node")
        .keyRefetchPause(Duration.ZERO).dataExchange();
  }

  @Test
  void a_user_logs_in_through_the_node_endpoint_and_the_flow_completes_with_its_params() {
    FlowSession session = login(node.publicPem(), NodeEndpoint.SECRET).open();
    assertThat(session.screen().plainText()).contains("Log in", "Corner Shop");

    session.fill("email", NodeEndpoint.EMAIL).fill("password", NodeEndpoint.PASSWORD).tapFooter();
    assertThat(session.screen().id()).as(session.transcript().toText()).isEqualTo("WELCOME");
    session.tapFooter();

    assertThat(session.isCompleted()).as(session.transcript().toText()).isTrue();
    assertThat(session.completion()).contains(JsonMapper.builder().build()
        .readTree("{\"flow_token\":\"tok-node\",\"user\":\"Ada\"}"));
    assertThat(session.transcript().toText()).doesNotContain(NodeEndpoint.PASSWORD);
  }

  @Test
  void a_wrong_password_shows_the_endpoints_error_message_on_the_login_screen() {
    FlowSession session = login(node.publicPem(), NodeEndpoint.SECRET).open()
        .fill("email", NodeEndpoint.EMAIL).fill("password", "guess").tapFooter();

    assertThat(session.screen().id()).isEqualTo("LOGIN");
    assertThat(session.lastError()).contains("Wrong email or password");
    assertThat(session.screen().plainText()).contains("! Wrong email or password");
    assertThat(session.isOpen()).isTrue();
  }

  @Test
  void a_wrong_app_secret_is_answered_432_and_the_phone_shows_the_generic_error() {
    FlowSession session = login(node.publicPem(), "not-the-app-secret").open();

    assertThat(session.lastError()).contains(FlowSession.GENERIC_ERROR);
    assertThat(session.transcript().exchanges()).hasSize(1)
        .allSatisfy(exchange -> assertThat(exchange.httpStatus()).hasValue(432));
    assertThat(session.isCompleted()).isFalse();
  }

  @Test
  void a_public_key_the_endpoint_does_not_hold_is_answered_421_and_the_phone_shows_the_generic_error() {
    String otherKey = BusinessKeys.toPem(BusinessKeys.generate().getPublic());

    FlowSession session = login(otherKey, NodeEndpoint.SECRET).open();

    assertThat(session.lastError()).contains(FlowSession.GENERIC_ERROR);
    assertThat(session.transcript().exchanges()).isNotEmpty()
        .allSatisfy(exchange -> assertThat(exchange.httpStatus()).hasValue(421));
    assertThat(session.isCompleted()).isFalse();
  }

  @Test
  void a_ping_is_answered_active_under_the_flipped_iv() throws Exception {
    PendingFlowRequest ping = FlowClientCipher.create(BusinessKeys.readPublicKey(node.publicPem()))
        .encrypt("{\"version\":\"3.0\",\"action\":\"ping\"}");
    byte[] body = ping.body().toJsonBytes();
    HttpRequest request = HttpRequest.newBuilder(node.url()).header("Content-Type", "application/json")
        .header(HubSignature.HEADER, HubSignature.sign(body, AppSecret.of(NodeEndpoint.SECRET)))
        .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();

    HttpResponse<String> response = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build()
        .send(request, HttpResponse.BodyHandlers.ofString());

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(JsonMapper.builder().build().readTree(ping.decryptResponse(response.body())))
        .isEqualTo(JsonMapper.builder().build().readTree("{\"data\":{\"status\":\"active\"}}"));
  }
}
