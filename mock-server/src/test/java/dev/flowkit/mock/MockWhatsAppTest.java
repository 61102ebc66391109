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
