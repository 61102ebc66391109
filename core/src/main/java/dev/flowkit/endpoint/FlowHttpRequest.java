package dev.flowkit.endpoint;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;

/**
 * An HTTP request as a transport hands it to {@link FlowEndpoint#handle(FlowHttpRequest)}: the method, the headers
 * and the raw body bytes exactly as received (the signature covers those bytes). Header names are matched
 * case-insensitively. Immutable; {@code toString()} shows sizes, never the body.
 */
public final class FlowHttpRequest {

  private final String method;
  private final Map<String, String> headers;
  private final byte[] body;

  private FlowHttpRequest(String method, Map<String, String> headers, byte[] body) {
    this.method = method;
    this.headers = headers;
    this.body = body;
  }

  /**
   * A request.
   *
   * @param method the HTTP method, e.g. {@code POST} (compared case-insensitively)
   * @param headers each header's first value by name; names in any case
   * @param body the raw body; not copied, so do not change it afterwards
   */
  public static FlowHttpRequest of(String method, Map<String, String> headers, byte[] body) {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(body, "body");
    TreeMap<String, String> byName = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    headers.forEach((name, value) -> byName.putIfAbsent(name, value));
    return new FlowHttpRequest(method.toUpperCase(Locale.ROOT), byName, body);
  }

  /** The method in upper case. */
  public String method() {
    return method;
  }

  /** The first value of a header, found regardless of the name's case. */
  public Optional<String> header(String name) {
    return Optional.ofNullable(headers.get(name));
  }

  /** The raw body; do not change it. */
  public byte[] body() {
    return body;
  }

  /** Method and sizes only. */
  @Override
  public String toString() {
    return "FlowHttpRequest[" + method + ", " + headers.size() + " header(s), " + body.length + " body bytes]";
  }
}
