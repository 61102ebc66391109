package dev.flowkit.mock.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * One Graph call as routes see it: method, path ids, API version, caller and parameters. Parameters are merged from
 * the query string, then a form, multipart or JSON body (the body wins on a clash); in the text encodings lists and
 * objects are JSON text and booleans {@code true}/{@code false} (spec/platform.md section 1.3). The typed getters
 * answer the Graph error a caller should see when a parameter is missing or malformed.
 */
public final class GraphCall {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final String method;
  private final String path;
  private final ApiVersion version;
  private final boolean versioned;
  private final String baseUrl;
  private final String template;
  private final Map<String, String> ids;
  private final @Nullable Caller caller;
  private final List<Bodies.Pair> query;
  private final Map<String, JsonNode> params;
  private final Map<String, Part> parts;

  GraphCall(String method, String path, ApiVersion version, boolean versioned, String baseUrl, String template,
      Map<String, String> ids, @Nullable Caller caller, List<Bodies.Pair> query, Map<String, JsonNode> params,
      Map<String, Part> parts) {
    this.method = method;
    this.path = path;
    this.version = version;
    this.versioned = versioned;
    this.baseUrl = baseUrl;
    this.template = template;
    this.ids = Map.copyOf(ids);
    this.caller = caller;
    this.query = List.copyOf(query);
    this.params = Map.copyOf(params);
    this.parts = Map.copyOf(parts);
  }

  /** {@code GET}, {@code POST} or {@code DELETE}. */
  public String method() {
    return method;
  }

  /** The path after the version prefix, e.g. {@code /110200300400500/flows}. */
  public String path() {
    return path;
  }

  /** The API version of the call; unversioned calls get the oldest (section 1.1). */
  public ApiVersion version() {
    return version;
  }

  /** Whether the call named its version in the path. */
  public boolean versioned() {
    return versioned;
  }

  /** {@code http://host:port}, as the caller addressed the mock: links in replies start with it. */
  public String baseUrl() {
    return baseUrl;
  }

  /** The matched route, e.g. {@code GET /{waba-id}/flows}. */
  public String route() {
    return template;
  }

  /**
   * The path segment the template names {@code name} (without braces), e.g. {@code pathId("waba-id")}.
   *
   * @throws IllegalArgumentException if the route's template has no such segment (a bug in the route)
   */
  public String pathId(String name) {
    String id = ids.get(name);
    if (id == null) {
      throw new IllegalArgumentException(template + " has no {" + name + "}");
    }
    return id;
  }

  /**
   * The caller resolved from the access token.
   *
   * @throws IllegalStateException on a control call, which has none
   */
  public Caller caller() {
    if (caller == null) {
      throw new IllegalStateException("control calls have no caller");
    }
    return caller;
  }

  /**
   * Checks the caller's token has {@code permission}.
   *
   * @throws GraphCallException (200) when it has not
   */
  public void requirePermission(String permission) {
    if (!caller().has(permission)) {
      throw GraphCallException.missingPermission(permission);
    }
  }

  /** The query parameters in order, for links to other pages. */
  List<Bodies.Pair> query() {
    return query;
  }

  // ---- parameters

  /** Whether the parameter was given (as a value or a multipart file). */
  public boolean has(String name) {
    return params.containsKey(name) || parts.containsKey(name);
  }

  /** The parameter as sent: a JSON body's value, or text from the other encodings. */
  public Optional<JsonNode> raw(String name) {
    return Optional.ofNullable(params.get(name));
  }

