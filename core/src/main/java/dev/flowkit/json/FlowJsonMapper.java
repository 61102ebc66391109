package dev.flowkit.json;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes Flow JSON. Stateless and thread-safe.
 *
 * <p>Reading is lossless (see the package documentation): {@code write(read(text))} is JSON-equal to
 * {@code text}. Text that is not JSON, or whose shape the model cannot hold (no {@code version} string, no
 * {@code screens} array, a screen without {@code id} or {@code layout}), is refused with an
 * {@link InvalidFlowJsonException} naming the JSON path, line and column. Duplicate keys are refused too: a JSON
 * object keeps one value per key, so they could not survive a round trip.
 */
public final class FlowJsonMapper {

  private FlowJsonMapper() {}

  /**
   * Reads Flow JSON text.
   *
   * @throws InvalidFlowJsonException if it is not JSON or not shaped like a flow
   */
  public static FlowJson read(String json) {
    Locator locator = new Locator(json);
    return FlowJsonCodec.readFlow(parse(json), locator);
  }

  /** Reads UTF-8 Flow JSON bytes. */
  public static FlowJson read(byte[] utf8) {
    return read(new String(utf8, StandardCharsets.UTF_8));
  }

  /**
   * Reads UTF-8 Flow JSON from a stream, to its end; the stream is not closed.
   *
   * @throws IOException if the stream cannot be read
   */
  public static FlowJson read(InputStream in) throws IOException {
    return read(in.readAllBytes());
  }

  /**
   * Reads a UTF-8 Flow JSON file.
   *
   * @throws IOException if the file cannot be read
   */
  public static FlowJson read(Path file) throws IOException {
    return read(Files.readString(file, StandardCharsets.UTF_8));
  }

  /**
   * Reads a UTF-8 Flow JSON file.
   *
   * @throws IOException if the file cannot be read
   */
  public static FlowJson read(File file) throws IOException {
    return read(file.toPath());
  }

  /** Reads a JSON tree already parsed (positions in errors are then unknown). */
  public static FlowJson fromTree(JsonNode tree) {
    return FlowJsonCodec.readFlow(tree, Locator.NONE);
  }

  /** The flow as a JSON tree of its own: changing it does not change the flow. */
  public static JsonNode toTree(FlowJson flow) {
    return FlowJsonCodec.MAPPER.readTree(write(flow));
  }

  /** The flow as compact JSON text. */
  public static String write(FlowJson flow) {
    return FlowJsonCodec.MAPPER.writeValueAsString(new FlowJsonWriting(flow));
  }

  /** The flow as indented JSON text, for people and diffs. */
  public static String writePretty(FlowJson flow) {
    return FlowJsonCodec.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(new FlowJsonWriting(flow));
  }

  private static JsonNode parse(String json) {
    try (JsonParser parser = FlowJsonCodec.MAPPER.createParser(json)) {
      try {
        JsonNode tree = FlowJsonCodec.MAPPER.readTree(parser);
        if (tree == null || tree.isMissingNode()) {
          throw new InvalidFlowJsonException("the text holds no JSON", "$", 1, 1);
        }
        if (parser.nextToken() != null) {
          TokenStreamLocation at = parser.currentTokenLocation();
          throw new InvalidFlowJsonException("unexpected text after the end of the JSON document", "$",
              at.getLineNr(), at.getColumnNr());
        }
        return tree;
      } catch (JacksonException e) {
        TokenStreamLocation at = e.getLocation();
        String pointer = parser.streamReadContext().pathAsPointer().toString();
        String where = JsonPath.displayOf(pointer.endsWith("/-1") ? pointer.substring(0, pointer.length() - 3) : pointer);
        throw new InvalidFlowJsonException("not valid JSON: " + e.getOriginalMessage(), where,
            at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
      }
    }
  }

}
