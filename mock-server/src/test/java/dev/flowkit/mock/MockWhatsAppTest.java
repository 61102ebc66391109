package dev.flowkit.mock;

import static org.assertj.core.api.Assertions.assertThat;

import dev.flowkit.mock.testing.Http;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MockWhatsAppTest {

  @Test
  void starts_on_a_loopback_port_with_the_configured_credentials_and_stops() {
    String url;
    try (MockWhatsApp whatsapp = MockWhatsApp.start(MockWhatsAppConfig.builder().accessToken("EAAmine")
        .appSecret("s3cr3t").build())) {
      url = whatsapp.baseUrl();
      assertThat(url).startsWith("http://127.0.0.1:");
      assertThat(whatsapp.accessToken()).isEqualTo("EAAmine");
      assertThat(whatsapp.appSecret()).isEqualTo("s3cr3t");
      assertThat(Http.get(url + "/v21.0/" + whatsapp.wabaId(), "EAAmine").status()).isEqualTo(200);
      assertThat(whatsapp.toString()).doesNotContain("EAAmine").doesNotContain("s3cr3t");
    }
    assertThat(org.assertj.core.api.Assertions.catchThrowable(() -> Http.getNoAuth(url + "/_flowkit/health")))
        .isNotNull();
  }

  @Test
  void starts_fast_and_resets_in_milliseconds_after_warm_up() {
    MockWhatsApp.start().close();
    long start = System.nanoTime();
    try (MockWhatsApp whatsapp = MockWhatsApp.start()) {
      long startMillis = (System.nanoTime() - start) / 1_000_000;
      long resetStart = System.nanoTime();
      whatsapp.reset();
      long resetMillis = (System.nanoTime() - resetStart) / 1_000_000;
      // Generous bounds for a shared 2-core machine; the benchmark states the real figures.
      assertThat(startMillis).isLessThan(1000);
      assertThat(resetMillis).isLessThan(100);
    }
  }

  @Test
  void a_data_dir_keeps_the_tenant_across_restarts(@TempDir Path dir) {
    String token;
    String waba;
    try (MockWhatsApp first = MockWhatsApp.start(MockWhatsAppConfig.builder().dataDir(dir).build())) {
      token = first.accessToken();
      waba = first.wabaId();
    }
    try (MockWhatsApp second = MockWhatsApp.start(MockWhatsAppConfig.builder().dataDir(dir).build())) {
      assertThat(second.accessToken()).isEqualTo(token);
      assertThat(Http.get(second.baseUrl() + "/v21.0/" + waba, token).status()).isEqualTo(200);
    }
  }
}
