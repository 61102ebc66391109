package dev.flowkit.mock.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.FlowUpdate;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import dev.flowkit.mock.testing.Callback;
import dev.flowkit.mock.webhook.Delivery;
import dev.flowkit.mock.webhook.DeliveryState;
import dev.flowkit.mock.webhook.WebhookKind;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code flowkit simulate --platform}: a business publishes and sends the login flow through core's
 * {@link GraphApiClient} to a real mock platform, its endpoint (core's library) answers on loopback, and the CLI,
 * knowing only the platform's URL and the user, walks the message from scripted standard input.
 */
class SimulatePlatformCommandTest {

  static final String USER = "447700900123";

  static Callback business;
  static MockWhatsApp whatsapp;
  static GraphApiClient client;

  @TempDir
  Path dir;

  LoginEndpoint endpoint;

  @BeforeAll
  static void start() {
    business = new Callback(LoginEndpoint.SECRET, "verify-me");
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().appSecret(LoginEndpoint.SECRET)
        .callbackUrl(business.url()).build());
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
    business.close();
  }

  @BeforeEach
  void reset() throws IOException {
    whatsapp.reset();
    endpoint = new LoginEndpoint();
  }

  @AfterEach
  void stopEndpoint() {
    endpoint.close();
  }

  /** Publishes the login flow with the endpoint and its key; its id. */
  private String publishLogin() throws IOException {
    String flowId = client.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("login", FlowCategory.SIGN_IN)
        .flowJson(Files.readString(NodeEndpoint.resource("login.json"))).build()).requireValid().id();
    client.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri(endpoint.url().toString()).build());
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), Files.readString(endpoint.publicKeyFile(dir)));
    client.publish(flowId);
    return flowId;
  }

  /** Sends the flow to the user; the message id. */
  private static String send(String flowId, String token) {
    return client.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder(USER, "Log in").flowId(flowId)
        .flowToken(token).dataExchange().build()).messageId();
  }

  @Test
  void the_latest_message_is_walked_to_the_end_and_the_business_gets_the_signed_nfm_reply() throws IOException {
    String wamid = send(publishLogin(), "tok-platform");
    String script = String.join("\n",
        "fill email " + NodeEndpoint.EMAIL,
        "fill password " + NodeEndpoint.PASSWORD,
        "tap footer",
        "tap footer",
        "");

    Cli.Result result = Cli.flowkitWithInput(script, "simulate", "--platform", whatsapp.baseUrl(), "--user",
        "+" + USER);

    assertThat(result.status()).as(result.out() + result.err()).isZero();
    assertThat(result.out())
        .contains("opened flow message " + wamid)
        .contains("LOGIN \"Log in\"", "[TextBody] Corner Shop")
        .contains("WELCOME \"Welcome\" (terminal)", "[TextHeading] Ada")
        .contains("flow completed; the reply sent to the business:", "\"flow_token\" : \"tok-platform\"")
        .doesNotContain(NodeEndpoint.PASSWORD).doesNotContain(LoginEndpoint.SECRET);
    List<Delivery> replies = whatsapp.webhookJournal().await(d -> d.kind() == WebhookKind.FLOW_COMPLETION
        && d.state() == DeliveryState.DELIVERED, 1, Duration.ofSeconds(20), "the nfm_reply taken by the business");
    assertThat(replies.get(0).payload()).contains(wamid, "tok-platform", USER);
  }

  @Test
  void message_opens_the_given_one_rather_than_the_latest() throws IOException {
    String flowId = publishLogin();
    String first = send(flowId, "tok-first");
    send(flowId, "tok-second");

    Cli.Result result = Cli.flowkitWithInput("transcript\nquit\n", "simulate", "--platform", whatsapp.baseUrl(),
        "--user", USER, "--message", first);

    assertThat(result.status()).isEqualTo(1);
    assertThat(result.out()).contains("opened flow message " + first, "LOGIN \"Log in\"",
        "quit: the flow did not complete");
  }

  @Test
  void a_message_that_does_not_open_prints_why_and_exits_with_1() throws IOException {
    send(publishLogin(), "tok-1");

    Cli.Result unknown = Cli.flowkit("simulate", "--platform", whatsapp.baseUrl(), "--user", USER, "--message",
        "wamid.nothing");
    Cli.Result nobody = Cli.flowkit("simulate", "--platform", whatsapp.baseUrl(), "--user", "447700900999");
    int port;
    try (ServerSocket socket = new ServerSocket(0)) {
      port = socket.getLocalPort();
    }
    Cli.Result down = Cli.flowkit("simulate", "--platform", "http://127.0.0.1:" + port, "--user", USER);

    assertThat(unknown.status()).isEqualTo(1);
    assertThat(unknown.err()).startsWith("simulate: the message does not open (UNKNOWN_MESSAGE): ")
        .contains("wamid.nothing");
    assertThat(nobody.status()).isEqualTo(1);
    assertThat(nobody.err()).contains("has received no flow message");
    assertThat(down.status()).isEqualTo(1);
    assertThat(down.err()).contains("http://127.0.0.1:" + port, "did not answer");
  }

  @Test
  void usage_errors_exit_with_2_and_say_what_to_fix() {
    String flow = NodeEndpoint.resource("login.json").toString();
    String url = whatsapp.baseUrl();

    assertUsage(Cli.flowkit("simulate"), "give --flow FILE");
    assertUsage(Cli.flowkit("simulate", "--flow", flow, "--platform", url, "--user", USER), "not both");
    assertUsage(Cli.flowkit("simulate", "--platform", url), "--platform needs --user");
    assertUsage(Cli.flowkit("simulate", "--flow", flow, "--user", USER), "--user and --message go with --platform");
    assertUsage(Cli.flowkit("simulate", "--platform", url, "--user", USER, "--endpoint", "http://127.0.0.1:1/x",
        "--flow-token", "t"), "it takes no --endpoint, --flow-token");
    assertUsage(Cli.flowkit("simulate", "--platform", url, "--user", USER, "--data-exchange"),
        "it takes no --data-exchange");
    assertUsage(Cli.flowkit("simulate", "--platform", "localhost", "--user", USER), "--platform: ");
    assertUsage(Cli.flowkit("simulate", "--platform", url, "--user", "ada"), "--user: ");
  }

  private static void assertUsage(Cli.Result result, String says) {
    assertThat(result.status()).as(result.err()).isEqualTo(2);
    assertThat(result.err()).startsWith("simulate: ").contains(says);
  }
}
