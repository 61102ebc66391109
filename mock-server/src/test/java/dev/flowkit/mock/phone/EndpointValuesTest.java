package dev.flowkit.mock.phone;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.flowkit.crypto.BusinessKeys;
import dev.flowkit.crypto.MalformedKeyException;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import tools.jackson.databind.node.ObjectNode;

/** The channel's values: requests, samples, masks, error types, and what the builder refuses. */
class EndpointValuesTest {

  @ParameterizedTest
  @CsvSource({"0, 1", "1, 1", "1000, 1", "1001, 2", "4200, 5", "9999, 10", "10000, 10", "60000, 10"})
  void latency_is_bucketed_in_whole_seconds_rounded_up_from_1_to_10(long millis, int bucket) {
    EndpointMetrics.Sample sample = new EndpointMetrics.Sample(Instant.EPOCH, Duration.ofMillis(millis),
        OptionalInt.of(200), Optional.empty());
    assertThat(sample.latencyBucket()).isEqualTo(bucket);
  }

  @Test
  void counters_count_requests_errors_and_buckets() {
    EndpointCounters counters = new EndpointCounters();
    counters.record(new EndpointMetrics.Sample(Instant.EPOCH, Duration.ofMillis(300), OptionalInt.of(200),
        Optional.empty()));
    counters.record(new EndpointMetrics.Sample(Instant.EPOCH, Duration.ofSeconds(10), OptionalInt.empty(),
        Optional.of(EndpointErrorType.TIMEOUT_ERROR)));
    counters.record(new EndpointMetrics.Sample(Instant.EPOCH, Duration.ofMillis(2500), OptionalInt.empty(),
        Optional.of(EndpointErrorType.CANNOT_BE_SERVED)));

    assertThat(counters.requestCount()).isEqualTo(3);
    assertThat(counters.errorCount(EndpointErrorType.TIMEOUT_ERROR)).isEqualTo(1);
    assertThat(counters.errorRate()).isEqualTo(2.0 / 3);
    assertThat(counters.latencyBuckets()).containsEntry(1, 1L).containsEntry(3, 1L).containsEntry(10, 1L)
        .containsEntry(2, 0L).hasSize(10);
  }

  @Test
  void error_types_keep_metas_spelling_and_know_which_count_against_the_endpoint() {
    assertThat(EndpointErrorType.fromWireName("public-key-signiture-verification"))
        .contains(EndpointErrorType.PUBLIC_KEY_SIGNATURE_VERIFICATION);
    assertThat(EndpointErrorType.fromWireName("unexpected_http_status_code"))
        .contains(EndpointErrorType.UNEXPECTED_HTTP_STATUS_CODE);
    assertThat(EndpointErrorType.fromWireName("public_key_missing")).isEmpty();
    assertThat(EndpointErrorType.TIMEOUT_ERROR.isEndpointError()).isTrue();
    assertThat(EndpointErrorType.PAYLOAD_SCHEMA_ERROR.isEndpointError()).isFalse();
  }

  @Test
  void requests_check_their_screen_and_copy_their_data() {
    ObjectNode payload = EndpointJson.MAPPER.createObjectNode().put("date", "2026-06-12");
    EndpointRequest request = EndpointRequest.dataExchange("PICK_SLOT", payload);
    payload.put("date", "changed");
    request.data().put("date", "changed too");

    assertThat(request.data().get("date").asString()).isEqualTo("2026-06-12");
    assertThat(request.toString()).doesNotContain("2026-06-12");
    assertThatThrownBy(() -> EndpointRequest.dataExchange(" ", payload)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("needs the id of the screen");
    assertThatThrownBy(() -> EndpointRequest.back("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new EndpointRequest(EndpointRequest.Kind.PING, Optional.of("X"), payload))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> EndpointRequest.dataExchange(null, payload)).isInstanceOf(NullPointerException.class);
  }

  @Test
  void masks_combine_per_screen_lists_with_global_ones() {
    EndpointMask mask = EndpointMask.perScreen(Map.of("LOGIN", List.of("password")))
        .and(EndpointMask.fields("national_id"));

    assertThat(mask.fieldsToMask(Optional.of("LOGIN"))).containsExactlyInAnyOrder("password", "national_id");
    assertThat(mask.fieldsToMask(Optional.empty())).containsExactly("national_id");
    assertThat(EndpointJson.masked("{\"a\":[{\"password\":\"x\"}],\"password\":{\"deep\":1}}", Set.of("password")))
        .isEqualTo("{\"a\":[{\"password\":\"***\"}],\"password\":\"***\"}");
    assertThat(EndpointJson.masked("password=hunter2", Set.of("password"))).isEqualTo("(16 chars, not JSON)");
  }

  @Test
  void the_builder_refuses_what_no_phone_could_use() {
    EndpointChannel.Builder builder = EndpointChannel.builder();
    assertThatThrownBy(() -> builder.endpoint(URI.create("ftp://example.org/flow")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("http or https");
    assertThatThrownBy(() -> builder.endpoint(URI.create("/flow"))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.dataApiVersion("1.0")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("\"3.0\" or \"4.0\"");
    assertThatThrownBy(() -> builder.flowJsonVersion("7")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.timeout(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.keyRefetchPause(Duration.ofMillis(-1))).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.unparsableResponseError(EndpointErrorType.TIMEOUT_ERROR))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> builder.flowToken("")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(builder::build).isInstanceOf(NullPointerException.class).hasMessageContaining("endpoint");
    assertThatThrownBy(() -> EndpointKeySource.fixedPem("-----BEGIN PUBLIC KEY-----\nnope\n-----END PUBLIC KEY-----"))
        .isInstanceOf(MalformedKeyException.class);
  }

  @Test
  void a_fixed_pem_key_source_reads_the_key_once_and_gives_it_on_refetch() {
    var pair = BusinessKeys.generate();
    EndpointKeySource source = EndpointKeySource.fixedPem(BusinessKeys.toPem(pair.getPublic()));

    assertThat(source.current()).contains(pair.getPublic());
    assertThat(source.refetch()).contains(pair.getPublic());
  }
}
