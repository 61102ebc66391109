package dev.flowkit.crypto;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import org.junit.jupiter.api.Test;

class FlowTokenSignatureTest {

  private static final AppSecret SECRET = AppSecret.of("test_app_secret");
  private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();

  @Test
  void a_minted_signature_has_the_documented_shape_and_verifies() {
    String jwt = FlowTokenSignature.mint("bk-77aa", SECRET);
    String[] parts = jwt.split("\\.");

    assertThat(parts).hasSize(3);
    assertThat(decode(parts[0])).isEqualTo("{\"alg\":\"HS256\",\"typ\":\"JWT\"}");
    assertThat(decode(parts[1])).isEqualTo("{\"flow_token\":\"bk-77aa\"}");
    assertThat(FlowTokenSignature.verifier(SECRET).verify(jwt, "bk-77aa")).isEqualTo("bk-77aa");
  }

  @Test
  void matches_an_independently_computed_hs256() throws Exception {
    String signingInput = B64.encodeToString("{\"alg\":\"HS256\",\"typ\":\"JWT\"}".getBytes(StandardCharsets.UTF_8))
        + "." + B64.encodeToString("{\"flow_token\":\"bk-77aa\"}".getBytes(StandardCharsets.UTF_8));
    javax.crypto.Mac mac = javax.crypto.Mac.getInstance("HmacSHA256");
    mac.init(new javax.crypto.spec.SecretKeySpec("test_app_secret".getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
    String expected = signingInput + "." + B64.encodeToString(mac.doFinal(signingInput.getBytes(StandardCharsets.US_ASCII)));

    assertThat(FlowTokenSignature.mint("bk-77aa", SECRET)).isEqualTo(expected);
  }

  @Test
  void another_secret_or_token_fails_with_its_reason() {
    String jwt = FlowTokenSignature.mint("bk-77aa", SECRET);

    assertReason(() -> FlowTokenSignature.verifier(AppSecret.of("other")).verify(jwt, "bk-77aa"),
        FlowTokenSignatureException.Reason.BAD_SIGNATURE);
    assertReason(() -> FlowTokenSignature.verifier(SECRET).verify(jwt, "bk-other"),
        FlowTokenSignatureException.Reason.TOKEN_MISMATCH);
    assertReason(() -> FlowTokenSignature.verifier(SECRET).verify(null, "bk-77aa"), FlowTokenSignatureException.Reason.MISSING);
    assertThat(FlowTokenSignature.verifier(AppSecret.of("new")).withPreviousSecret(SECRET).verify(jwt, null)).isEqualTo("bk-77aa");
  }

  @Test
  void alg_none_and_other_algorithms_are_refused_even_with_a_valid_looking_body() {
    String payload = B64.encodeToString("{\"flow_token\":\"bk-77aa\"}".getBytes(StandardCharsets.UTF_8));
    String none = B64.encodeToString("{\"alg\":\"none\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload + ".";
    String rs = B64.encodeToString("{\"alg\":\"RS256\"}".getBytes(StandardCharsets.UTF_8)) + "." + payload + ".c2ln";

    assertReason(() -> FlowTokenSignature.verifier(SECRET).verify(none, "bk-77aa"), FlowTokenSignatureException.Reason.UNSUPPORTED_ALGORITHM);
    assertReason(() -> FlowTokenSignature.verifier(SECRET).verify(rs, "bk-77aa"), FlowTokenSignatureException.Reason.UNSUPPORTED_ALGORITHM);
  }

  @Test
  void malformed_jwts_are_malformed() {
    for (String jwt : new String[] {"abc", "a.b", "a.b.c.d", "!!.e30.e30", "eyJhbGciOiJIUzI1NiJ9.e30.@@"}) {
      assertReason(() -> FlowTokenSignature.verifier(SECRET).verify(jwt, null), FlowTokenSignatureException.Reason.MALFORMED);
    }
  }

  @Test
  void exp_and_nbf_are_honoured_with_leeway() {
    Instant now = Instant.parse("2026-11-23T12:00:00Z");
    FlowTokenSignature verifier = FlowTokenSignature.verifier(SECRET).withClock(Clock.fixed(now, ZoneOffset.UTC));

    assertReason(() -> verifier.verify(signed("{\"flow_token\":\"t\",\"exp\":" + (now.getEpochSecond() - 61) + "}"), "t"),
        FlowTokenSignatureException.Reason.EXPIRED);
    assertThat(verifier.verify(signed("{\"flow_token\":\"t\",\"exp\":" + (now.getEpochSecond() - 30) + "}"), "t")).isEqualTo("t");
    assertReason(() -> verifier.withLeeway(Duration.ZERO).verify(signed("{\"flow_token\":\"t\",\"exp\":" + (now.getEpochSecond() - 30) + "}"), "t"),
        FlowTokenSignatureException.Reason.EXPIRED);
    assertReason(() -> verifier.verify(signed("{\"flow_token\":\"t\",\"nbf\":" + (now.getEpochSecond() + 600) + "}"), "t"),
        FlowTokenSignatureException.Reason.EXPIRED);
  }

  @Test
  void the_claim_name_is_switchable() {
    String jwt = FlowTokenSignature.mint("bk-1", SECRET, "sub");

    assertReason(() -> FlowTokenSignature.verifier(SECRET).verify(jwt, "bk-1"), FlowTokenSignatureException.Reason.TOKEN_MISMATCH);
    assertThat(FlowTokenSignature.verifier(SECRET).withClaim("sub").verify(jwt, "bk-1")).isEqualTo("bk-1");
  }

  private static String signed(String payloadJson) {
    String input = B64.encodeToString("{\"alg\":\"HS256\"}".getBytes(StandardCharsets.UTF_8)) + "."
        + B64.encodeToString(payloadJson.getBytes(StandardCharsets.UTF_8));
    return input + "." + B64.encodeToString(HmacSha256.of(SECRET, input.getBytes(StandardCharsets.US_ASCII)));
  }

  private static String decode(String part) {
    return new String(Base64.getUrlDecoder().decode(part), StandardCharsets.UTF_8);
  }

  private static void assertReason(org.assertj.core.api.ThrowableAssert.ThrowingCallable call,
      FlowTokenSignatureException.Reason reason) {
    assertThatExceptionOfType(FlowTokenSignatureException.class).isThrownBy(call)
        .satisfies(e -> assertThat(e.reason()).as(e.getMessage()).isEqualTo(reason))
        .satisfies(e -> LeakCheck.assertNoLeak(e, "test_app_secret"));
  }
}
