package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.mock.phone.EndpointOutcome.Acknowledged;
import dev.flowkit.mock.phone.EndpointOutcome.Failed;
import dev.flowkit.mock.phone.EndpointOutcome.FlowTokenRejected;
import dev.flowkit.mock.phone.EndpointOutcome.InvalidResponse;
import dev.flowkit.mock.phone.EndpointOutcome.NextScreen;
import dev.flowkit.mock.phone.EndpointTestServer.Reply;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.KeyPair;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;
import okhttp3.OkHttpClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.params.provider.ValueSource;
import tools.jackson.databind.JsonNode;

/**
 * The channel against endpoints that misbehave, on a raw JDK server over loopback; and what its HTTP client must
 * keep whatever OkHttp client it is given: one send, no redirects, the channel's timeout.
 */
class EndpointExchangeFaultsTest {

  static KeyPair business;

  EndpointTestServer server;
  final EndpointCounters counters = new EndpointCounters();

  @BeforeAll
  static void keys() {
    business = BusinessKeys.generate();
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.close();
    }
  }

  private EndpointChannel.Builder channel(URI url) {
    return EndpointChannel.builder().endpoint(url).keys(EndpointKeySource.fixed(business.getPublic()))
        .appSecret(AppSecret.of("fault-tests-secret")).flowToken("tok-faults").keyRefetchPause(Duration.ZERO)
        .metrics(counters);
  }

  private EndpointOutcome send(EndpointTestServer.Script script, EndpointRequest request) throws IOException {
    server = EndpointTestServer.answering(script);
    return channel(server.url()).build().send(request).outcome();
  }

  private static EndpointRequest exchange() {
    return EndpointRequest.dataExchange("PICK_SLOT", EndpointRequest.emptyData());
  }

  /** Answers 200 with this clear text encrypted as a correct endpoint does. */
  private static EndpointTestServer.Script clear(String reply) {
    return body -> new Reply(200, EndpointTestServer.encryptedReply(business.getPrivate(), body, reply));
  }

  @ParameterizedTest
  @ValueSource(ints = {432, 500, 503, 404, 302, 204})
  void any_status_but_200_421_and_427_is_the_generic_error(int status) throws IOException {
    EndpointOutcome outcome = send(body -> new Reply(status, status == 204 ? "" : "An error occurred"), exchange());

    assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
      assertThat(failed.type()).isEqualTo(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE);
      assertThat(failed.httpStatus()).hasValue(status);
      assertThat(failed.reason()).contains("HTTP " + status).doesNotContain("An error occurred");
    });
    assertThat(server.received).as("a redirect is not followed").hasSize(1);
    assertThat(counters.errors()).containsEntry(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE, 1L);
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "not base64 at all!", "{\"screen\":\"PICK_SLOT\",\"data\":{}}", "AAECAwQFBgcICQ==",
      "q83vASNFZ4mrze8BI0VniavN7wEjRWeJq83vASNFZ4mrze8BI0VniQ=="})
  void a_200_that_does_not_decrypt_is_a_response_decryption_error(String body) throws IOException {
    EndpointOutcome outcome = send(request -> new Reply(200, body), exchange());

    assertThat(outcome).isInstanceOfSatisfying(InvalidResponse.class, invalid -> {
      assertThat(invalid.type()).isEqualTo(EndpointErrorType.RESPONSE_DECRYPTION_ERROR);
      assertThat(invalid.notifyEndpoint()).isTrue();
    });
    assertThat(counters.errors()).as("the endpoint answered 200: a client error, not an endpoint error").isEmpty();
  }

  @Test
  void a_200_that_decrypts_to_text_that_is_not_json_is_a_payload_schema_error_by_default() throws IOException {
    EndpointOutcome outcome = send(clear("screen=PICK_SLOT"), exchange());

    assertThat(outcome).isEqualTo(new InvalidResponse(EndpointErrorType.PAYLOAD_SCHEMA_ERROR,
        "the decrypted response is not JSON (16 chars)", true));
    assertThat(server.received).hasSize(1);
  }

  @Test
  void the_error_type_of_a_response_that_is_not_json_is_switchable() throws IOException {
    server = EndpointTestServer.answering(clear("[\"PICK_SLOT\"]"));
    EndpointOutcome outcome = channel(server.url()).unparsableResponseError(EndpointErrorType.RESPONSE_DECRYPTION_ERROR)
        .build().send(exchange()).outcome();

    assertThat(outcome.error()).contains(EndpointErrorType.RESPONSE_DECRYPTION_ERROR);
    assertThat(((InvalidResponse) outcome).reason()).contains("a JSON array, not an object");
  }

  static Stream<Arguments> malformedReplies() {
    return Stream.of(
        Arguments.of("{\"data\":{}}", "the response has no \"screen\""),
        Arguments.of("{\"screen\":42,\"data\":{}}", "\"screen\" is a number, not a string"),
        Arguments.of("{\"screen\":\"\",\"data\":{}}", "\"screen\" is empty"),
        Arguments.of("{\"screen\":\"PICK_SLOT\",\"data\":[1]}", "\"data\" is a array, not an object"),
        Arguments.of("{\"screen\":\"PICK_SLOT\",\"data\":{\"error_message\":7}}",
            "\"data.error_message\" is a number, not a string"),
        Arguments.of("{\"screen\":\"PICK_SLOT\",\"data\":{\"extension_message_response\":{\"params\":[\"x\"]}}}",
            "\"data.extension_message_response.params\" is a array, not an object"),
        Arguments.of("{\"screen\":\"SUCCESS\",\"data\":{}}",
            "a SUCCESS response needs \"data.extension_message_response.params\", an object"),
        Arguments.of("{\"screen\":\"SUCCESS\",\"data\":{\"extension_message_response\":{\"params\":{\"slot\":\"09:30\"}}}}",
            "\"data.extension_message_response.params.flow_token\" must be a string"));
  }

  @ParameterizedTest
  @MethodSource("malformedReplies")
  void a_response_of_the_wrong_shape_is_a_payload_schema_error_naming_the_field(String reply, String reason)
      throws IOException {
    EndpointOutcome outcome = send(clear(reply), exchange());

    assertThat(outcome).isInstanceOfSatisfying(InvalidResponse.class, invalid -> {
      assertThat(invalid.type()).isEqualTo(EndpointErrorType.PAYLOAD_SCHEMA_ERROR);
      assertThat(invalid.reason()).startsWith(reason);
      assertThat(invalid.notifyEndpoint()).isTrue();
    });
  }

  @Test
  void a_response_may_echo_the_version_and_leave_out_data() throws IOException {
    assertThat(send(clear("{\"version\":\"3.0\",\"screen\":\"CONFIRM\"}"), exchange()))
        .isEqualTo(new NextScreen("CONFIRM", EndpointRequest.emptyData(), Optional.empty()));
  }

  @Test
  void an_invalid_response_is_reported_to_the_endpoint_with_an_error_notification() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    server = EndpointTestServer.answering(body -> calls.incrementAndGet() == 1
        ? clear("{\"data\":{}}").answer(body)
        : clear("{\"data\":{\"acknowledged\":true}}").answer(body));
    EndpointChannel channel = channel(server.url()).build();
    InvalidResponse invalid = (InvalidResponse) channel.send(exchange()).outcome();
    EndpointOutcome acknowledged = channel.send(invalid.notification(Optional.of("PICK_SLOT"))).outcome();

    assertThat(acknowledged).isInstanceOf(Acknowledged.class);
    JsonNode notification = EndpointJson.parse(EndpointTestServer.decrypt(business.getPrivate(),
        server.received.get(1).body())).orElseThrow();
    assertThat(notification.get("action").asString()).isEqualTo("data_exchange");
    assertThat(notification.get("screen").asString()).isEqualTo("PICK_SLOT");
    assertThat(notification.get("flow_token").asString()).isEqualTo("tok-faults");
    assertThat(notification.get("data").get("error").asString()).isEqualTo("payload-schema-error");
    assertThat(notification.get("data").get("error_message").asString()).isEqualTo(invalid.reason());
  }

  @Test
  void an_answer_to_a_ping_or_notification_of_the_wrong_shape_is_invalid_but_never_reported() throws IOException {
    server = EndpointTestServer.answering(clear("{\"data\":{\"status\":\"sleeping\"}}"));
    EndpointChannel channel = channel(server.url()).build();
    EndpointOutcome ping = channel.send(EndpointRequest.ping()).outcome();
    EndpointOutcome notification = channel.send(EndpointRequest.errorNotification(Optional.of("PICK_SLOT"),
        EndpointErrorType.INVALID_SCREEN_TRANSITION, "no")).outcome();

    assertThat(ping).isEqualTo(new InvalidResponse(EndpointErrorType.PAYLOAD_SCHEMA_ERROR,
        "a ping must be answered {\"data\":{\"status\":\"active\"}}", false));
    assertThat(notification).isEqualTo(new InvalidResponse(EndpointErrorType.PAYLOAD_SCHEMA_ERROR,
        "an error notification must be answered {\"data\":{\"acknowledged\":true}}", false));
  }

  @Test
  void a_427_in_plain_json_gives_its_message() throws IOException {
    EndpointOutcome outcome = send(body -> new Reply(427, "{\"error_msg\":\"Your booking link expired.\"}"), exchange());

    assertThat(outcome).isEqualTo(new FlowTokenRejected("Your booking link expired.", FlowTokenRejected.Body.PLAIN_JSON));
  }

  @Test
  void a_427_without_a_body_gives_the_generic_message() throws IOException {
    EndpointOutcome outcome = send(body -> new Reply(427, ""), exchange());

    assertThat(outcome).isEqualTo(new FlowTokenRejected(FlowTokenRejected.GENERIC_MESSAGE, FlowTokenRejected.Body.EMPTY));
  }

  @Test
  void a_427_body_that_neither_decrypts_nor_parses_gives_the_generic_message() throws IOException {
    EndpointOutcome outcome = send(body -> new Reply(427, "token expired"), exchange());

    assertThat(outcome).isEqualTo(new FlowTokenRejected(FlowTokenRejected.GENERIC_MESSAGE,
        FlowTokenRejected.Body.UNREADABLE));
  }

  @Test
  void an_encrypted_427_without_error_msg_gives_the_generic_message() throws IOException {
    EndpointOutcome outcome = send(body -> new Reply(427,
        EndpointTestServer.encryptedReply(business.getPrivate(), body, "{}")), exchange());

    assertThat(outcome).isEqualTo(new FlowTokenRejected(FlowTokenRejected.GENERIC_MESSAGE,
        FlowTokenRejected.Body.ENCRYPTED));
  }

  @Test
  void the_retry_after_a_421_is_encrypted_afresh() throws IOException {
    AtomicInteger calls = new AtomicInteger();
    EndpointOutcome outcome = send(body -> calls.incrementAndGet() == 1 ? new Reply(421, "Decryption failed")
        : clear("{\"screen\":\"PICK_SLOT\",\"data\":{}}").answer(body), exchange());

    assertThat(outcome).isInstanceOf(NextScreen.class);
    assertThat(server.received).hasSize(2);
    assertThat(server.received.get(0).text()).isNotEqualTo(server.received.get(1).text());
    assertThat(EndpointTestServer.decrypt(business.getPrivate(), server.received.get(0).body()))
        .isEqualTo(EndpointTestServer.decrypt(business.getPrivate(), server.received.get(1).body()));
  }

  @Test
  void an_endpoint_slower_than_the_timeout_is_a_timeout_error() throws IOException {
    server = EndpointTestServer.answering(body -> server.hang());
    EndpointExchange exchange = channel(server.url()).timeout(Duration.ofMillis(300)).build().send(exchange());

    assertThat(exchange.outcome()).isInstanceOfSatisfying(Failed.class, failed -> {
      assertThat(failed.type()).isEqualTo(EndpointErrorType.TIMEOUT_ERROR);
      assertThat(failed.httpStatus()).isEmpty();
    });
    assertThat(counters.errors()).containsExactly(java.util.Map.entry(EndpointErrorType.TIMEOUT_ERROR, 1L));
    assertThat(exchange.toText()).contains("no answer in ", "timeout_error");
  }

  @Test
  void a_closed_port_is_a_no_http_response_error() throws IOException {
    int port;
    try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      port = socket.getLocalPort();
    }
    EndpointExchange exchange = channel(URI.create("http://127.0.0.1:" + port + "/flow")).build().send(exchange());

    assertThat(exchange.outcome().error()).contains(EndpointErrorType.NO_HTTP_RESPONSE_ERROR);
    assertThat(exchange.attempts()).singleElement()
        .satisfies(attempt -> assertThat(attempt.failure()).hasValueSatisfying(f -> assertThat(f).contains("Connect")));
    assertThat(counters.errors()).containsExactly(java.util.Map.entry(EndpointErrorType.NO_HTTP_RESPONSE_ERROR, 1L));
  }

  @Test
  void an_answer_that_is_not_http_is_a_no_http_response_error() throws Exception {
    try (ServerSocket listener = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      Thread answering = new Thread(() -> {
        try (Socket socket = listener.accept(); OutputStream out = socket.getOutputStream()) {
          out.write("SSH-2.0-OpenSSH_9.2\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
        } catch (IOException e) {
          // the test's assertion reports what the phone saw
        }
      });
      answering.start();
      EndpointOutcome outcome = channel(URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/flow")).build()
          .send(exchange()).outcome();
      answering.join();

      assertThat(outcome.error()).contains(EndpointErrorType.NO_HTTP_RESPONSE_ERROR);
    }
  }

  // ------------------------------------------------------------------------------------------ the HTTP client

  @Test
  void an_endpoint_that_drops_a_kept_alive_connection_after_reading_the_request_gets_it_once() throws Exception {
    AtomicInteger requests = new AtomicInteger();
    try (ServerSocket listener = new ServerSocket(0, 4, InetAddress.getLoopbackAddress())) {
      listener.setSoTimeout(5_000); // only so that a broken test ends
      Thread dropping = new Thread(() -> {
        try (Socket first = listener.accept()) {
          readRequest(first);
          requests.incrementAndGet();
          first.getOutputStream().write("HTTP/1.1 500 Internal Server Error\r\nContent-Length: 0\r\n\r\n"
              .getBytes(StandardCharsets.US_ASCII)); // keeps the connection for the next request
          readRequest(first);
          requests.incrementAndGet();
        } catch (IOException e) {
          return; // the count says what arrived
        }
        for (int i = 0; i < 2; i++) { // OkHttp resends over a new connection after a reused one failed
          try (Socket next = listener.accept()) {
            readRequest(next);
            requests.incrementAndGet();
          } catch (IOException e) {
            return; // closed by the test, or timed out: nothing was resent
          }
        }
      });
      dropping.start();
      EndpointChannel channel = channel(URI.create("http://127.0.0.1:" + listener.getLocalPort() + "/flow"))
          .timeout(Duration.ofSeconds(3)).build();
      EndpointExchange answered = channel.send(exchange());
      EndpointExchange dropped = channel.send(exchange());
      listener.close(); // ends the accept loop: anything resent was sent before send() returned
      dropping.join();

      assertThat(answered.httpStatus()).isEqualTo(OptionalInt.of(500));
      assertThat(dropped.outcome().error()).contains(EndpointErrorType.NO_HTTP_RESPONSE_ERROR);
      assertThat(dropped.attempts()).hasSize(1);
      assertThat(requests).hasValue(2);
    }
  }

  /** Reads the head and the Content-Length body of one HTTP request. */
  private static void readRequest(Socket socket) throws IOException {
    BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.ISO_8859_1));
    int length = 0;
    for (String line = in.readLine(); line != null && !line.isEmpty(); line = in.readLine()) {
      if (line.toLowerCase(Locale.ROOT).startsWith("content-length:")) {
        length = Integer.parseInt(line.substring("content-length:".length()).trim());
      }
    }
    for (int i = 0; i < length; i++) {
      if (in.read() < 0) {
        break;
      }
    }
  }

  @Test
  void a_callers_client_is_sent_with_but_follows_no_redirect_even_when_it_would() throws IOException {
    server = EndpointTestServer.answering(body -> new Reply(302, ""));
    AtomicInteger calls = new AtomicInteger();
    OkHttpClient own = new OkHttpClient.Builder().followRedirects(true)
        .addInterceptor(chain -> {
          calls.incrementAndGet();
          return chain.proceed(chain.request());
        })
        .build();

    EndpointOutcome outcome = channel(server.url()).httpClient(own).build().send(exchange()).outcome();

    assertThat(outcome).isInstanceOfSatisfying(Failed.class, failed -> {
      assertThat(failed.type()).isEqualTo(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE);
      assertThat(failed.httpStatus()).isEqualTo(OptionalInt.of(302));
    });
    assertThat(calls).hasValue(1);
    assertThat(server.received).hasSize(1);
    assertThat(server.received.get(0).contentType()).isEqualTo("application/json");
  }

  @Test
  void the_channels_timeout_applies_over_a_callers_client_with_longer_ones() throws IOException {
    server = EndpointTestServer.answering(body -> server.hang());
    OkHttpClient own = new OkHttpClient.Builder().readTimeout(Duration.ofMinutes(5)).build();

    EndpointOutcome outcome = channel(server.url()).httpClient(own).timeout(Duration.ofMillis(300)).build()
        .send(exchange()).outcome();

    assertThat(outcome.error()).contains(EndpointErrorType.TIMEOUT_ERROR);
  }
}
