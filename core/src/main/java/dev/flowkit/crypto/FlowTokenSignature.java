package dev.flowkit.crypto;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The {@code flow_token_signature} of data API 4.0 (flow JSON 7.3 and later): a JWT signed with HS256 under the
 * Meta app secret, whose payload carries the flow token. Verifying it is optional for a business; it proves the
 * flow token came through WhatsApp.
 *
 * <p>The claim's name is not documented: FlowKit assumes {@value #DEFAULT_CLAIM} (Meta's own description names
 * only "the flow token"), and {@link #withClaim(String)} changes it if Meta's tokens turn out to use another.
 * Meta documents no other claims; if the JWT carries {@code exp} or {@code nbf} (seconds since the epoch), they
 * are honoured with {@link #withLeeway(Duration) a leeway} of 60 seconds by default.
 *
 * <p>Instances are verifiers: immutable and thread-safe. {@link #mint(String, AppSecret)} produces a signature
 * (what the simulated phone sends).
 */
public final class FlowTokenSignature {

  /** The claim FlowKit assumes holds the flow token. */
  public static final String DEFAULT_CLAIM = "flow_token";

  private static final String HEADER_JSON = "{\"alg\":\"HS256\",\"typ\":\"JWT\"}";
  private static final Base64.Encoder B64URL = Base64.getUrlEncoder().withoutPadding();

  private final List<AppSecret> secrets;
  private final Clock clock;
  private final Duration leeway;
  private final String claim;

  private FlowTokenSignature(List<AppSecret> secrets, Clock clock, Duration leeway, String claim) {
    this.secrets = secrets;
    this.clock = clock;
    this.leeway = leeway;
    this.claim = claim;
  }

  /** Signs a flow token: {@code {"alg":"HS256","typ":"JWT"}.{"flow_token":"…"}.HMAC}. */
  public static String mint(String flowToken, AppSecret secret) {
    return mint(flowToken, secret, DEFAULT_CLAIM);
  }

  /** Signs a flow token under a claim name of your choice. */
  public static String mint(String flowToken, AppSecret secret, String claim) {
    ObjectNode payload = Json.MAPPER.createObjectNode();
    payload.put(claim, flowToken);
    String signingInput = b64(HEADER_JSON.getBytes(StandardCharsets.UTF_8)) + "."
        + b64(Json.MAPPER.writeValueAsBytes(payload));
    return signingInput + "." + b64(HmacSha256.of(secret, signingInput.getBytes(StandardCharsets.US_ASCII)));
  }

  /** A verifier accepting one app secret, on the system clock. */
  public static FlowTokenSignature verifier(AppSecret secret) {
    return new FlowTokenSignature(List.of(Objects.requireNonNull(secret, "secret")), Clock.systemUTC(),
        Duration.ofSeconds(60), DEFAULT_CLAIM);
  }

  /** This verifier, also accepting the app secret being rotated out. */
  public FlowTokenSignature withPreviousSecret(AppSecret previous) {
    List<AppSecret> both = new ArrayList<>(secrets.subList(0, 1));
    both.add(Objects.requireNonNull(previous, "previous"));
    return new FlowTokenSignature(List.copyOf(both), clock, leeway, claim);
  }

  /** This verifier, judging {@code exp} and {@code nbf} against the given clock. */
  public FlowTokenSignature withClock(Clock clock) {
    return new FlowTokenSignature(secrets, Objects.requireNonNull(clock, "clock"), leeway, claim);
  }

  /** This verifier, with another tolerance for clock skew on {@code exp} and {@code nbf}. */
  public FlowTokenSignature withLeeway(Duration leeway) {
    if (leeway.isNegative()) {
      throw new IllegalArgumentException("leeway must not be negative");
    }
    return new FlowTokenSignature(secrets, clock, leeway, claim);
  }

  /** This verifier, reading the flow token from another claim. */
  public FlowTokenSignature withClaim(String claim) {
    if (claim.isBlank()) {
      throw new IllegalArgumentException("claim must not be blank");
    }
    return new FlowTokenSignature(secrets, clock, leeway, claim);
  }

  /**
   * Verifies a signature and returns the flow token it signs.
   *
   * @param jwt the request's {@code flow_token_signature}, or {@code null} if it had none
   * @param expectedFlowToken the request's {@code flow_token}; {@code null} skips the comparison
   * @throws FlowTokenSignatureException naming what is wrong
   */
  public String verify(@Nullable String jwt, @Nullable String expectedFlowToken) {
    if (jwt == null || jwt.isBlank()) {
      throw fail(FlowTokenSignatureException.Reason.MISSING,
          "the request has no flow_token_signature; WhatsApp adds it for data API 4.0 with flow JSON 7.3 or later");
    }
    String[] parts = jwt.strip().split("\\.", -1);
    if (parts.length != 3) {
      throw fail(FlowTokenSignatureException.Reason.MALFORMED,
          "flow_token_signature is not a JWT: expected 3 dot-separated parts, got " + parts.length);
    }
    JsonNode header = jsonObject(parts[0], "header");
    JsonNode alg = header.get("alg");
    if (alg == null || !alg.isString() || !alg.asString().equals("HS256")) {
      throw fail(FlowTokenSignatureException.Reason.UNSUPPORTED_ALGORITHM,
          "flow_token_signature must be signed with HS256; its header names "
              + (alg == null ? "no algorithm" : "\"" + alg.asString() + "\""));
    }
    byte[] signature = decode(parts[2], "signature");
    byte[] signingInput = (parts[0] + "." + parts[1]).getBytes(StandardCharsets.US_ASCII);
    boolean match = false;
    for (AppSecret secret : secrets) {
      match |= MessageDigest.isEqual(HmacSha256.of(secret, signingInput), signature);
    }
    if (!match) {
      throw fail(FlowTokenSignatureException.Reason.BAD_SIGNATURE,
          "flow_token_signature was not signed with " + (secrets.size() == 1 ? "the configured app secret"
              : "either configured app secret") + ": check that the endpoint uses the secret of the app linked to the flow");
    }
    JsonNode payload = jsonObject(parts[1], "payload");
    checkTime(payload);
    JsonNode token = payload.get(claim);
    if (token == null || !token.isString()) {
      throw fail(FlowTokenSignatureException.Reason.TOKEN_MISMATCH,
          "flow_token_signature carries no \"" + claim + "\" string claim");
    }
    String signed = token.asString();
    if (expectedFlowToken != null && !MessageDigest.isEqual(signed.getBytes(StandardCharsets.UTF_8),
        expectedFlowToken.getBytes(StandardCharsets.UTF_8))) {
      throw fail(FlowTokenSignatureException.Reason.TOKEN_MISMATCH,
          "flow_token_signature signs a different flow token than the request's flow_token");
    }
    return signed;
  }

  private void checkTime(JsonNode payload) {
    Instant now = clock.instant();
    JsonNode exp = payload.get("exp");
    if (exp != null && exp.isNumber() && now.isAfter(Instant.ofEpochSecond(exp.asLong()).plus(leeway))) {
      throw fail(FlowTokenSignatureException.Reason.EXPIRED,
          "flow_token_signature expired at " + Instant.ofEpochSecond(exp.asLong()));
    }
    JsonNode nbf = payload.get("nbf");
    if (nbf != null && nbf.isNumber() && now.plus(leeway).isBefore(Instant.ofEpochSecond(nbf.asLong()))) {
      throw fail(FlowTokenSignatureException.Reason.EXPIRED,
          "flow_token_signature is not valid before " + Instant.ofEpochSecond(nbf.asLong()));
    }
  }

  private static JsonNode jsonObject(String part, String what) {
    byte[] bytes = decode(part, what);
    try {
      JsonNode node = Json.MAPPER.readTree(bytes);
      if (node != null && node.isObject()) {
        return node;
      }
    } catch (JacksonException e) {
      // reported below without repeating the content
    }
    throw fail(FlowTokenSignatureException.Reason.MALFORMED, "the JWT's " + what + " is not a JSON object");
  }

  private static byte[] decode(String part, String what) {
    try {
      return Base64.getUrlDecoder().decode(part);
    } catch (IllegalArgumentException e) {
      throw fail(FlowTokenSignatureException.Reason.MALFORMED, "the JWT's " + what + " is not base64url");
    }
  }

  private static String b64(byte[] bytes) {
    return B64URL.encodeToString(bytes);
  }

  private static FlowTokenSignatureException fail(FlowTokenSignatureException.Reason reason, String message) {
    return new FlowTokenSignatureException(reason, message);
  }

  @Override
  public String toString() {
    return "FlowTokenSignature[claim " + claim + ", " + secrets.size() + " secret(s)]";
  }
}
