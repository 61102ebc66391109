package dev.flowkit.examples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URI;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;

class ExampleSettingsTest {

  @Test
  void environment_variables_become_settings_and_system_properties_override_them() {
    Properties properties = new Properties();
    properties.setProperty("whatsapp.waba-id", "from-property");
    properties.setProperty("java.home", "not-a-setting");

    Map<String, String> settings = ExampleSettings.fromEnvironment(Map.of(
        "WHATSAPP_GRAPH_ACCESS_TOKEN", "token", "WHATSAPP_WABA_ID", "from-environment",
        "WHATSAPP_CALLBACK_PORT", "9000", "HOME", "/root"), properties);

    assertThat(settings).containsOnly(Map.entry("whatsapp.graph.access-token", "token"),
        Map.entry("whatsapp.waba-id", "from-property"), Map.entry("whatsapp.callback-port", "9000"));
  }

  @Test
  void a_setting_s_environment_variable_is_its_name_in_capitals_with_underscores() {
    assertThat(ExampleSettings.environmentName("whatsapp.graph.base-url")).isEqualTo("WHATSAPP_GRAPH_BASE_URL");
  }

  @Test
  void the_callback_address_is_loopback_on_the_default_port_unless_set() {
    assertThat(ExampleSettings.callbackAddress(Map.of(), 8081)).satisfies(address -> {
      assertThat(address.getHostString()).isEqualTo("127.0.0.1");
      assertThat(address.getPort()).isEqualTo(8081);
    });
    assertThat(ExampleSettings.callbackAddress(Map.of("whatsapp.callback-port", "0"), 8081).getPort()).isZero();
  }

  @Test
  void a_callback_port_that_is_not_a_port_is_refused() {
    for (String port : new String[] {"eighty", "70000"}) {
      assertThatThrownBy(() -> ExampleSettings.callbackAddress(Map.of("whatsapp.callback-port", port), 8081))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("whatsapp.callback-port is not a port number");
    }
  }

  @Test
  void an_app_url_that_is_a_path_is_on_loopback_at_the_app_s_port_and_a_url_is_taken_as_it_is() {
    assertThat(ExampleSettings.appUrl(Map.of("whatsapp.webhook-uri", "/webhook"), "whatsapp.webhook-uri", 8081))
        .contains(URI.create("http://127.0.0.1:8081/webhook"));
    assertThat(ExampleSettings.appUrl(Map.of("whatsapp.webhook-uri", "https://shop.example.org/wa"),
        "whatsapp.webhook-uri", 8081)).contains(URI.create("https://shop.example.org/wa"));
    assertThat(ExampleSettings.appUrl(Map.of("whatsapp.webhook-uri", " "), "whatsapp.webhook-uri", 8081)).isEmpty();
    assertThat(ExampleSettings.appUrl(Map.of(), "whatsapp.webhook-uri", 8081)).isEmpty();
  }

  @Test
  void an_app_url_that_is_neither_a_path_nor_an_http_url_is_refused_without_its_value() {
    for (String value : new String[] {"webhook", "ftp://shop.example.org/wa", "http://[bad"}) {
      assertThatThrownBy(() -> ExampleSettings.appUrl(Map.of("whatsapp.webhook-uri", value), "whatsapp.webhook-uri",
          8081))
          .isInstanceOf(IllegalArgumentException.class)
          .hasMessage("whatsapp.webhook-uri is an absolute http(s) URL or a path starting with /");
    }
  }

  @Test
  void a_blank_required_setting_counts_as_missing() {
    assertThatThrownBy(() -> ExampleSettings.required(Map.of("whatsapp.app-secret", "  "), "whatsapp.app-secret"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("missing setting whatsapp.app-secret (or WHATSAPP_APP_SECRET in the environment)");
  }
}
