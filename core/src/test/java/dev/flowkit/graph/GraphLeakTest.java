package dev.flowkit.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.logcapture.CapturedLogs;
import dev.flowkit.logcapture.PlantedSecrets;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Map;
import mockwebserver3.MockResponse;
import mockwebserver3.SocketEffect;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * Every failure of the Graph client against MockWebServer on loopback, with the access token, a flow token, a
 * private key and user data planted in the calls (and echoed back by a misbehaving server): none may surface in an
 * exception, its causes, a log event or the client's {@code toString()}.
 */
class GraphLeakTest extends GraphClientTest {

  private static final String ACCESS_TOKEN = "EAAG-ACCESS-TOKEN-9c2dPLANTED";
  private static final String FLOW_TOKEN = "flow-token-FT-44117733";
  private static final String SENSITIVE = "pw-SENSITIVE-88120";
  private static final String USER_DATA = "user-typed-Zebra-5531";
  private static final KeyPair KEYS = BusinessKeys.generate();
  private static final String PRIVATE_PEM = BusinessKeys.toPem(KEYS.getPrivate());

  private static final PlantedSecrets SECRETS = new PlantedSecrets()
      .plant("access token", ACCESS_TOKEN)
      .plant("flow token", FLOW_TOKEN)
      .plant("sensitive field", SENSITIVE)
      .plant("user-entered data", USER_DATA)
      .plant("private key PEM", PRIVATE_PEM.lines().skip(2).findFirst().orElseThrow());

  private final CapturedLogs logs = CapturedLogs.capture();
  /** Does not retry a cut connection, so each scripted cut is seen once; gives up on a stall after a second. */
  private final GraphApiClient planted = client.newBuilder().accessToken(ACCESS_TOKEN)
      .httpClient(new OkHttpClient.Builder().retryOnConnectionFailure(false).callTimeout(Duration.ofSeconds(1)).build())
      .build();

  @AfterEach
  void nothing_secret_surfaced() {
    try {
      SECRETS.assertAbsentFrom(logs);
      SECRETS.assertAbsentFrom("GraphApiClient.toString()", planted.toString());
    } finally {
      logs.close();
    }
  }

  /** Runs a call that must fail with {@code type}, and checks the exception and its causes. */
  private <T extends Throwable> T failing(Class<T> type, Executable call) {
    T thrown = org.junit.jupiter.api.Assertions.assertThrows(type, call);
    SECRETS.assertAbsentFrom("the " + type.getSimpleName(), thrown);
    return thrown;
  }

  private static FlowMessage flowMessage() {
    return FlowMessage.builder("447700900123", "Book now").flowId("771234567890123").flowToken(FLOW_TOKEN)
        .navigate("FORM", Map.of("prefill", USER_DATA, "password", SENSITIVE)).body("Hi").build();
  }

  /** What a broken proxy might answer: the request, token included, echoed in the body. */
  private static String echo() {
    return "Authorization: Bearer " + ACCESS_TOKEN + "\n{\"flow_token\":\"" + FLOW_TOKEN + "\",\"text\":\"" + USER_DATA
        + "\"}";
  }

  @Test
  void error_envelopes_of_every_kind_name_the_call_but_not_what_was_sent() {
    graph.reply(401, "{\"error\":{\"message\":\"Error validating access token\",\"type\":\"OAuthException\","
        + "\"code\":190,\"error_subcode\":463}}");
    graph.reply(429, "{\"error\":{\"message\":\"(#130429) Rate limit hit\",\"code\":130429}}");
    graph.reply(400, "{\"error\":{\"message\":\"(#131009) Parameter value is not valid\",\"code\":131009,"
        + "\"error_data\":{\"details\":\"text.body too long\"}}}");
    graph.reply(400, "{\"error\":{\"message\":\"Flow can't be updated\",\"code\":139001}}");

    assertThat(failing(GraphAuthException.class, () -> planted.sendFlowMessage("109876543210987", flowMessage()))
        .getMessage()).startsWith("POST /v21.0/109876543210987/messages failed with code 190/463");
    failing(GraphRateLimitException.class, () -> planted.sendFlowMessage("109876543210987", flowMessage()));
    failing(GraphApiException.class, () -> planted.sendText("109876543210987", "447700900123", USER_DATA));
    failing(FlowApiException.class, () -> planted.uploadFlowJson("42", "{\"version\":\"7.0\",\"screens\":[{\"id\":"
        + "\"FORM\",\"data\":{\"secret\":{\"type\":\"string\",\"__example__\":\"" + SENSITIVE + "\"}}}]}"));
  }

