package dev.flowkit.endpoint;

import dev.flowkit.crypto.AppSecret;
import dev.flowkit.crypto.DecryptedFlowRequest;
import dev.flowkit.crypto.EncryptedFlowRequest;
import dev.flowkit.crypto.FlowDecryptionException;
import dev.flowkit.crypto.FlowEndpointCipher;
import dev.flowkit.crypto.FlowTokenSignature;
import dev.flowkit.crypto.FlowTokenSignatureException;
import dev.flowkit.crypto.HubSignature;
import dev.flowkit.crypto.HubSignatureException;
import java.io.IOException;
import java.io.InputStream;
import java.security.PrivateKey;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A WhatsApp flow data endpoint, independent of any HTTP server: {@link #handle(FlowHttpRequest)} takes the method,
 * headers and raw body and returns status, content type and body. Immutable and thread-safe; build one at start-up
 * and mount it with an adapter such as {@link JdkFlowEndpointHandler}.
 *
 * <p>What it answers (platform facts §5.6), in the order it checks:
 * <ul>
 *   <li>405 for a method other than POST, 415 for a {@code Content-Type} other than {@code application/json},
 *       413 for a body over {@link Builder#maxBodyBytes(int)}, 400 for an empty body;</li>
 *   <li>432 when an app secret is configured and {@code X-Hub-Signature-256} is missing or does not match the raw
 *       body;</li>
 *   <li>400 when the body is not the {@code encrypted_flow_data / encrypted_aes_key / initial_vector} object, or
 *       decrypts to something that is not a flow request (a retry cannot help, so not 421);</li>
 *   <li>421 when the body cannot be decrypted with the private key(s): WhatsApp refetches the public key and
 *       retries;</li>
 *   <li>200 {@code {"data":{"status":"active"}}} for {@code ping}, and {@code {"data":{"acknowledged":true}}} for
 *       an error notification (passed to {@link Builder#onErrorNotification(Consumer)}); neither reaches the
 *       handler;</li>
 *   <li>432 when {@code flow_token_signature} verification is on and the signature is missing (if
 *       required), forged or for another token;</li>
 *   <li>200 with the handler's {@link FlowResponse}; 427 with {@code {"error_msg": …}} when it throws
 *       {@link InvalidFlowTokenException}; 500 when it throws anything else.</li>
 * </ul>
 * Bodies of 200 and 427 are encrypted (a bare base64 string, {@code text/plain}); every other body is a short
 * plain-text reason. No body and no log line contains a key, a secret, a flow token or request data; the 500 path
 * logs the handler's exception with its class names and stack frames but without its messages, which often quote
 * what the user typed.
 */
public final class FlowEndpoint {

  /** The default largest accepted body: 1 MiB. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1 << 20;

  private static final Logger LOG = LoggerFactory.getLogger(FlowEndpoint.class);
  private static final String PING_REPLY = "{\"data\":{\"status\":\"active\"}}";
  private static final String ACKNOWLEDGED = "{\"data\":{\"acknowledged\":true}}";

  private final FlowEndpointCipher cipher;
  private final @Nullable HubSignature hubSignature;
  private final @Nullable FlowTokenSignature tokenSignature;
  private final boolean tokenSignatureRequired;
  private final FlowHandler handler;
  private final Consumer<FlowErrorNotification> errorNotifications;
  private final int maxBodyBytes;

  private FlowEndpoint(Builder builder) {
    this.cipher = Objects.requireNonNull(builder.cipher, "a FlowEndpoint needs privateKey(...) or cipher(...)");
    this.hubSignature = builder.hubSignature;
    this.tokenSignature = builder.tokenSignature;
    this.tokenSignatureRequired = builder.tokenSignatureRequired;
    this.handler = Objects.requireNonNull(builder.handler, "a FlowEndpoint needs handler(...)");
    this.errorNotifications = builder.errorNotifications;
    this.maxBodyBytes = builder.maxBodyBytes;
  }

  /** A builder for keys, secret, handler and limits. */
  public static Builder builder() {
    return new Builder();
  }

  /** The largest body accepted; adapters read at most one byte more. */
  public int maxBodyBytes() {
    return maxBodyBytes;
  }

  /**
   * What every adapter does: refuse a declared length over the limit unread, else read at most one byte over the
   * limit (so an oversized body costs no more) and answer.
   *
   * @param headers first value of each header by name, any case
   * @param declaredLength the {@code Content-Length}, or -1 when unknown
   */
  FlowHttpResponse handle(String method, Map<String, String> headers, long declaredLength, InputStream body)
      throws IOException {
    if (declaredLength > maxBodyBytes) {
      return tooLarge();
    }
    return handle(FlowHttpRequest.of(method, headers, body.readNBytes(maxBodyBytes + 1)));
  }

  private FlowHttpResponse tooLarge() {
    return FlowHttpResponse.text(413, "the body is larger than " + maxBodyBytes + " bytes");
  }

  /** Answers one HTTP request. Never throws for anything the request contains. */
  public FlowHttpResponse handle(FlowHttpRequest http) {
    if (!http.method().equals("POST")) {
      return new FlowHttpResponse(405, FlowHttpResponse.TEXT, Map.of("Allow", "POST"),
          "a flow endpoint accepts POST only");
    }
    String contentType = http.header("Content-Type").orElse("");
    if (!isJson(contentType)) {
      return FlowHttpResponse.text(415, "a flow endpoint accepts Content-Type: application/json only");
    }
    byte[] body = http.body();
    if (body.length > maxBodyBytes) {
      return tooLarge();
    }
    if (body.length == 0) {
      return FlowHttpResponse.text(400, "the body is empty");
    }
    if (hubSignature != null) {
      try {
        hubSignature.verify(body, http.header(HubSignature.HEADER).orElse(null));
      } catch (HubSignatureException e) {
        LOG.warn("flow endpoint request refused with 432: {} ({})", e.reason(), e.getMessage());
        return FlowHttpResponse.text(HubSignatureException.HTTP_STATUS, "the request signature does not validate");
      }
    }
    DecryptedFlowRequest decrypted;
    try {
      decrypted = cipher.decrypt(EncryptedFlowRequest.parse(body));
    } catch (FlowDecryptionException e) {
      if (e.reason() == FlowDecryptionException.Reason.MALFORMED_BODY) {
        LOG.warn("flow endpoint request refused with 400: {}", e.getMessage());
        return FlowHttpResponse.text(400, "the body is not an encrypted flow request");
      }
      LOG.warn("flow endpoint request refused with 421: {} ({})", e.reason(), e.getMessage());
      return FlowHttpResponse.text(FlowDecryptionException.HTTP_STATUS, "the request could not be decrypted");
    }
    FlowRequest request;
    try {
      request = FlowRequest.from(decrypted.payload());
    } catch (InvalidFlowRequestException e) {
      LOG.warn("flow endpoint request refused with 400: {}", e.getMessage());
      return FlowHttpResponse.text(400, "the decrypted body is not a flow request");
    }
    if (request.action() == FlowRequest.Action.PING) {
      return ok(decrypted, PING_REPLY);
    }
    if (tokenSignature != null && (tokenSignatureRequired || request.flowTokenSignature().isPresent())) {
      try {
        tokenSignature.verify(request.flowTokenSignature().orElse(null), request.flowToken().orElse(null));
      } catch (FlowTokenSignatureException e) {
        LOG.warn("flow endpoint request refused with 432: flow_token_signature {} ({})", e.reason(), e.getMessage());
        return FlowHttpResponse.text(HubSignatureException.HTTP_STATUS, "the flow token signature does not validate");
      }
    }
    try {
      if (FlowErrorNotification.matches(request)) {
        errorNotifications.accept(FlowErrorNotification.of(request));
        return ok(decrypted, ACKNOWLEDGED);
      }
      FlowResponse response = handler.handle(request);
      if (response == null) {
        throw new IllegalStateException("the handler returned null for " + request);
      }
      return ok(decrypted, response.toJson());
    } catch (InvalidFlowTokenException e) {
      ObjectNode reply = EndpointJson.MAPPER.createObjectNode();
      reply.put("error_msg", e.userMessage());
      return FlowHttpResponse.encrypted(InvalidFlowTokenException.HTTP_STATUS,
          decrypted.encryptResponse(EndpointJson.MAPPER.writeValueAsString(reply)));
    } catch (Exception e) {
      LOG.error("flow endpoint handler failed on {} with {}; answering 500", request, e.getClass().getName(),
          WithheldMessage.of(e));
      return FlowHttpResponse.text(500, "the endpoint failed to process the request");
    }
  }

  private static FlowHttpResponse ok(DecryptedFlowRequest decrypted, String json) {
    return FlowHttpResponse.encrypted(200, decrypted.encryptResponse(json));
  }

  private static boolean isJson(String contentType) {
    int semicolon = contentType.indexOf(';');
    String mediaType = (semicolon < 0 ? contentType : contentType.substring(0, semicolon)).strip();
    return mediaType.toLowerCase(Locale.ROOT).equals("application/json");
  }

  @Override
  public String toString() {
    return "FlowEndpoint[" + cipher + (hubSignature == null ? ", no app secret" : ", X-Hub-Signature-256 checked")
        + (tokenSignature == null ? "" : ", flow_token_signature checked") + ", handler " + handler + "]";
  }

  /** Builds a {@link FlowEndpoint}. Not thread-safe. */
  public static final class Builder {

    private @Nullable FlowEndpointCipher cipher;
    private @Nullable HubSignature hubSignature;
    private @Nullable FlowTokenSignature tokenSignature;
    private boolean tokenSignatureRequired;
    private @Nullable FlowHandler handler;
    private Consumer<FlowErrorNotification> errorNotifications = notification -> { };
    private int maxBodyBytes = DEFAULT_MAX_BODY_BYTES;

    private Builder() {}

    /** The private key of the public key uploaded for the phone number; or give a {@link #cipher} instead. */
    public Builder privateKey(PrivateKey key) {
      this.cipher = FlowEndpointCipher.create(key);
      return this;
    }

    /** A cipher, e.g. one also accepting the previous key during a rotation. */
    public Builder cipher(FlowEndpointCipher cipher) {
      this.cipher = Objects.requireNonNull(cipher, "cipher");
      return this;
    }

    /** Check {@code X-Hub-Signature-256} with the app secret; without one the header is not checked. */
    public Builder appSecret(AppSecret secret) {
      this.hubSignature = HubSignature.verifier(secret);
      return this;
    }

    /** Check {@code X-Hub-Signature-256} with a verifier of your own, e.g. accepting two secrets in a rotation. */
    public Builder hubSignature(HubSignature verifier) {
      this.hubSignature = Objects.requireNonNull(verifier, "verifier");
      return this;
    }

    /**
     * Verify {@code flow_token_signature} (data API 4.0 with flow JSON 7.3+) when a request carries one; a forged
     * one or one for another token gets 432 (FlowKit's choice: Meta names no status for it, and 432 is the
     * status for "not signed by WhatsApp").
     *
     * @param required also refuse requests (other than ping) that carry no signature; only for flows where
     *     every request has one
     */
    public Builder flowTokenSignature(FlowTokenSignature verifier, boolean required) {
      this.tokenSignature = Objects.requireNonNull(verifier, "verifier");
      this.tokenSignatureRequired = required;
      return this;
    }

    /** Your handler, e.g. a {@link FlowRouter}. Required. */
    public Builder handler(FlowHandler handler) {
      this.handler = Objects.requireNonNull(handler, "handler");
      return this;
    }

    /**
     * Called for each error notification, after which WhatsApp gets its acknowledgement; by default they are
     * acknowledged only. If the callback throws, the endpoint answers 500.
     */
    public Builder onErrorNotification(Consumer<FlowErrorNotification> callback) {
      this.errorNotifications = Objects.requireNonNull(callback, "callback");
      return this;
    }

    /** The largest body accepted (413 above it); default 1 MiB ({@value FlowEndpoint#DEFAULT_MAX_BODY_BYTES} bytes). */
    public Builder maxBodyBytes(int bytes) {
      if (bytes < 1) {
        throw new IllegalArgumentException("maxBodyBytes must be positive, got " + bytes);
      }
      this.maxBodyBytes = bytes;
      return this;
    }

    /**
     * The endpoint.
     *
     * @throws NullPointerException if the private key (or cipher) or the handler is missing
     */
    public FlowEndpoint build() {
      return new FlowEndpoint(this);
    }
  }
}
