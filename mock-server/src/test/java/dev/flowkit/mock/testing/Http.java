package dev.flowkit.mock.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Real HTTP calls on loopback with the JDK client, answers parsed as JSON. */
public final class Http {

  public static final JsonMapper MAPPER = JsonMapper.builder().build();
  // HTTP/1.1 only: the default first tries an h2c upgrade on every new connection, which the mock does not speak.
  private static final HttpClient CLIENT = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  /** An answer: status and JSON body. */
  public record Reply(int status, JsonNode body) {
    /** The envelope's {@code error} object. */
    public JsonNode error() {
      return body.path("error");
    }
  }

  private Http() {}

  public static Reply get(String url, String token) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token).GET());
  }

  public static Reply getNoAuth(String url) {
    return send(HttpRequest.newBuilder(URI.create(url)).GET());
  }

  public static Reply postJson(String url, String token, String json) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  public static Reply postForm(String url, String token, String form) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .header("Content-Type", "application/x-www-form-urlencoded")
        .POST(HttpRequest.BodyPublishers.ofString(form)));
  }

  public static Reply post(String url, String token, String contentType, byte[] body) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(body)));
  }

  /** A POST without token (the control API needs none). */
  public static Reply postNoAuth(String url, String contentType, String body) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Content-Type", contentType)
        .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  public static Reply method(String method, String url, String token) {
    return send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", "Bearer " + token)
        .method(method, HttpRequest.BodyPublishers.noBody()));
  }

  public static Reply send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response = CLIENT.send(request.build(),
          HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
      return new Reply(response.statusCode(), MAPPER.readTree(response.body()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** A multipart body with one text field and one file part. */
  public static byte[] multipart(String boundary, String field, String value, String fileField, String filename,
      String fileContent) {
    String body = "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + field + "\"\r\n\r\n" + value + "\r\n"
        + "--" + boundary + "\r\n"
        + "Content-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + filename + "\"\r\n"
        + "Content-Type: application/json\r\n\r\n" + fileContent + "\r\n"
        + "--" + boundary + "--\r\n";
    return body.getBytes(StandardCharsets.UTF_8);
  }
}
