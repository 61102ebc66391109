package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class HubSignatureTest {

  private static final AppSecret SECRET = AppSecret.of("test_app_secret");
  private static final byte[] BODY = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);
  private static final String EXPECTED = "sha256=dec6a680679a968e7e0319355b23599cbfc54502c0784668e9618baa0c633756";

  @Test
  void signs_the_spec_webhook_vector() {
    assertThat(HubSignature.sign(BODY, SECRET)).isEqualTo(EXPECTED);
  }

  @Test
  void verifies_a_matching_header_in_either_hex_case() {
    HubSignature verifier = HubSignature.verifier(SECRET);

    verifier.verify(BODY, EXPECTED);
    verifier.verify(BODY, EXPECTED.toUpperCase());
    assertThat(verifier.isValid(BODY, " " + EXPECTED + " ")).isTrue();
  }

  @Test
  void a_changed_body_does_not_verify() {
    byte[] respaced = "{\"object\": \"whatsapp_business_account\", \"entry\": []}".getBytes(StandardCharsets.UTF_8);

    assertThatExceptionOfType(HubSignatureException.class)
        .isThrownBy(() -> HubSignature.verifier(SECRET).verify(respaced, EXPECTED))
        .satisfies(e -> {
          assertThat(e.reason()).isEqualTo(HubSignatureException.Reason.MISMATCH);
          assertThat(e.httpStatus()).isEqualTo(432);
          LeakCheck.assertNoLeak(e, "test_app_secret", EXPECTED.substring(7));
        });
  }

  @Test
  void another_apps_secret_does_not_verify() {
    assertThat(HubSignature.verifier(AppSecret.of("another_secret")).isValid(BODY, EXPECTED)).isFalse();
  }

  @Test
  void during_rotation_both_secrets_verify_and_a_third_does_not() {
    AppSecret next = AppSecret.of("next_app_secret");
    HubSignature rotating = HubSignature.verifier(next, SECRET);

    rotating.verify(BODY, HubSignature.sign(BODY, next));
    rotating.verify(BODY, HubSignature.sign(BODY, SECRET));
    assertThat(rotating.isValid(BODY, HubSignature.sign(BODY, AppSecret.of("third")))).isFalse();
  }

  @Test
  void missing_and_malformed_headers_are_told_apart() {
    HubSignature verifier = HubSignature.verifier(SECRET);

    assertThatExceptionOfType(HubSignatureException.class).isThrownBy(() -> verifier.verify(BODY, null))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(HubSignatureException.Reason.MISSING));
    for (String header : new String[] {"sha1=" + EXPECTED.substring(7), EXPECTED.substring(7), EXPECTED + "00",
        "sha256=" + "z".repeat(64), "sha256="}) {
      assertThatExceptionOfType(HubSignatureException.class).as(header).isThrownBy(() -> verifier.verify(BODY, header))
          .satisfies(e -> assertThat(e.reason()).isEqualTo(HubSignatureException.Reason.MALFORMED));
    }
  }

  @Test
  void app_secrets_are_never_printed_and_never_blank() {
    assertThat(SECRET.toString()).doesNotContain("test_app_secret");
    assertThat(SECRET).isEqualTo(AppSecret.of("test_app_secret")).isNotEqualTo(AppSecret.of("other"));
    assertThatIllegalArgumentException().isThrownBy(() -> AppSecret.of(" "));
  }
}
