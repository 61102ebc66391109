package dev.flowkit.mock.graph;

import java.security.SecureRandom;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * A failed Graph call: the error of spec/platform.md section 1.4 that the mock answers with, in Meta's envelope
 * ({@code {"error": {...}}}) and with the HTTP status of the section 1.4 table. Routes throw it; the HTTP layer
 * turns it into the reply. Its texts never carry a token, key or secret.
 */
public final class GraphCallException extends RuntimeException {

  private static final long serialVersionUID = 1L;
  private static final SecureRandom TRACE_IDS = new SecureRandom();
  private static final char[] BASE64URL =
      "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_".toCharArray();
  private static final DateTimeFormatter EXPIRY =
      DateTimeFormatter.ofPattern("EEEE, dd-MMM-yy HH:mm:ss 'UTC'", Locale.ENGLISH).withZone(ZoneOffset.UTC);
  private static final String METHOD_SENTENCE = "Unsupported %s request. Object with ID '%s' does not exist, cannot be"
      + " loaded due to missing permissions, or does not support this operation. Please read the Graph API"
      + " documentation at https://developers.facebook.com/docs/graph-api";

  private final String type;
  private final int code;
  private final @Nullable Integer subcode;
  private final @Nullable String userTitle;
  private final @Nullable String userMessage;
  private final @Nullable Boolean isTransient;
  private final @Nullable String details;
  private final int httpStatus;

  private GraphCallException(Builder b) {
    super(b.message, null, false, false);
    this.type = b.type;
    this.code = b.code;
    this.subcode = b.subcode;
    this.userTitle = b.userTitle;
    this.userMessage = b.userMessage;
    this.isTransient = b.isTransient;
    this.details = b.details;
    this.httpStatus = b.httpStatus == 0 ? httpStatusOf(b.code) : b.httpStatus;
  }

  /** A builder for an error with the given {@code code} and {@code message}; type {@code OAuthException}. */
  public static Builder builder(int code, String message) {
    return new Builder(code, message);
  }

  // ---- the cases every route needs

  /**
   * Code 100 "Invalid parameter", the reason in {@code error_user_msg} and {@code error_data.details} (where
   * Meta's newer errors put it, section 1.5).
   */
  public static GraphCallException invalidParameter(String details) {
    return builder(100, "Invalid parameter").userMessage(details).details(details).build();
  }

  /** Code 100: a required parameter is absent, in Graph's words. */
  public static GraphCallException missingParameter(String name) {
    return builder(100, "(#100) The parameter " + name + " is required").details("The parameter " + name
        + " is required").build();
  }

  /**
   * Code 100, subcode 33, {@code GraphMethodException}: the object does not exist, is not the caller's, or does not
   * support the method; Meta's sentence with the method in lower case.
   */
  public static GraphCallException unsupportedRequest(String method, String objectId) {
    return builder(100, String.format(Locale.ROOT, METHOD_SENTENCE, method.toLowerCase(Locale.ROOT), objectId))
        .type("GraphMethodException").subcode(33).build();
  }

  /**
   * A path that names no node or edge the mock knows. Graph answers these with code 2500 "Unknown path components"
   * (general Graph behaviour; not in the digest's tables, so HTTP 400 as for every other code).
   */
  public static GraphCallException unknownPath(String components) {
    return builder(2500, "Unknown path components: " + components).build();
  }

  /** A method the path does not support (for example PUT): the unsupported-request error on the path's first id. */
  public static GraphCallException wrongMethod(String method, String firstSegment) {
    return unsupportedRequest(method, firstSegment);
  }

  /** Code 100: the body is not the JSON, form or multipart data its content type announces. */
  public static GraphCallException malformedBody(String what) {
    return builder(100, "(#100) Invalid request body").details(what).build();
  }

  /** Code 100: the body is larger than the mock reads; HTTP 413 (Payload Too Large) as a web server would say. */
  public static GraphCallException bodyTooLarge(long limitBytes) {
    return builder(100, "(#100) The request body is too large").details("The request body exceeds "
        + limitBytes + " bytes").httpStatus(413).build();
  }

  /** Code 104: no access token at all. */
  public static GraphCallException missingToken() {
    return builder(104, "An access token is required to request this resource.").build();
  }

  /** Code 190 without subcode: the token is not one the platform issued. */
  public static GraphCallException invalidToken() {
    return builder(190, "Invalid OAuth access token - Cannot parse access token").build();
  }

  /** Code 190, subcode 463: the token expired at {@code expiredAt}. */
  public static GraphCallException expiredToken(Instant expiredAt, Instant now) {
    return builder(190, "Error validating access token: Session has expired on " + EXPIRY.format(expiredAt)
        + ". The current time is " + EXPIRY.format(now) + ".").subcode(463).build();
  }

