package dev.flowkit.webhook;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The pywa webhook samples under {@code src/test/resources/webhooks}: each file maps case names to bodies. */
final class WebhookSamples {

  static final JsonMapper MAPPER = JsonMapper.builder().build();

  /** Every file of incoming messages, status updates and flow completions. */
  static final List<String> FILES = List.of("flow_completion.json", "message.json", "message_status.json",
      "callback_button.json", "callback_selection.json", "system.json");

  private WebhookSamples() {}

  static JsonNode file(String name) {
    try (InputStream in = WebhookSamples.class.getResourceAsStream("/webhooks/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource /webhooks/" + name);
      }
      return MAPPER.readTree(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One case as the bytes of a POST body. */
  static byte[] body(String file, String caseName) {
    JsonNode body = file(file).get(caseName);
    if (body == null) {
      throw new IllegalStateException("no case " + caseName + " in " + file);
    }
    return MAPPER.writeValueAsString(body).getBytes(StandardCharsets.UTF_8);
  }

  /** "file#case" for every case of every file. */
  static List<String> allCases() {
    List<String> cases = new ArrayList<>();
    for (String file : FILES) {
      file(file).propertyNames().forEach(name -> cases.add(file + "#" + name));
    }
    return cases;
  }
}
