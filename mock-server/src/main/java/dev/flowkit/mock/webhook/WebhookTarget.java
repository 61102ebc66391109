package dev.flowkit.mock.webhook;

import dev.flowkit.crypto.AppSecret;
import java.net.URI;
import java.util.Locale;
import java.util.Objects;

/**
 * Where a webhook goes: the business's callback URL and the app secret that signs what is sent there. Its
 * {@code toString()} shows the URL only.
 *
 * @param url an absolute {@code http} or {@code https} URL (the mock does not insist on HTTPS, unlike WhatsApp)
 * @param appSecret the Meta app secret of the subscribed app
 */
public record WebhookTarget(URI url, AppSecret appSecret) {

  /**
   * Checks the URL.
   *
   * @throws IllegalArgumentException if the URL is not absolute {@code http} or {@code https} with a host
   */
  public WebhookTarget {
    Objects.requireNonNull(appSecret, "appSecret");
    String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase(Locale.ROOT);
    if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
      throw new IllegalArgumentException("a webhook callback URL must be an absolute http or https URL with a host, "
          + "e.g. https://example.com/webhook; got " + url);
    }
  }

  /** The URL only; the secret is never shown. */
  @Override
  public String toString() {
    return "WebhookTarget[" + url + "]";
  }
}
