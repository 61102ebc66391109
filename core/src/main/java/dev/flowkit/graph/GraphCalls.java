package dev.flowkit.graph;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;
import okhttp3.Call;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The engine under {@link GraphApiClient}: one authenticated HTTP exchange, its answer or its typed failure. */
final class GraphCalls {

  static final MediaType JSON = MediaType.get("application/json; charset=utf-8");
  private static final String USER_AGENT = "FlowKit";

  private final OkHttpClient http;
  private final HttpUrl versionRoot;
  private final String accessToken;

  GraphCalls(OkHttpClient http, HttpUrl versionRoot, String accessToken) {
    this.http = http;
    this.versionRoot = versionRoot;
    this.accessToken = accessToken;
  }

  /** The URL of {@code /{version}/{segments...}} with the given query parameters. */
  HttpUrl url(Map<String, String> query, String... segments) {
    HttpUrl.Builder url = versionRoot.newBuilder();
    for (String segment : segments) {
      if (segment.isBlank()) {
        throw new IllegalArgumentException("a Graph id must not be blank");
      }
      url.addPathSegment(segment);
    }
    query.forEach(url::addQueryParameter);
    return url.build();
  }

  /** Whether {@code link} points at the same scheme, host and port as the configured base URL. */
  boolean sameOrigin(HttpUrl link) {
    return link.scheme().equals(versionRoot.scheme()) && link.host().equals(versionRoot.host())
        && link.port() == versionRoot.port();
  }

  JsonNode get(HttpUrl url) {
    return exchange("GET", url, null);
  }

  JsonNode post(HttpUrl url, @Nullable RequestBody body) {
    return exchange("POST", url, body == null ? RequestBody.create(new byte[0], null) : body);
  }

  JsonNode postJson(HttpUrl url, JsonNode body) {
    return post(url, RequestBody.create(JsonMapper.shared().writeValueAsBytes(body), JSON));
  }

  JsonNode delete(HttpUrl url) {
    return exchange("DELETE", url, null);
  }

  private JsonNode exchange(String method, HttpUrl url, @Nullable RequestBody body) {
    String call = method + " " + url.encodedPath();
    Request request = new Request.Builder().url(url).method(method, body)
        .header("Authorization", "Bearer " + accessToken)
        .header("User-Agent", USER_AGENT)
        .header("Accept", "application/json")
        .build();
    Call exchange = http.newCall(request);
    try (Response response = exchange.execute()) {
      ResponseBody responseBody = response.body();
      String text = responseBody.string();
      JsonNode json = parse(text);
      if (response.isSuccessful()) {
        if (json == null || !json.isObject()) {
          throw new GraphTransportException(call + " answered HTTP " + response.code()
              + " with a body that is not a JSON object", response.code());
        }
        return json;
      }
      JsonNode error = json == null ? null : json.get("error");
      if (error == null || !error.isObject() || Nodes.integer(error, "code").isEmpty()) {
        throw new GraphTransportException(call + " failed with HTTP " + response.code()
            + " and no Graph error envelope", response.code());
      }
      throw failure(call, response.code(), error(error));
    } catch (IOException e) {
      throw new GraphTransportException(call + " failed before an answer arrived: " + e.getClass().getSimpleName()
          + (e.getMessage() == null ? "" : " " + e.getMessage()), 0, e);
    }
  }

  private static @Nullable JsonNode parse(String text) {
    if (text.isBlank()) {
      return null;
    }
    try {
      return JsonMapper.shared().readTree(text);
    } catch (JacksonException notJson) {
      return null;
    }
  }

  static GraphError error(JsonNode node) {
    JsonNode data = node.path("error_data");
    return new GraphError(Nodes.textOrEmpty(node, "message"), Nodes.textOrEmpty(node, "type"),
        Nodes.integer(node, "code").orElse(0), Nodes.integer(node, "error_subcode"),
        Nodes.text(node, "error_user_title"), Nodes.text(node, "error_user_msg"), Nodes.bool(node, "is_transient"),
        data.isString() ? Optional.of(data.asString()) : Nodes.text(data, "details"),
        Nodes.text(node, "fbtrace_id"));
  }

  /** The exception for Graph's error code; the HTTP status plays no part (spec section 1.4). */
  private static GraphApiException failure(String call, int status, GraphError error) {
    return FlowApiException.Kind.of(error.code())
        .<GraphApiException>map(kind -> new FlowApiException(call, status, error, kind))
        .or(() -> GraphAuthException.Reason.of(error.code(), error.subcode())
            .map(reason -> new GraphAuthException(call, status, error, reason)))
        .or(() -> GraphRateLimitException.Limit.of(error.code())
            .map(limit -> new GraphRateLimitException(call, status, error, limit)))
        .or(() -> error.code() == CallbackVerificationException.CODE
            ? Optional.of(new CallbackVerificationException(call, status, error)) : Optional.empty())
        .orElseGet(() -> new GraphApiException(call, status, error));
  }
}