  /**
   * A text parameter; numbers and booleans of a JSON body are given as text.
   *
   * @throws GraphCallException (100) when it is an object or an array
   */
  public Optional<String> string(String name) {
    JsonNode v = params.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isContainer()) {
      throw GraphCallException.invalidParameter("Param " + name + " must be a string");
    }
    return Optional.of(v.asString());
  }

  /**
   * A required text parameter.
   *
   * @throws GraphCallException (100) when it is missing, empty or not text
   */
  public String requiredString(String name) {
    return string(name).filter(s -> !s.isEmpty()).orElseThrow(() -> GraphCallException.missingParameter(name));
  }

  /**
   * A boolean parameter: {@code true}/{@code false} as JSON or text.
   *
   * @throws GraphCallException (100) for any other value
   */
  public Optional<Boolean> bool(String name) {
    JsonNode v = params.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isBoolean()) {
      return Optional.of(v.booleanValue());
    }
    String t = v.isString() ? v.asString().trim().toLowerCase(Locale.ROOT) : "";
    if (t.equals("true")) {
      return Optional.of(true);
    }
    if (t.equals("false")) {
      return Optional.of(false);
    }
    throw GraphCallException.invalidParameter("Param " + name + " must be a boolean");
  }

  /**
   * An integer parameter.
   *
   * @throws GraphCallException (100) when it is not a whole number
   */
  public Optional<Long> integer(String name) {
    JsonNode v = params.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    if (v.isIntegralNumber()) {
      return Optional.of(v.longValue());
    }
    if (v.isString()) {
      try {
        return Optional.of(Long.parseLong(v.asString().trim()));
      } catch (NumberFormatException e) {
        // falls through to the error
      }
    }
    throw GraphCallException.invalidParameter("Param " + name + " must be an integer");
  }

  /**
   * A list of texts: a JSON array, or JSON array text in the text encodings ({@code ["SURVEY","OTHER"]}).
   *
   * @throws GraphCallException (100) when it is not an array of texts
   */
  public Optional<List<String>> stringList(String name) {
    JsonNode v = params.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    JsonNode array = v.isString() ? parseJson(v.asString()) : v;
    if (array == null || !array.isArray()) {
      throw GraphCallException.invalidParameter("Param " + name + " must be an array");
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) {
      if (!item.isString()) {
        throw GraphCallException.invalidParameter("Param " + name + " must be an array of strings");
      }
      out.add(item.asString());
    }
    return Optional.of(List.copyOf(out));
  }

  /**
   * A required list of texts.
   *
   * @throws GraphCallException (100) when missing or not an array of texts
   */
  public List<String> requiredStringList(String name) {
    return stringList(name).orElseThrow(() -> GraphCallException.missingParameter(name));
  }

  /**
   * A JSON object: a JSON body's object, or JSON object text in the text encodings.
   *
   * @throws GraphCallException (100) when it is not an object
   */
  public Optional<ObjectNode> object(String name) {
    JsonNode v = params.get(name);
    if (v == null || v.isNull()) {
      return Optional.empty();
    }
    JsonNode o = v.isString() ? parseJson(v.asString()) : v;
    if (o == null || !o.isObject()) {
      throw GraphCallException.invalidParameter("Param " + name + " must be a JSON object");
    }
    return Optional.of((ObjectNode) o);
  }

  /** A multipart part, if sent under {@code name}. */
  public Optional<Part> part(String name) {
    return Optional.ofNullable(parts.get(name));
  }

  /**
   * A required multipart part.
   *
   * @throws GraphCallException (100) when absent
   */
  public Part requiredPart(String name) {
    return part(name).orElseThrow(() -> GraphCallException.missingParameter(name));
  }

  /**
   * The {@code fields} parameter parsed, {@link FieldSelection#NONE} when absent.
   *
   * @throws GraphCallException (100) when it is not a field list
   */
  public FieldSelection fields() {
    return string("fields").map(FieldSelection::parse).orElse(FieldSelection.NONE);
  }

  private static @Nullable JsonNode parseJson(String text) {
    try {
      return MAPPER.readTree(text);
    } catch (JacksonException e) {
      return null;
    }
  }

  /** Method and path: no parameter values (they may hold secrets). */
  @Override
  public String toString() {
    return method + " /" + version + path;
  }
}
