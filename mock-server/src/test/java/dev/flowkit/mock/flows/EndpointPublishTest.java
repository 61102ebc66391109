package dev.flowkit.mock.flows;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.endpoint.FlowEndpoint;
import dev.flowkit.endpoint.FlowResponse;
import dev.flowkit.endpoint.JdkFlowEndpointHandler;
import dev.flowkit.graph.CreateFlowRequest;
import dev.flowkit.graph.FlowApiException;
import dev.flowkit.graph.FlowCategory;
import dev.flowkit.graph.FlowStatus;
import dev.flowkit.graph.FlowUpdate;
import dev.flowkit.graph.GraphApiClient;
import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.MockWhatsAppConfig;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.security.KeyPair;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Publishing an endpoint flow (spec/platform.md section 2.9): the checks in their order, and the real encrypted,
 * signed health check against a business endpoint built with core's {@link FlowEndpoint} on loopback.
 */
class EndpointPublishTest {

  static final String SECRET = "0123456789abcdef0123456789abcdef";
  static KeyPair keys;
  static KeyPair otherKeys;
  static HttpServer endpoints;
  static ExecutorService executor;
  static MockWhatsApp whatsapp;
  static GraphApiClient client;
  String flowId;

  @BeforeAll
  static void start() throws IOException {
    keys = BusinessKeys.generate();
    otherKeys = BusinessKeys.generate();
    endpoints = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    endpoints.createContext("/flow", new JdkFlowEndpointHandler(endpoint(keys, SECRET)));
    endpoints.createContext("/wrong-key", new JdkFlowEndpointHandler(endpoint(otherKeys, SECRET)));
    endpoints.createContext("/wrong-secret", new JdkFlowEndpointHandler(endpoint(keys, "f".repeat(32))));
    executor = Executors.newFixedThreadPool(2);
    endpoints.setExecutor(executor);
    endpoints.start();
    whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().appSecret(SECRET).build());
    client = GraphApiClient.builder().baseUrl(whatsapp.baseUrl()).accessToken(whatsapp.accessToken()).build();
  }

  private static FlowEndpoint endpoint(KeyPair pair, String secret) {
    return FlowEndpoint.builder().privateKey(pair.getPrivate()).appSecret(AppSecret.of(secret))
        .handler(request -> FlowResponse.next("WELCOME")).build();
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
    endpoints.stop(0);
    executor.shutdownNow();
  }

  @BeforeEach
  void draft() {
    whatsapp.reset();
    flowId = client.createFlow(whatsapp.wabaId(), CreateFlowRequest.builder("booking", FlowCategory.APPOINTMENT_BOOKING)
        .flowJson(FlowFixtures.ENDPOINT_FLOW).build()).id();
  }

  private static String url(String path) {
    return "http://127.0.0.1:" + endpoints.getAddress().getPort() + path;
  }

  private String refusal() {
    try {
      client.publish(flowId);
    } catch (FlowApiException e) {
      assertThat(e.error().code()).isEqualTo(139002);
      return e.error().message();
    }
    throw new AssertionError("publish was not refused");
  }

  @Test
  void checks_come_in_order_endpoint_uri_then_key_then_the_health_check() {
    assertThat(refusal()).isEqualTo("Publishing without specifying endpoint_uri is forbidden");

    client.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri(url("/flow")).build());
    assertThat(refusal()).isEqualTo("Missing Flows Signed Public Key");

    client.setBusinessPublicKey(whatsapp.phoneNumberId(), keys.getPublic());
    client.publish(flowId);

    assertThat(client.getFlow(flowId).status()).contains(FlowStatus.PUBLISHED);
  }

  @Test
  void a_waba_without_an_app_subscribed_to_it_cannot_publish_an_endpoint_flow() {
    client.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri(url("/flow")).build());
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), keys.getPublic());
    dev.flowkit.mock.testing.Http.Reply unsubscribed = dev.flowkit.mock.testing.Http.method("DELETE",
        whatsapp.baseUrl() + "/v21.0/" + whatsapp.wabaId() + "/subscribed_apps", whatsapp.accessToken());
    assertThat(unsubscribed.status()).as(unsubscribed.body().toString()).isEqualTo(200);

    assertThat(refusal()).isEqualTo("WhatsApp Business Account is not subscribed to Flows Webhooks");

    assertThat(dev.flowkit.mock.testing.Http.postJson(whatsapp.baseUrl() + "/v21.0/" + whatsapp.wabaId()
        + "/subscribed_apps", whatsapp.accessToken(), "{}").status()).isEqualTo(200);
    client.publish(flowId);
    assertThat(client.getFlow(flowId).status()).contains(FlowStatus.PUBLISHED);
  }

  @Test
  void a_key_whose_signature_no_longer_matches_does_not_count() {
    client.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri(url("/flow")).build());
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), keys.getPublic());
    dev.flowkit.mock.testing.Http.postNoAuth(whatsapp.baseUrl() + "/_flowkit/phone_numbers/"
        + whatsapp.phoneNumberId() + "/key_signature_status", "application/x-www-form-urlencoded", "status=MISMATCH");

    assertThat(refusal()).isEqualTo("Missing Flows Signed Public Key");
  }

  @Test
  void an_endpoint_holding_another_private_key_fails_the_health_check() {
    client.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri(url("/wrong-key")).build());
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), keys.getPublic());

    assertThat(refusal()).isEqualTo("Endpoint Not Available");
    assertThat(client.getFlow(flowId).status()).contains(FlowStatus.DRAFT);
  }

  @Test
  void an_endpoint_checking_another_app_secret_fails_the_health_check() {
    client.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri(url("/wrong-secret")).build());
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), keys.getPublic());

    assertThat(refusal()).isEqualTo("Endpoint Not Available");
  }

  @Test
  void an_endpoint_nobody_listens_on_fails_the_health_check() throws IOException {
    int freePort;
    try (java.net.ServerSocket socket = new java.net.ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      freePort = socket.getLocalPort();
    }
    client.updateFlowMetadata(flowId, FlowUpdate.builder().endpointUri("http://127.0.0.1:" + freePort + "/flow")
        .build());
    client.setBusinessPublicKey(whatsapp.phoneNumberId(), keys.getPublic());

    assertThat(refusal()).isEqualTo("Endpoint Not Available");
  }

  @Test
  void with_the_health_check_switched_off_an_unreachable_endpoint_publishes() {
    try (MockWhatsApp noPing = MockWhatsApp.start(MockWhatsAppConfig.builder().publishHealthCheck(false).build())) {
      GraphApiClient c = client.newBuilder().baseUrl(noPing.baseUrl()).accessToken(noPing.accessToken()).build();
      String id = c.createFlow(noPing.wabaId(), CreateFlowRequest.builder("quiet", FlowCategory.OTHER)
          .flowJson(FlowFixtures.ENDPOINT_FLOW).endpointUri("http://127.0.0.1:9/nowhere").build()).id();
      c.setBusinessPublicKey(noPing.phoneNumberId(), keys.getPublic());

      c.publish(id);

      assertThat(c.getFlow(id).status()).contains(FlowStatus.PUBLISHED);
    }
  }
}
