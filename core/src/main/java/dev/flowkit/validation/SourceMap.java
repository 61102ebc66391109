package dev.flowkit.validation;

import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.json.JsonMapper;

/**
 * Where values and property names of a JSON text are, by JSON Pointer. Nothing is computed until asked, so a
 * flow without errors never pays for it; the pointers of all errors are then found together in one streaming pass
 * ({@link #prepare}). Span ends come from the text itself (Jackson reports a string token's end only once it has
 * read the string).
 */
final class SourceMap {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private final String text;
  private int[] lineStarts;
  /** What {@link #prepare} found; a pointer it looked for and did not find maps to null. */
  private final Map<String, Entry> entries = new HashMap<>();

  private SourceMap(String text) {
    this.text = text;
  }

  static SourceMap of(String text) {
    return new SourceMap(text);
  }

  /** The range of the value at a pointer ({@code ""} is the whole document). */
  Optional<SourceSpan> value(String pointer) {
    Entry entry = entry(pointer);
    return entry == null ? Optional.empty() : Optional.of(span(entry.valueStart, entry.valueEnd));
  }

  /** The range of the property name whose value is at a pointer (empty for array items and the root). */
  Optional<SourceSpan> key(String pointer) {
    Entry entry = entry(pointer);
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

  /**
   * Finds the given pointers in one streaming pass over the text. Only the way down to them is walked: any other
   * subtree is skipped by the tokenizer, so the cost is about one tokenization of the text however many values
   * it holds. Call it with every pointer an answer will need; {@link #value} and {@link #key} find a pointer not
   * prepared this way on their own, in a pass of its own.
   */
  void prepare(Collection<String> pointers) {
    Set<String> wanted = new HashSet<>();
    for (String pointer : pointers) {
      if (!entries.containsKey(pointer)) {
        wanted.add(pointer);
      }
    }
    if (wanted.isEmpty()) {
      return;
    }
    Set<String> prefixes = new HashSet<>();
    for (String pointer : wanted) {
      for (int slash = pointer.indexOf('/'); slash >= 0; slash = pointer.indexOf('/', slash + 1)) {
        prefixes.add(pointer.substring(0, slash));
      }
      prefixes.add(pointer);
    }
    Deque<Frame> frames = new ArrayDeque<>();
    StringBuilder path = new StringBuilder();
    try (JsonParser parser = MAPPER.createParser(text)) {
      int keyStart = -1;
      int keyEnd = -1;
      String key = null;
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        int start = (int) parser.currentTokenLocation().getCharOffset();
        if (token == JsonToken.PROPERTY_NAME) {
          key = parser.currentName();
          keyStart = start;
          keyEnd = endOfString(start);
          continue;
        }
        if (token == JsonToken.END_OBJECT || token == JsonToken.END_ARRAY) {
          Frame done = frames.pop();
          if (done.entry != null) {
            done.entry.valueEnd = (int) parser.currentLocation().getCharOffset();
          }
          path.setLength(done.parentLength);
          continue;
        }
        Frame parent = frames.peek();
        int parentLength = path.length();
        boolean inArray = parent != null && parent.array;
        if (inArray) {
          path.append('/').append(++parent.index);
        } else if (parent != null) {
          path.append('/').append(Pointers.escape(key));
        }
        String pointer = path.toString();
        Entry entry = null;
        if (wanted.contains(pointer)) {
          boolean keyed = !inArray && parent != null;
          entry = new Entry(keyed ? keyStart : -1, keyed ? keyEnd : -1, start);
          entries.put(pointer, entry);
        }
        if (token.isStructStart()) {
          if (prefixes.contains(pointer)) {
            Frame frame = new Frame(token == JsonToken.START_ARRAY, parentLength);
            frame.entry = entry;
            frames.push(frame);
            continue; // path stays extended until the matching end token
          }
          parser.skipChildren();
          if (entry != null) {
            entry.valueEnd = (int) parser.currentLocation().getCharOffset();
          }
        } else if (entry != null) {
          entry.valueEnd = token == JsonToken.VALUE_STRING ? endOfString(start) : endOfScalar(start);
        }
        path.setLength(parentLength);
      }
    } catch (RuntimeException e) {
      // text that does not parse: positions up to the problem are known, the rest are not
    }
    for (String pointer : wanted) {
      entries.putIfAbsent(pointer, null);
    }
  }

  private @Nullable Entry entry(String pointer) {
    if (!entries.containsKey(pointer)) {
      prepare(List.of(pointer));
    }
    return entries.get(pointer);
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
    final int parentLength;
    int index = -1;
    @Nullable Entry entry;

    Frame(boolean array, int parentLength) {
      this.array = array;
      this.parentLength = parentLength;
    }
  }
}
