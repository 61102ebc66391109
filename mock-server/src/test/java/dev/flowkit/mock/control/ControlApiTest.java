package dev.flowkit.mock.control;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.mock.MockWhatsApp;
import dev.flowkit.mock.testing.Http;
import dev.flowkit.mock.testing.Http.Reply;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class ControlApiTest {

  static MockWhatsApp whatsapp;
  static String control;

  @BeforeAll
  static void start() {
    whatsapp = MockWhatsApp.start();
    control = whatsapp.baseUrl() + "/_flowkit/";
  }

  @AfterAll
  static void stop() {
    whatsapp.close();
  }

  @BeforeEach
  void reset() {
    whatsapp.reset();
  }

  @Test
  void health_needs_no_token() {
    Reply reply = Http.getNoAuth(control + "health");

    assertThat(reply.status()).isEqualTo(200);
    assertThat(reply.body().get("status").asString()).isEqualTo("UP");
  }

  @Test
  void state_dump_masks_secrets_unless_asked() {
    String masked = Http.getNoAuth(control + "state").body().toString();
    String full = Http.getNoAuth(control + "state?secrets=true").body().toString();

    assertThat(masked).doesNotContain(whatsapp.accessToken()).doesNotContain(whatsapp.appSecret())
        .contains(whatsapp.wabaId());
    assertThat(full).contains(whatsapp.accessToken()).contains(whatsapp.appSecret());
  }

  @Test
  void created_tenant_gets_its_own_token_that_sees_its_own_waba() {
    Reply tenant = Http.postNoAuth(control + "tenants", "application/json",
        "{\"name\":\"Beta\",\"app_secret\":\"abc123\"}");
    String token = tenant.body().get("access_token").asString();
    String waba = tenant.body().get("waba_id").asString();

    assertThat(tenant.body().get("app_secret").asString()).isEqualTo("abc123");
    assertThat(Http.get(whatsapp.baseUrl() + "/v21.0/" + waba, token).status()).isEqualTo(200);
    assertThat(Http.get(whatsapp.baseUrl() + "/v21.0/" + waba, whatsapp.accessToken()).status()).isEqualTo(400);
    whatsapp.reset();
    assertThat(Http.get(whatsapp.baseUrl() + "/v21.0/" + waba, token).status()).isEqualTo(200);
  }

  @Test
  void messages_need_a_recipient_and_list_none_at_first() {
    assertThat(Http.getNoAuth(control + "messages").error().get("code").asInt()).isEqualTo(100);
    assertThat(Http.getNoAuth(control + "messages?to=447700900123").body().get("data")).isEmpty();
  }

  @Test
  void forced_error_by_route_answers_once_with_the_configured_code() {
    Http.postNoAuth(control + "faults", "application/json", "{\"route\":\"GET /{waba-id}\",\"code\":4,"
        + "\"message\":\"(#4) Application request limit reached\",\"times\":1}");
    String url = whatsapp.baseUrl() + "/v21.0/" + whatsapp.wabaId();

    Reply limited = Http.get(url, whatsapp.accessToken());

    assertThat(limited.status()).isEqualTo(429);
    assertThat(limited.error().get("code").asInt()).isEqualTo(4);
    assertThat(Http.get(url, whatsapp.accessToken()).status()).isEqualTo(200);
  }

  @Test
  void latency_by_path_glob_delays_the_call() {
    Http.postNoAuth(control + "faults", "application/x-www-form-urlencoded", "path=/v*/**&latency_ms=300");
    long start = System.nanoTime();

    Reply reply = Http.get(whatsapp.baseUrl() + "/v21.0/" + whatsapp.phoneNumberId(), whatsapp.accessToken());

    assertThat(reply.status()).isEqualTo(200);
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isGreaterThanOrEqualTo(Duration.ofMillis(300));
    assertThat(Http.getNoAuth(control + "faults").body().get("data")).hasSize(1);
    assertThat(Http.method("DELETE", control + "faults", "").status()).isEqualTo(200);
    assertThat(Http.getNoAuth(control + "faults").body().get("data")).isEmpty();
  }

  @Test
  void a_fault_without_code_or_latency_is_refused() {
    Reply reply = Http.postNoAuth(control + "faults", "application/json", "");

    assertThat(reply.status()).isEqualTo(400);
    assertThat(reply.error().get("code").asInt()).isEqualTo(100);
  }
}
