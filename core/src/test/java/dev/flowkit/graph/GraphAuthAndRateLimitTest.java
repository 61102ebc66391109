package dev.flowkit.graph;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Refused tokens and reached rate limits (spec/platform.md sections 1.4 and 1.5) come as their own types. */
class GraphAuthAndRateLimitTest extends GraphClientTest {

  private static String envelope(int code, String subcode, String message) {
    return "{\"error\":{\"message\":\"" + message + "\",\"type\":\"OAuthException\",\"code\":" + code
        + (subcode.isEmpty() ? "" : ",\"error_subcode\":" + subcode) + ",\"fbtrace_id\":\"AbCdEfGhIjKlMnOpQrStUvW\"}}";
  }

  @ParameterizedTest(name = "190/{0} is {1}")
  @CsvSource({
      "458, APP_NOT_INSTALLED", "459, USER_CHECKPOINTED", "460, SESSION_INVALIDATED", "463, EXPIRED",
      "464, UNCONFIRMED_USER", "467, INVALID_TOKEN", "999, OTHER"})
  void each_subcode_of_code_190_names_why_the_token_was_refused(int subcode, GraphAuthException.Reason reason) {
    graph.reply(401, envelope(190, Integer.toString(subcode), "Error validating access token"));

    assertThatExceptionOfType(GraphAuthException.class).isThrownBy(() -> client.getFlow("42"))
        .satisfies(e -> {
          assertThat(e.reason()).isEqualTo(reason);
          assertThat(e.code()).isEqualTo(190);
          assertThat(e.error().subcode()).contains(subcode);
          assertThat(e.httpStatus()).isEqualTo(401);
        })
        .withMessage("GET /v21.0/42 failed with code 190/" + subcode + ": Error validating access token "
            + "[HTTP 401, fbtrace_id AbCdEfGhIjKlMnOpQrStUvW]");
  }

  @Test
  void code_190_without_a_subcode_is_an_invalid_token_even_when_graph_answers_400() {
    graph.reply(400, envelope(190, "", "Invalid OAuth access token - Cannot parse access token"));

    assertThatExceptionOfType(GraphAuthException.class).isThrownBy(() -> client.publish("42"))
        .satisfies(e -> {
          assertThat(e.reason()).isEqualTo(GraphAuthException.Reason.INVALID_TOKEN);
          assertThat(e.httpStatus()).isEqualTo(400);
          assertThat(e.getMessage()).doesNotContain(GraphTestServer.TOKEN);
        });
  }

  @Test
  void a_missing_token_and_the_generic_auth_exception_are_auth_failures_too() {
    graph.reply(400, envelope(104, "", "An access token is required to request this resource."));
    graph.reply(401, envelope(0, "", "AuthException"));

    assertThatExceptionOfType(GraphAuthException.class).isThrownBy(() -> client.getFlow("42"))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(GraphAuthException.Reason.TOKEN_MISSING));
    assertThatExceptionOfType(GraphAuthException.class).isThrownBy(() -> client.getFlow("42"))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(GraphAuthException.Reason.OTHER));
  }

  @ParameterizedTest(name = "{0} is {1}")
  @CsvSource({
      "4, APPLICATION", "80007, BUSINESS_ACCOUNT", "130429, MESSAGE_THROUGHPUT", "131048, SPAM",
      "131056, BUSINESS_CONSUMER_PAIR", "133016, REGISTRATION"})
  void each_rate_limit_code_names_the_limit_reached(int code, GraphRateLimitException.Limit limit) {
    graph.reply(429, envelope(code, "", "(#" + code + ") Rate limit hit"));

    assertThatExceptionOfType(GraphRateLimitException.class).isThrownBy(() -> client.getFlow("42"))
        .satisfies(e -> {
          assertThat(e.limit()).isEqualTo(limit);
          assertThat(e.limit().code()).isEqualTo(code);
          assertThat(e.code()).isEqualTo(code);
          assertThat(e.httpStatus()).isEqualTo(429);
        })
        .withMessageStartingWith("GET /v21.0/42 failed with code " + code + ": (#" + code + ") Rate limit hit");
  }

  @Test
  void a_pair_rate_limit_on_sending_keeps_details_and_transience_and_ignores_the_status() {
    graph.reply(400, """
        {"error":{"message":"(#131056) (Business Account, Consumer Account) pair rate limit hit","type":"OAuthException",
          "code":131056,"is_transient":true,"error_data":{"messaging_product":"whatsapp",
          "details":"Message failed to send because there were too many messages sent from this phone number to the same phone number in a short period of time."},
          "fbtrace_id":"Zx9"}}""");

    assertThatExceptionOfType(GraphRateLimitException.class)
        .isThrownBy(() -> client.sendText("109876543210987", "447700900123", "hello"))
        .satisfies(e -> {
          assertThat(e.limit()).isEqualTo(GraphRateLimitException.Limit.BUSINESS_CONSUMER_PAIR);
          assertThat(e.error().isTransient()).contains(true);
          assertThat(e.error().details()).hasValueSatisfying(d -> assertThat(d).startsWith("Message failed"));
          assertThat(e.httpStatus()).isEqualTo(400);
        });
  }

  @Test
  void a_throttled_flow_stays_a_flow_error_and_other_codes_stay_plain_graph_errors() {
    graph.reply(400, envelope(132069, "", "Flow is throttled"));
    graph.reply(403, envelope(10, "", "(#10) Application does not have permission for this action"));
    graph.reply(400, envelope(100, "33", "Unsupported get request."));

    assertThatExceptionOfType(FlowApiException.class).isThrownBy(() -> client.getFlow("42"))
        .satisfies(e -> assertThat(e.kind()).isEqualTo(FlowApiException.Kind.FLOW_THROTTLED));
    assertThatExceptionOfType(GraphApiException.class).isThrownBy(() -> client.getFlow("42"))
        .satisfies(e -> assertThat(e).isExactlyInstanceOf(GraphApiException.class));
    assertThatExceptionOfType(GraphApiException.class).isThrownBy(() -> client.getFlow("42"))
        .satisfies(e -> assertThat(e).isExactlyInstanceOf(GraphApiException.class));
  }
}
