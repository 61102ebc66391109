package dev.flowkit.examples.readme;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.CreatedFlow;
import dev.flowkit.graph.Flow;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowMessage;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.phone.FlowSession;
import dev.flowkit.mock.phone.SimulatedPhone;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import org.junit.jupiter.api.Test;

/**
 * The samples of {@code mock-server/README.md}: the mock platform in a JVM test and the simulated phone on it run
 * as tests against {@link LoginEndpoint}; the standalone phone needs files and a running endpoint, so it only
 * compiles.
 */
class MockPlatformSamplesTest {

  private static final Path LOGIN_JSON = Path.of("src/test/resources/readme/login.json");

  @Test
  void a_flow_made_on_the_mock_is_gone_after_a_reset() {
    try (MockWhatsApp whatsapp = MockWhatsApp.start()) {            // random loopback port, in memory
      GraphApiClient graph = GraphApiClient.builder().baseUrl(whatsapp.baseUrl())
          .accessToken(whatsapp.accessToken()).build();
      CreatedFlow flow = graph.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("login", FlowCategory.SIGN_IN)
          .build());
      assertThat(graph.listFlows(whatsapp.wabaId()).data()).extracting(Flow::id).containsExactly(flow.id());
      whatsapp.reset();                                              // back to the seed, in milliseconds
      assertThat(graph.listFlows(whatsapp.wabaId()).data()).isEmpty();
    }
  }

  @Test
  void the_phone_walks_a_flow_the_business_sent() throws IOException {
    KeyPair keys = BusinessKeys.generate(2048);
    try (MockWhatsApp whatsapp = MockWhatsApp.start()) {
      HttpServer endpoint = LoginEndpoint.serve(0, keys.getPrivate(), whatsapp.appSecret());
      try {
        GraphApiClient graph = GraphApiClient.builder().baseUrl(whatsapp.baseUrl())
            .accessToken(whatsapp.accessToken()).build();
        graph.setBusinessPublicKey(whatsapp.phoneNumberId(), keys.getPublic());
        CreatedFlow flow = graph.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("login", FlowCategory.SIGN_IN)
            .endpointUri("http://127.0.0.1:" + endpoint.getAddress().getPort() + "/flow").build());
        graph.uploadFlowJson(flow.id(), LOGIN_JSON).requireValid();
        graph.publish(flow.id());
        graph.sendFlowMessage(whatsapp.phoneNumberId(), FlowMessage.builder("447700900123", "Log in")
            .flowId(flow.id()).flowToken("login-7").dataExchange().body("Welcome back").build());

        SimulatedPhone phone = whatsapp.phone("447700900123");
        FlowSession session = phone.openLatest();             // or phone.open(wamid); the message's mode, token, payload
        session.fill("email", "ada@example.com")              // data_exchange: encrypted, signed, sent, answer checked
            .fill("password", "open-sesame").tapFooter();
        assertThat(session.screen().id()).isEqualTo("WELCOME");  // RenderedScreen: components, values, errors, plainText()
        session.tapFooter();                                  // complete: nfm_reply webhook to the business's callback
        assertThat(session.completion()).isPresent();         // response_json, flow_token included
      } finally {
        endpoint.stop(0);
      }
    }
  }

  static FlowSession standalone() throws IOException {
    FlowSession session = SimulatedPhone.standalone()
        .flow(Path.of("flows/login.json"))                    // or Flow JSON text, or a FlowJson
        .endpoint(URI.create("http://127.0.0.1:3000/flow"))
        .businessPublicKey(Files.readString(Path.of("public.pem")))
        .appSecret(AppSecret.of(System.getenv("APP_SECRET"))) // optional: X-Hub-Signature-256
        .flowToken("login-42")
        .dataExchange()                                        // or navigate("SCREEN", data); default: first screen
        .completionWebhook(URI.create("http://127.0.0.1:3000/webhook"), AppSecret.of(System.getenv("APP_SECRET")))
        .open();                                               // the last line: an optional signed nfm_reply
    return session;
  }
}
