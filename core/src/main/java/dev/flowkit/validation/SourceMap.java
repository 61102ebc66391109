package dev.flowkit.validation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where each value and each property name of a JSON text is, by JSON Pointer. Built on the first question, in
 * one streaming pass, so a flow without errors never pays for it. Span ends come from the text itself (Jackson
 * reports a string token's end only once it has read the string).
 */
final class SourceMap {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final String text;
  private int[] lineStarts;
  private Map<String, Entry> entries;

  private SourceMap(String text) {
    this.text = text;
  }

  static SourceMap of(String text) {
    return new SourceMap(text);
  }

  /** The range of the value at a pointer ({@code ""} is the whole document). */
  Optional<SourceSpan> value(String pointer) {
    Entry entry = index().get(pointer);
    return entry == null ? Optional.empty() : Optional.of(span(entry.valueStart, entry.valueEnd));
  }

  /** The range of the property name whose value is at a pointer (empty for array items and the root). */
  Optional<SourceSpan> key(String pointer) {
    Entry entry = index().get(pointer);
    return entry == null || entry.keyStart < 0 ? Optional.empty() : Optional.of(span(entry.keyStart, entry.keyEnd));
  }

  /** A 1-based, end-exclusive span for character offsets [start, end). */
  SourceSpan span(int start, int end) {
    int[] starts = lines();
    int lineStart = line(starts, start);
    int lineEnd = line(starts, Math.max(start, end - 1));
    return new SourceSpan(lineStart + 1, start - starts[lineStart] + 1, lineEnd + 1,
        Math.max(start, end - 1) - starts[lineEnd] + 2);
  }

  private int[] lines() {
    if (lineStarts == null) {
      int[] starts = new int[16];
      int count = 1;
      for (int i = 0; i < text.length(); i++) {
        if (text.charAt(i) == '\n') {
          if (count == starts.length) {
            starts = Arrays.copyOf(starts, count * 2);
          }
          starts[count++] = i + 1;
        }
      }
      lineStarts = Arrays.copyOf(starts, count);
    }
    return lineStarts;
  }

  private static int line(int[] starts, int offset) {
    int found = Arrays.binarySearch(starts, offset);
    return found >= 0 ? found : -found - 2;
  }

  private Map<String, Entry> index() {
    if (entries != null) {
      return entries;
    }
    Map<String, Entry> map = new HashMap<>();
    Deque<Frame> frames = new ArrayDeque<>();
    try (JsonParser parser = MAPPER.createParser(text)) {
      int keyStart = -1;
      int keyEnd = -1;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        if (token == JsonToken.PROPERTY_NAME) {
          frames.peek().segment = parser.currentName();
          keyStart = start;
          keyEnd = endOfString(start);
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          Frame done = frames.pop();
          done.entry.valueEnd = (int) parser.currentLocation().getCharOffset();
          continue;
        }
        Frame parent = frames.peek();
        boolean inArray = parent != null && parent.array;
        if (inArray) {
          parent.segment = Integer.toString(++parent.index);
        }
        Entry entry = new Entry(inArray || parent == null ? -1 : keyStart, inArray || parent == null ? -1 : keyEnd, start);
        map.put(pointer(frames), entry);
        if (token.isStructStart()) {
          Frame frame = new Frame(token == JsonToken.START_ARRAY);
          frame.entry = entry;
          frames.push(frame);
        } else {
          entry.valueEnd = token == JsonToken.VALUE_STRING ? endOfString(start) : endOfScalar(start);
        }
      }
    } catch (RuntimeException e) {
      // text that does not parse: positions up to the problem are known, the rest are not
    }
    entries = map;
    return map;
  }

  private int endOfString(int openingQuote) {
    for (int i = openingQuote + 1; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return i + 1;
      }
    }
    return text.length();
  }

  private int endOfScalar(int start) {
    int i = start;
    while (i < text.length() && ",}] \t\r\n".indexOf(text.charAt(i)) < 0) {
      i++;
    }
    return i;
  }

  private static String pointer(Deque<Frame> frames) {
    StringBuilder out = new StringBuilder();
    var it = frames.descendingIterator();
    while (it.hasNext()) {
      out.append('/').append(it.next().segment.replace("~", "~0").replace("/", "~1"));
    }
    return out.toString();
  }

  /** Meta's path notation for a pointer: {@code /screens/0/layout} becomes {@code screens[0].layout}. */
  static String metaPath(String pointer) {
    if (pointer.isEmpty()) {
      return "";
    }
    StringBuilder out = new StringBuilder();
    for (String raw : pointer.substring(1).split("/", -1)) {
      String segment = raw.replace("~1", "/").replace("~0", "~");
      if (!segment.isEmpty() && segment.chars().allMatch(Character::isDigit)) {
        out.append('[').append(segment).append(']');
      } else {
        out.append(out.length() == 0 ? "" : ".").append(segment);
      }
    }
    return out.toString();
  }

  private static final class Entry {
    final int keyStart;
    final int keyEnd;
    final int valueStart;
    int valueEnd;

    Entry(int keyStart, int keyEnd, int valueStart) {
      this.keyStart = keyStart;
      this.keyEnd = keyEnd;
      this.valueStart = valueStart;
      this.valueEnd = valueStart + 1;
    }
  }

  private static final class Frame {
    final boolean array;
    int index = -1;
    String segment = "";
    Entry entry;

    Frame(boolean array) {
      this.array = array;
    }
  }
}
