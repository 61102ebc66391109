package dev.flowkit.cucumber;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class FlowKitSettingsTest {

  @AfterEach
  void clear() {
    System.clearProperty(FlowKitSettings.ENDPOINT_URL);
    System.clearProperty(FlowKitSettings.PUBLIC_KEY);
  }

  @Test
  void an_endpoint_without_a_public_key_is_refused_naming_both_properties() {
    assertThatIllegalArgumentException()
        .isThrownBy(() -> new FlowKitSettings(Optional.of(URI.create("http://127.0.0.1:1/flow")), Optional.empty(),
            Optional.empty(), Path.of("flows"), false, Optional.empty(), Optional.empty()))
        .withMessage("flowkit.endpoint.url is set but flowkit.endpoint.public-key is not: the phone encrypts every "
            + "request with the business public key");
  }

  @Test
  void a_relative_endpoint_url_is_refused() {
    System.setProperty(FlowKitSettings.ENDPOINT_URL, "/flow");
    assertThatIllegalArgumentException().isThrownBy(FlowKitSettings::load)
        .withMessage("flowkit.endpoint.url must be an absolute http(s) URL: /flow");
  }

  @Test
  void a_public_key_that_is_neither_pem_nor_a_file_is_refused() {
    System.setProperty(FlowKitSettings.PUBLIC_KEY, "no/such/key.pem");
    assertThatIllegalArgumentException().isThrownBy(FlowKitSettings::load)
        .withMessage("flowkit.endpoint.public-key is neither PEM text nor a readable file: no/such/key.pem");
  }

  @Test
  void the_flows_folder_comes_from_junit_platform_properties_and_the_app_secret_is_never_printed() {
    FlowKitSettings settings = FlowKitSettings.load();
    assertThat(settings.flows()).isEqualTo(Path.of("src/test/resources/flows"));
    assertThat(settings.appSecret()).contains("from-the-properties-file");
    assertThat(settings.toString()).contains("appSecret=set").doesNotContain("from-the-properties-file");
  }
}
