package dev.flowkit.json;

import java.util.ArrayDeque;
import java.util.Deque;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamLocation;

/**
 * Finds where the value at a JSON Pointer starts in a text, by streaming through it and tracking the path. Used
 * only when something must be reported, so reading stays a single tree parse.
 */
final class Locator {

  /** No text to look in: positions are unknown. */
  static final Locator NONE = new Locator(null);

  private final String text;

  Locator(String text) {
    this.text = text;
  }

  /** {line, column}, 1-based, of the value at the pointer; {0, 0} when unknown. */
  int[] find(String pointer) {
    if (text == null) {
      return new int[] {0, 0};
    }
    Deque<Frame> frames = new ArrayDeque<>();
    try (JsonParser parser = FlowJsonCodec.MAPPER.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        if (token == JsonToken.PROPERTY_NAME) {
          frames.peek().segment = parser.currentName();
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          frames.pop();
          continue;
        }
        Frame parent = frames.peek();
        if (parent != null && parent.array) {
          parent.segment = Integer.toString(++parent.index);
        }
        if (pointerOf(frames).equals(pointer)) {
          TokenStreamLocation at = parser.currentTokenLocation();
          return new int[] {at.getLineNr(), at.getColumnNr()};
        }
        if (token.isStructStart()) {
          frames.push(new Frame(token == JsonToken.START_ARRAY));
        }
      }
    } catch (RuntimeException e) {
      // the text did not parse this far; the position stays unknown
    }
    return new int[] {0, 0};
  }

  private static String pointerOf(Deque<Frame> frames) {
    StringBuilder pointer = new StringBuilder();
    var it = frames.descendingIterator();
    while (it.hasNext()) {
      Frame frame = it.next();
      pointer.append('/').append(frame.segment.replace("~", "~0").replace("/", "~1"));
    }
    return pointer.toString();
  }

  private static final class Frame {
    final boolean array;
    int index = -1;
    String segment = "";

    Frame(boolean array) {
      this.array = array;
    }
  }
}