  /** Code 200: the token lacks a permission the call needs. */
  public static GraphCallException missingPermission(String permission) {
    return builder(200, "(#200) Permissions error").details("The access token lacks the " + permission
        + " permission").build();
  }

  /** Code 100: a {@code fields} entry the node does not have (section 1.5). */
  public static GraphCallException unknownField(String field, String nodeType) {
    return builder(100, "(#100) Tried accessing nonexisting field (" + field + ") on node type (" + nodeType + ")")
        .build();
  }

  /** Code 1: something broke inside the mock; the cause is logged, never sent. */
  public static GraphCallException unknownError() {
    return builder(1, "An unknown error occurred").isTransient(true).build();
  }

  // ---- accessors

  /** The Graph error code. */
  public int code() {
    return code;
  }

  /** The {@code error_subcode}, or null. */
  public @Nullable Integer subcode() {
    return subcode;
  }

  /** The HTTP status of the reply. */
  public int httpStatus() {
    return httpStatus;
  }

  /** The envelope {@code {"error": {...}}} with a fresh {@code fbtrace_id}. */
  public ObjectNode toEnvelope() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode error = f.objectNode();
    error.put("message", getMessage());
    error.put("type", type);
    error.put("code", code);
    if (subcode != null) {
      error.put("error_subcode", subcode.intValue());
    }
    if (userTitle != null) {
      error.put("error_user_title", userTitle);
    }
    if (userMessage != null) {
      error.put("error_user_msg", userMessage);
    }
    if (isTransient != null) {
      error.put("is_transient", isTransient.booleanValue());
    }
    if (details != null) {
      ObjectNode data = error.putObject("error_data");
      data.put("messaging_product", "whatsapp");
      data.put("details", details);
    }
    error.put("fbtrace_id", traceId());
    ObjectNode envelope = f.objectNode();
    envelope.set("error", error);
    return envelope;
  }

  /** The HTTP status Meta's Cloud API error table gives a code (section 1.4). */
  public static int httpStatusOf(int code) {
    switch (code) {
      case 0: case 190:
        return 401;
      case 10: case 368: case 130497: case 131005: case 131031:
        return 403;
      case 4: case 80007: case 130429: case 131048: case 131056: case 133016:
        return 429;
      case 3: case 131000: case 131057:
        return 500;
      case 2: case 131016:
        return 503;
      default:
        return code >= 200 && code <= 299 ? 403 : 400;
    }
  }

  static String traceId() {
    char[] id = new char[23];
    for (int i = 0; i < id.length; i++) {
      id[i] = BASE64URL[TRACE_IDS.nextInt(BASE64URL.length)];
    }
    return new String(id);
  }

  /** Builds a {@link GraphCallException}; unset optional fields are left out of the envelope. */
  public static final class Builder {
    private final int code;
    private final String message;
    private String type = "OAuthException";
    private @Nullable Integer subcode;
    private @Nullable String userTitle;
    private @Nullable String userMessage;
    private @Nullable Boolean isTransient;
    private @Nullable String details;
    private int httpStatus;

    private Builder(int code, String message) {
      this.code = code;
      this.message = message;
    }

    /** {@code type}; default {@code OAuthException}. */
    public Builder type(String type) {
      this.type = type;
      return this;
    }

    /** {@code error_subcode}. */
    public Builder subcode(int subcode) {
      this.subcode = subcode;
      return this;
    }

    /** {@code error_user_title}. */
    public Builder userTitle(String userTitle) {
      this.userTitle = userTitle;
      return this;
    }

    /** {@code error_user_msg}. */
    public Builder userMessage(String userMessage) {
      this.userMessage = userMessage;
      return this;
    }

    /** {@code is_transient}. */
    public Builder isTransient(boolean isTransient) {
      this.isTransient = isTransient;
      return this;
    }

    /** {@code error_data.details} (with {@code messaging_product: whatsapp}). */
    public Builder details(String details) {
      this.details = details;
      return this;
    }

    /** The HTTP status; by default the one section 1.4's table gives the code. */
    public Builder httpStatus(int httpStatus) {
      this.httpStatus = httpStatus;
      return this;
    }

    /** The exception. */
    public GraphCallException build() {
      return new GraphCallException(this);
    }
  }

  /** For tests and logs: code, subcode and message (which hold no secret). */
  @Override
  public String toString() {
    return "GraphCallException(" + code + (subcode == null ? "" : "/" + subcode) + ": " + getMessage() + ")";
  }
}
