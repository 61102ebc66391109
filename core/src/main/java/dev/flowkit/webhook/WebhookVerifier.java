package dev.flowkit.webhook;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.HubSignatureException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * The two checks of a webhook receiver, independent of any HTTP server: the {@code hub.*} subscription handshake
 * (GET) and the {@code X-Hub-Signature-256} of each notification (POST). Immutable and thread-safe; neither
 * {@code toString()} nor any message shows the app secret or the verify token.
 *
 * <p>A signature is accepted over the body as received or, if that fails and the body holds non-ASCII
 * characters, over the same body with those characters escaped as lowercase <code>&#92;uXXXX</code>: Meta signs the
 * escaped form (platform spec §6.2), which is usually, but not provably always, the form it sends.
 *
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.create(AppSecret.of(appSecret), verifyToken);
 * HandshakeReply reply = verifier.handshake(request.rawQuery());
 * WebhookNotification notification = verifier.verifyAndParse(rawBody, request.header(HubSignature.HEADER));
 * }</pre>
 */
public final class WebhookVerifier {

  // The spec promises an integer challenge; echoing only a short token of safe characters keeps the endpoint
  // from reflecting arbitrary text while tolerating a non-numeric challenge.
  private static final Pattern CHALLENGE = Pattern.compile("[A-Za-z0-9._~-]{1,256}");

  private final HubSignature signature;
  private final byte[] verifyToken;

  private WebhookVerifier(HubSignature signature, String verifyToken) {
    if (verifyToken.isBlank()) {
      throw new IllegalArgumentException("a webhook verify token must not be empty or blank: use the token "
          + "entered with the callback URL in the app's WhatsApp configuration");
    }
    this.signature = Objects.requireNonNull(signature, "signature");
    this.verifyToken = verifyToken.getBytes(StandardCharsets.UTF_8);
  }

  /**
   * A verifier for one app secret.
   *
   * @param verifyToken the token configured with the callback URL
   * @throws IllegalArgumentException if the token is empty or blank
   */
  public static WebhookVerifier create(AppSecret appSecret, String verifyToken) {
    return new WebhookVerifier(HubSignature.verifier(appSecret), verifyToken);
  }

  /**
   * A verifier over any signature check, e.g. {@link HubSignature#verifier(AppSecret, AppSecret)} during an
   * app-secret rotation.
   *
   * @throws IllegalArgumentException if the token is empty or blank
   */
  public static WebhookVerifier create(HubSignature signature, String verifyToken) {
    return new WebhookVerifier(signature, verifyToken);
  }

  /**
   * Answers the handshake from decoded query parameters ({@code hub.mode}, {@code hub.verify_token},
   * {@code hub.challenge}): 200 with the challenge if the mode is {@code subscribe} and the token matches
   * (compared in constant time), 403 otherwise, 400 if the challenge is missing or not a short token.
   */
  public HandshakeReply handshake(Map<String, String> query) {
    String mode = query.get("hub.mode");
    String token = query.get("hub.verify_token");
    String challenge = query.get("hub.challenge");
    if (!"subscribe".equals(mode)) {
      return new HandshakeReply(403, "hub.mode must be subscribe");
    }
    if (token == null || !MessageDigest.isEqual(verifyToken, token.getBytes(StandardCharsets.UTF_8))) {
      return new HandshakeReply(403, "hub.verify_token does not match the configured verify token");
    }
    if (challenge == null || !CHALLENGE.matcher(challenge).matches()) {
      return new HandshakeReply(400, "hub.challenge must be 1 to 256 letters, digits or ._~-");
    }
    return new HandshakeReply(200, challenge);
  }

  /**
   * Answers the handshake from a raw, still URL-encoded query string, as {@link #handshake(Map)}; a repeated
   * parameter counts with its first value.
   *
   * @param rawQuery the text after {@code ?}, or {@code null} when the URL has none
   */
  public HandshakeReply handshake(@Nullable String rawQuery) {
    Map<String, String> query = new HashMap<>();
    if (rawQuery != null) {
      for (String pair : rawQuery.split("&")) {
        int eq = pair.indexOf('=');
        try {
          String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
          String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
          query.putIfAbsent(name, value);
        } catch (IllegalArgumentException e) {
          return new HandshakeReply(400, "the query string is not valid URL encoding");
        }
      }
    }
    return handshake(query);
  }

  /**
   * Checks the {@code X-Hub-Signature-256} header against the raw body as received.
   *
   * @param header the header value, or {@code null} when the request had none
   * @throws HubSignatureException if the header is missing, malformed or does not match; see its
   *     {@link HubSignatureException#reason()}
   */
  public void verifySignature(byte[] rawBody, @Nullable String header) {
    try {
      signature.verify(rawBody, header);
    } catch (HubSignatureException e) {
      // Meta signs the payload with non-ASCII escaped as backslash-u XXXX (platform spec §6.2). Bodies are seen to
      // arrive in that form already; should one arrive with the characters raw, the escaped form is what was
      // signed. Both forms are the same JSON, so accepting either admits nothing the app secret did not sign.
      if (e.reason() != HubSignatureException.Reason.MISMATCH || !hasNonAscii(rawBody)
          || !signature.isValid(escapeNonAscii(rawBody), header)) {
        throw e;
      }
    }
  }

  private static boolean hasNonAscii(byte[] body) {
    for (byte b : body) {
      if (b < 0) {
        return true;
      }
    }
    return false;
  }

  /** {@link #escapeNonAscii(String)} of the UTF-8 body, as ASCII bytes. */
  private static byte[] escapeNonAscii(byte[] body) {
    return escapeNonAscii(new String(body, StandardCharsets.UTF_8)).getBytes(StandardCharsets.US_ASCII);
  }

  /**
   * The escaped-unicode form Meta signs webhook payloads in (spec/platform.md section 6.2): every non-ASCII char
   * as <code>&#92;uXXXX</code> with lowercase hex (a character outside the BMP as its two surrogates), everything else,
   * {@code /} included, unchanged. Escaping finished JSON text this way is the same as escaping inside its string
   * literals, where the only non-ASCII chars of JSON can be.
   */
  public static String escapeNonAscii(String text) {
    StringBuilder escaped = new StringBuilder(text.length() + 64);
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c < 0x80) {
        escaped.append(c);
      } else {
        escaped.append("\\u").append(String.format(Locale.ROOT, "%04x", (int) c));
      }
    }
    return escaped.toString();
  }

  /**
   * Checks the signature, then parses the body.
   *
   * @throws HubSignatureException if the signature does not verify (nothing is parsed then)
   * @throws WebhookParseException if the body is not a webhook FlowKit can read
   */
  public WebhookNotification verifyAndParse(byte[] rawBody, @Nullable String header) {
    verifySignature(rawBody, header);
    return WebhookParser.parse(rawBody);
  }

  /** Never the secret or the token. */
  @Override
  public String toString() {
    return "WebhookVerifier[" + signature + ", verify token redacted]";
  }
}