  @Test
  void an_answer_without_an_envelope_that_echoes_the_request_is_not_quoted() {
    graph.replyRaw(502, "text/plain", echo());
    graph.replyRaw(200, "text/plain", echo());
    graph.replyRaw(400, "application/json", "{\"error\":\"" + ACCESS_TOKEN + " " + USER_DATA + "\"}");

    assertThat(failing(GraphTransportException.class, () -> planted.sendText("1", "2", USER_DATA)).httpStatus())
        .isEqualTo(502);
    failing(GraphTransportException.class, () -> planted.sendFlowMessage("1", flowMessage()));
    failing(GraphTransportException.class, () -> planted.getFlow("42"));
  }

  @Test
  void a_connection_refused_cut_or_stalled_fails_as_transport_without_the_token() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    GraphApiClient nowhere = planted.newBuilder().baseUrl("http://127.0.0.1:" + port).build();
    graph.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false))
        .build());
    graph.enqueue(new MockResponse.Builder().onResponseStart(SocketEffect.Stall.INSTANCE).build());

    assertThat(failing(GraphTransportException.class, () -> nowhere.sendFlowMessage("1", flowMessage())).httpStatus())
        .isZero();
    failing(GraphTransportException.class, () -> planted.sendText("1", "2", USER_DATA));
    assertThat(failing(GraphTransportException.class, () -> planted.sendText("1", "2", USER_DATA)).getMessage())
        .contains("timeout");
  }

  @Test
  void a_next_link_carrying_the_access_token_in_its_query_never_shows_it_when_the_next_page_fails() {
    String next = graph.baseUrl() + "/v21.0/110200300400500/flows?limit=1&after=QVFI&access_token=" + ACCESS_TOKEN;
    graph.reply(200, "{\"data\":[{\"id\":\"1\"}],\"paging\":{\"cursors\":{\"after\":\"QVFI\"},\"next\":\""
        + next + "\"}}");
    graph.reply(401, "{\"error\":{\"message\":\"Error validating access token\",\"code\":190,\"error_subcode\":460}}");
    graph.reply(200, "{\"data\":[{\"id\":\"1\"}],\"paging\":{\"cursors\":{\"after\":\"QVFI\"},\"next\":\""
        + next + "\"}}");
    graph.enqueue(new MockResponse.Builder().onResponseStart(new SocketEffect.CloseSocket(true, false, false))
        .build());

    Page<Flow> first = planted.listFlows("110200300400500");
    SECRETS.assertAbsentFrom("Page.toString()", first.toString());
    assertThat(failing(GraphAuthException.class, () -> planted.nextPage(first)).reason())
        .isEqualTo(GraphAuthException.Reason.SESSION_INVALIDATED);
    Page<Flow> again = planted.listFlows("110200300400500");
    failing(GraphTransportException.class, () -> planted.nextPage(again));
  }

  @Test
  void a_private_key_handed_in_by_mistake_for_the_business_public_key_is_refused_without_quoting_it() {
    var refused = assertThatIllegalArgumentException()
        .isThrownBy(() -> planted.setBusinessPublicKey("109876543210987", PRIVATE_PEM)).actual();

    SECRETS.assertAbsentFrom("the refusal", refused);
    assertThat(graph.requestCount()).isZero();
  }

  @Test
  void a_bad_token_is_refused_by_the_builder_without_quoting_it() {
    assertThatExceptionOfType(IllegalArgumentException.class)
        .isThrownBy(() -> GraphApiClient.builder().accessToken(ACCESS_TOKEN + " " + USER_DATA))
        .satisfies(e -> SECRETS.assertAbsentFrom("the refusal", e));
  }
}
