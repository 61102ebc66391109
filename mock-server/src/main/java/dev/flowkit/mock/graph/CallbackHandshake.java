package dev.flowkit.mock.graph;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Locale;

/**
 * The verification handshake of spec/platform.md section 6.1, as WhatsApp performs it when a callback URL is set:
 * {@code GET <callback>?hub.mode=subscribe&hub.challenge=<integer>&hub.verify_token=<token>}, passed when the
 * callback answers 200 with the challenge as its body. The mock, unlike WhatsApp, accepts {@code http} URLs (tests
 * run receivers on loopback without certificates).
 *
 * <p>A failed handshake answers code 2200 "Callback verification failed" (the digest does not list the code; 2200
 * is Graph's code for this refusal, with the callback's status in the message). Neither the verify token nor the
 * callback's body appears in the error.
 */
final class CallbackHandshake {

  private static final Duration TIMEOUT = Duration.ofSeconds(5);
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HttpClient CLIENT = HttpClient.newBuilder().connectTimeout(TIMEOUT)
      .followRedirects(HttpClient.Redirect.NEVER).build();

  private CallbackHandshake() {}

  /**
   * Checks {@code callbackUrl} is an absolute http(s) URL, then runs the handshake against it.
   *
   * @param what the parameter that named the URL, for the details
   * @throws GraphCallException 100 for a URL that is not one, 2200 when the handshake fails
   */
  static void verify(String callbackUrl, String verifyToken, String what) {
    URI url;
    try {
      url = URI.create(callbackUrl);
    } catch (IllegalArgumentException e) {
      throw GraphCallException.invalidParameter(what + " must be an absolute http or https URL");
    }
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw GraphCallException.invalidParameter(what + " must be an absolute http or https URL");
    }
    String challenge = Integer.toString(RANDOM.nextInt(1_000_000_000));
    String query = "hub.mode=subscribe&hub.challenge=" + challenge + "&hub.verify_token="
        + URLEncoder.encode(verifyToken, StandardCharsets.UTF_8);
    URI target = URI.create(callbackUrl + (url.getRawQuery() == null ? "?" : "&") + query);
    HttpResponse<String> response;
    try {
      response = CLIENT.send(HttpRequest.newBuilder(target).timeout(TIMEOUT).GET().build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (IOException e) {
      throw failed("the callback could not be reached (" + e.getClass().getSimpleName() + ")");
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw failed("the handshake was interrupted");
    }
    if (response.statusCode() != 200) {
      throw failed("HTTP Status Code = " + response.statusCode());
    }
    if (!response.body().trim().equals(challenge)) {
      throw failed("The URL couldn't be validated. Response does not match challenge, expected " + challenge);
    }
  }

  private static GraphCallException failed(String why) {
    return GraphCallException.builder(2200, "(#2200) Callback verification failed with the following errors: "
        + why).details(why).build();
  }
}
