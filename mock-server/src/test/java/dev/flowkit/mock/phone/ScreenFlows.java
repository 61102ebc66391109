package dev.flowkit.mock.phone;

import dev.flowkit.json.FlowJson;
import dev.flowkit.json.FlowJsonMapper;
import dev.flowkit.json.Screen;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** Flows for the screen-engine tests: corpus files, small flows written in the test, and their example data. */
final class ScreenFlows {

  static final ObjectMapper JSON = JsonMapper.builder().build();

  private ScreenFlows() {}

  static FlowJson resource(String path) {
    try (InputStream in = ScreenFlows.class.getResourceAsStream("/screens/" + path)) {
      if (in == null) {
        throw new IllegalArgumentException("no test resource /screens/" + path);
      }
      return FlowJsonMapper.read(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** One terminal screen {@code S} of this version with these children (a JSON array's inner text). */
  static FlowJson single(String version, String dataModel, String children) {
    return FlowJsonMapper.read("""
        {"version": "%s", "screens": [{"id": "S", "title": "Test", "terminal": true, "data": {%s},
          "layout": {"type": "SingleColumnLayout", "children": [%s]}}]}
        """.formatted(version, dataModel, children));
  }

  static JsonNode json(String text) {
    return JSON.readTree(text);
  }

  /** Data built from the screen's {@code __example__} values, as a business would send. */
  static ObjectNode examples(Screen screen) {
    ObjectNode data = JSON.createObjectNode();
    screen.data().ifPresent(model -> model.fields().forEach((key, schema) -> {
      JsonNode example = schema.get("__example__");
      if (example != null) {
        data.set(key, example);
      }
    }));
    return data;
  }

  /** An engine opened in navigate mode on the first entry screen with its example data. */
  static ScreenEngine opened(FlowJson flow) {
    ScreenEngine engine = new ScreenEngine(flow, "token-1", ScreenEngineOptions.defaults());
    String first = engine.entryScreens().isEmpty() ? flow.screens().get(0).id() : engine.entryScreens().get(0);
    ObjectNode data = examples(flow.screen(first).orElseThrow());
    ScreenStep step = engine.openNavigate(Optional.of(first), data.isEmpty() ? Optional.empty() : Optional.of(data));
    if (!(step instanceof ScreenStep.Navigated)) {
      throw new AssertionError("the flow did not open: " + step);
    }
    return engine;
  }
}
