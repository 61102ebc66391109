package dev.flowkit.webhook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.HubSignatureException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;

class WebhookVerifierTest {

  private static final WebhookVerifier VERIFIER = WebhookVerifier.create(AppSecret.of("test_app_secret"), "s3cr3t-token");
  private static final byte[] BODY = "{\"object\":\"whatsapp_business_account\",\"entry\":[]}".getBytes(StandardCharsets.UTF_8);

  @Test
  void the_handshake_echoes_the_challenge_when_mode_and_token_match() {
    HandshakeReply reply = VERIFIER.handshake(
        Map.of("hub.mode", "subscribe", "hub.verify_token", "s3cr3t-token", "hub.challenge", "1158201444"));

    assertThat(reply).isEqualTo(new HandshakeReply(200, "1158201444"));
    assertThat(reply.verified()).isTrue();
  }

  @Test
  void the_handshake_refuses_a_wrong_token_or_mode_without_revealing_the_token() {
    HandshakeReply wrongToken = VERIFIER.handshake(
        Map.of("hub.mode", "subscribe", "hub.verify_token", "guess", "hub.challenge", "1"));
    HandshakeReply wrongMode = VERIFIER.handshake(
        Map.of("hub.mode", "unsubscribe", "hub.verify_token", "s3cr3t-token", "hub.challenge", "1"));
    HandshakeReply noToken = VERIFIER.handshake(Map.of("hub.mode", "subscribe", "hub.challenge", "1"));

    assertThat(wrongToken.status()).isEqualTo(403);
    assertThat(wrongToken.verified()).isFalse();
    assertThat(wrongMode.status()).isEqualTo(403);
    assertThat(noToken.status()).isEqualTo(403);
    assertThat(wrongToken.body() + wrongMode.body() + noToken.body()).doesNotContain("s3cr3t");
  }

  @Test
  void the_handshake_does_not_reflect_a_missing_or_odd_challenge() {
    Map<String, String> noChallenge = Map.of("hub.mode", "subscribe", "hub.verify_token", "s3cr3t-token");
    Map<String, String> markup = Map.of("hub.mode", "subscribe", "hub.verify_token", "s3cr3t-token",
        "hub.challenge", "<script>alert(1)</script>");

    assertThat(VERIFIER.handshake(noChallenge).status()).isEqualTo(400);
    assertThat(VERIFIER.handshake(markup)).satisfies(reply -> {
      assertThat(reply.status()).isEqualTo(400);
      assertThat(reply.body()).doesNotContain("script");
    });
  }

  @Test
  void the_handshake_reads_a_raw_query_string_decoding_it() {
    assertThat(VERIFIER.handshake("hub.mode=subscribe&hub.challenge=42&hub.verify_token=s3cr3t%2Dtoken"))
        .isEqualTo(new HandshakeReply(200, "42"));
    assertThat(VERIFIER.handshake("hub.mode=subscribe&hub.challenge=42&hub.verify_token=s3cr3t-token"
        + "&hub.verify_token=other").status()).isEqualTo(200);
    assertThat(VERIFIER.handshake((String) null).status()).isEqualTo(403);
    assertThat(VERIFIER.handshake("hub.mode=subscribe&hub.verify_token=%zz&hub.challenge=1").status()).isEqualTo(400);
  }

  @Test
  void a_body_signed_with_the_app_secret_verifies_the_spec_vector() {
    WebhookNotification notification = VERIFIER.verifyAndParse(BODY,
        "sha256=dec6a680679a968e7e0319355b23599cbfc54502c0784668e9618baa0c633756");

    assertThat(notification.events()).isEmpty();
  }

  @Test
  void a_missing_or_wrong_signature_is_refused_before_parsing() {
    byte[] garbage = "not json".getBytes(StandardCharsets.UTF_8);

    assertThatExceptionOfType(HubSignatureException.class).isThrownBy(() -> VERIFIER.verifyAndParse(garbage, null))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(HubSignatureException.Reason.MISSING));
    assertThatExceptionOfType(HubSignatureException.class)
        .isThrownBy(() -> VERIFIER.verifyAndParse(garbage, HubSignature.sign(garbage, AppSecret.of("other"))))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(HubSignatureException.Reason.MISMATCH))
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("test_app_secret"));
  }

  @Test
  void a_body_with_raw_non_ascii_verifies_when_signed_over_its_escaped_form_as_meta_does() {
    byte[] raw = "{\"object\":\"whatsapp_business_account\",\"entry\":[],\"n\":\"\u00e4\u00f6\u00e5 \ud83d\ude00\"}"
        .getBytes(StandardCharsets.UTF_8);
    byte[] escaped = "{\"object\":\"whatsapp_business_account\",\"entry\":[],\"n\":\"\\u00e4\\u00f6\\u00e5 \\ud83d\\ude00\"}"
        .getBytes(StandardCharsets.UTF_8);
    AppSecret secret = AppSecret.of("test_app_secret");

    VERIFIER.verifySignature(raw, HubSignature.sign(escaped, secret));
    VERIFIER.verifySignature(raw, HubSignature.sign(raw, secret));
    VERIFIER.verifySignature(escaped, HubSignature.sign(escaped, secret));
    assertThatExceptionOfType(HubSignatureException.class)
        .isThrownBy(() -> VERIFIER.verifySignature(raw, HubSignature.sign(escaped, AppSecret.of("other"))))
        .satisfies(e -> assertThat(e.reason()).isEqualTo(HubSignatureException.Reason.MISMATCH));
    assertThatExceptionOfType(HubSignatureException.class)
        .isThrownBy(() -> VERIFIER.verifySignature(escaped, HubSignature.sign(raw, secret)));
  }

  @Test
  void during_a_rotation_both_secrets_verify() {
    WebhookVerifier rotating = WebhookVerifier.create(
        HubSignature.verifier(AppSecret.of("new-secret"), AppSecret.of("test_app_secret")), "t");

    rotating.verifySignature(BODY, HubSignature.sign(BODY, AppSecret.of("new-secret")));
    rotating.verifySignature(BODY, HubSignature.sign(BODY, AppSecret.of("test_app_secret")));
    assertThatExceptionOfType(HubSignatureException.class)
        .isThrownBy(() -> rotating.verifySignature(BODY, HubSignature.sign(BODY, AppSecret.of("third"))));
  }

  @Test
  void a_blank_verify_token_is_refused_and_to_string_hides_secret_and_token() {
    assertThatIllegalArgumentException().isThrownBy(() -> WebhookVerifier.create(AppSecret.of("x"), " "))
        .withMessageStartingWith("a webhook verify token must not be empty or blank");
    assertThat(VERIFIER.toString()).doesNotContain("s3cr3t").doesNotContain("test_app_secret");
  }
}
