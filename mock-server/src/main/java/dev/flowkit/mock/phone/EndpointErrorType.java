package dev.flowkit.mock.phone;

import java.util.Optional;
import org.jspecify.annotations.NullMarked;

/**
 * The error types WhatsApp names for trouble between a phone and a flow endpoint (platform facts §5.3, §5.6,
 * §6.8): the keys a phone puts in {@code data.error} of an error notification, and the keys of the platform's
 * {@code ENDPOINT_REQUEST_ERROR} metric. {@link #wireName()} is the spelling on the wire; Meta mixes
 * underscores and hyphens, and so does this enum's source.
 */
@NullMarked
public enum EndpointErrorType {
  /** The endpoint did not answer within the timeout (10 s on WhatsApp). An endpoint error. */
  TIMEOUT_ERROR("timeout_error", true),
  /** The endpoint answered with a status other than 200 (432, 500, 302, ...). An endpoint error. */
  UNEXPECTED_HTTP_STATUS_CODE("unexpected_http_status_code", true),
  /** No valid HTTP response: connection refused, reset, or not HTTP. An endpoint error. */
  NO_HTTP_RESPONSE_ERROR("no_http_response_error", true),
  /** The platform would not send the request (flow not DRAFT or PUBLISHED, WABA blocked...). An endpoint error. */
  CANNOT_BE_SERVED("cannot_be_served", true),
  /** The app linked to the flow lacks the endpoint capability. An endpoint error. */
  MISSING_CAPABILITY("missing_capability", true),
  /** The endpoint answered 421 twice: it cannot decrypt what the phone encrypts for the current key. */
  BUSINESS_DECRYPTION_ERROR("business-decryption-error", false),
  /** The phone could not decrypt the endpoint's 200 answer. */
  RESPONSE_DECRYPTION_ERROR("response-decryption-error", false),
  /** The response's screen is neither the current one nor reachable from it in the routing model. */
  INVALID_SCREEN_TRANSITION("invalid-screen-transition", false),
  /** The response's shape, or its data against the target screen's data model, is wrong. */
  PAYLOAD_SCHEMA_ERROR("payload-schema-error", false),
  /** No business public key is registered for the phone number. */
  PUBLIC_KEY_MISSING("public-key-missing", false),
  /** The business public key's signature does not verify (spelled as in Meta's table). */
  PUBLIC_KEY_SIGNATURE_VERIFICATION("public-key-signiture-verification", false);

  private final String wireName;
  private final boolean endpointError;

  EndpointErrorType(String wireName, boolean endpointError) {
    this.wireName = wireName;
    this.endpointError = endpointError;
  }

  /** The key as WhatsApp writes it, e.g. {@code timeout_error} or {@code payload-schema-error}. */
  public String wireName() {
    return wireName;
  }

  /**
   * Whether the platform counts it among endpoint errors ({@code ENDPOINT_REQUEST_ERROR}, the endpoint error-rate
   * alert of platform facts §7) rather than among client errors.
   */
  public boolean isEndpointError() {
    return endpointError;
  }

  /** The type with this wire name, if FlowKit knows it. */
  public static Optional<EndpointErrorType> fromWireName(String wireName) {
    for (EndpointErrorType type : values()) {
      if (type.wireName.equals(wireName)) {
        return Optional.of(type);
      }
    }
    return Optional.empty();
  }
}
