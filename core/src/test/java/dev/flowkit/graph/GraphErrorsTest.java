package dev.flowkit.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Optional;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.Test;

class GraphErrorsTest extends GraphClientTest {

  @Test
  void an_expired_token_is_a_graph_error_with_code_subcode_type_and_fbtrace_id_and_no_token_in_the_message() {
    graph.reply(401, """
        {"error":{"message":"Error validating access token: Session has expired on Monday, 01-Jun-26 09:00:00 PDT.",
          "type":"OAuthException","code":190,"error_subcode":463,"fbtrace_id":"Az1Yb2Xc3Wd4Ve5Uf6Tg7Sh"}}""");

    assertThatExceptionOfType(GraphApiException.class).isThrownBy(() -> client.getFlow("771234567890123"))
        .satisfies(e -> {
          assertThat(e.httpStatus()).isEqualTo(401);
          assertThat(e.code()).isEqualTo(190);
          assertThat(e.error().subcode()).contains(463);
          assertThat(e.error().type()).isEqualTo("OAuthException");
          assertThat(e.error().fbtraceId()).contains("Az1Yb2Xc3Wd4Ve5Uf6Tg7Sh");
          assertThat(e.getMessage()).startsWith("GET /v21.0/771234567890123 failed with code 190/463: ")
              .doesNotContain(GraphTestServer.TOKEN);
        });
  }

  @Test
  void user_title_and_message_of_a_flow_error_are_kept_and_shown() {
    graph.reply(400, """
        {"error":{"message":"Blocked by Integrity","type":"OAuthException","code":139000,"error_subcode":4233020,
          "is_transient":false,"error_user_title":"Flow publishing failed",
          "error_user_msg":"Integrity requirements not met.","fbtrace_id":"F1"}}""");

    assertThatExceptionOfType(FlowApiException.class).isThrownBy(() -> client.publish("42"))
        .satisfies(e -> {
          assertThat(e.kind()).isEqualTo(FlowApiException.Kind.BLOCKED_BY_INTEGRITY);
          assertThat(e.error().userTitle()).contains("Flow publishing failed");
          assertThat(e.error().userMessage()).contains("Integrity requirements not met.");
        })
        .withMessage("POST /v21.0/42/publish failed with code 139000/4233020: Blocked by Integrity "
            + "(Flow publishing failed: Integrity requirements not met.) [HTTP 400, fbtrace_id F1]");
  }

  @Test
  void a_string_error_data_is_read_as_the_details() {
    graph.reply(400, "{\"error\":{\"message\":\"Invalid parameter\",\"type\":\"OAuthException\",\"code\":100,"
        + "\"error_data\":\"Flow name is not unique\"}}");

    assertThatExceptionOfType(GraphApiException.class).isThrownBy(() -> client.deprecate("42"))
        .satisfies(e -> {
          assertThat(e.error().details()).contains("Flow name is not unique");
          assertThat(e.error().fbtraceId()).isEmpty();
        });
  }

  @Test
  void an_answer_without_a_graph_envelope_is_a_transport_error_with_the_status() {
    graph.replyRaw(502, "text/html", "<html>Bad gateway</html>");

    assertThatExceptionOfType(GraphTransportException.class).isThrownBy(() -> client.getFlow("42"))
        .satisfies(e -> assertThat(e.httpStatus()).isEqualTo(502))
        .withMessage("GET /v21.0/42 failed with HTTP 502 and no Graph error envelope");
  }

  @Test
  void a_success_that_is_not_a_json_object_is_a_transport_error() {
    graph.replyRaw(200, "text/plain", "ok");

    assertThatExceptionOfType(GraphTransportException.class).isThrownBy(() -> client.getFlow("42"))
        .withMessage("GET /v21.0/42 answered HTTP 200 with a body that is not a JSON object");
  }

  @Test
  void a_preview_url_that_is_not_a_uri_is_a_transport_error() {
    graph.reply(200, "{\"id\":\"42\",\"preview\":{\"preview_url\":\"https://x/ bad\"}}");

    assertThatExceptionOfType(GraphTransportException.class).isThrownBy(() -> client.previewUrl("42", false))
        .withMessage("Graph answered with a preview_url that is not a URI");
  }

  @Test
  void no_server_is_a_transport_error_with_status_0_and_no_token() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = free.getLocalPort();
    }
    GraphApiClient nowhere = client.newBuilder().baseUrl("http://127.0.0.1:" + port)
        .httpClient(new OkHttpClient.Builder().callTimeout(Duration.ofSeconds(5)).build()).build();

    assertThatExceptionOfType(GraphTransportException.class).isThrownBy(() -> nowhere.getFlow("42"))
        .satisfies(e -> {
          assertThat(e.httpStatus()).isZero();
          assertThat(e.getMessage()).startsWith("GET /v21.0/42 failed before an answer arrived")
              .doesNotContain(GraphTestServer.TOKEN);
        });
  }

  @Test
  void base_url_path_and_version_are_configurable_and_the_caller_s_http_client_is_used() {
    OkHttpClient shared = new OkHttpClient.Builder()
        .addInterceptor(chain -> chain.proceed(chain.request().newBuilder().header("X-Shared", "yes").build()))
        .build();
    GraphApiClient custom = client.newBuilder().baseUrl(graph.baseUrl() + "/graph/").apiVersion("v18.0")
        .httpClient(shared).build();
    graph.reply(200, "{\"id\":\"42\"}");

    assertThat(custom.getFlow("42").id()).isEqualTo("42");

    var request = graph.take();
    assertThat(request.getTarget()).isEqualTo("/graph/v18.0/42");
    assertThat(request.getHeaders().get("X-Shared")).isEqualTo("yes");
    assertThat(custom.apiVersion()).isEqualTo("v18.0");
    assertThat(custom.baseUrl()).isEqualTo(graph.baseUrl() + "/graph/");
  }

  @Test
  void the_builder_refuses_bad_configuration_and_never_shows_the_token() {
    assertThatIllegalStateException().isThrownBy(() -> GraphApiClient.builder().build())
        .withMessageContaining("access token");
    assertThatIllegalArgumentException().isThrownBy(() -> GraphApiClient.builder().apiVersion("21"))
        .withMessageContaining("v21.0");
    assertThatIllegalArgumentException().isThrownBy(() -> GraphApiClient.builder().baseUrl("ftp://x"));
    assertThatIllegalArgumentException().isThrownBy(() -> GraphApiClient.builder().accessToken("has space"))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("has space"));
    assertThat(client.toString()).doesNotContain(GraphTestServer.TOKEN).contains("v21.0");
    assertThat(GraphApiClient.builder().accessToken("t").build().baseUrl()).isEqualTo("https://graph.facebook.com/");
  }

  @Test
  void blank_ids_are_refused_before_any_call() {
    assertThatIllegalArgumentException().isThrownBy(() -> client.getFlow(" "));
    assertThatIllegalArgumentException().isThrownBy(() -> client.publish(""));
    assertThat(graph.requestCount()).isZero();
    assertThat(new GraphError("m", "", 1, Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.empty(), Optional.empty()).code()).isEqualTo(1);
  }
}
