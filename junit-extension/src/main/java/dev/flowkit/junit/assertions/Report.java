package dev.flowkit.junit.assertions;

import dev.flowkit.mock.phone.Transcript;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** Pieces of failure messages: lists, nearest misses, masked JSON and the tail of a transcript. */
final class Report {

  /** How many of a session's last steps a failure shows. */
  static final int TAIL_STEPS = 5;

  /** What a masked value prints as, as in the phone's transcripts. */
  static final String MASK = "***";

  private Report() {}

  /** {@code "; the closest <what> is X"} when one is close, else an empty string. */
  static String closest(String what, String wanted, Collection<String> candidates) {
    return Nearest.to(wanted, candidates).map(near -> "; the closest " + what + " is " + near).orElse("");
  }

  /** The items joined with {@code ", "}, or {@code (none)}. */
  static String list(Collection<String> items) {
    return items.isEmpty() ? "(none)" : String.join(", ", items);
  }

  /** The items quoted and joined with {@code ", "}, or {@code (none)}. */
  static String quoted(Collection<String> items) {
    return items.isEmpty() ? "(none)" : items.stream().map(i -> "\"" + i + "\"").collect(Collectors.joining(", "));
  }

  /** The last {@link #TAIL_STEPS} steps of the transcript, under a header line, masked as the phone masks them. */
  static String tail(Transcript transcript) {
    List<Transcript.Entry> entries = transcript.entries();
    if (entries.isEmpty()) {
      return "\n--- transcript: no step yet ---\n";
    }
    List<Transcript.Entry> last = entries.subList(Math.max(0, entries.size() - TAIL_STEPS), entries.size());
    StringBuilder text = new StringBuilder("\n--- transcript, last ").append(last.size()).append(" of ")
        .append(entries.size()).append(" step(s) ---\n");
    last.forEach(entry -> text.append(entry.toText()));
    return text.toString();
  }

  /** Compact JSON with the values of the named keys replaced by {@value #MASK} at any depth. */
  static String masked(JsonNode json, Set<String> keys) {
    JsonNode copy = json.deepCopy();
    mask(copy, keys);
    return copy.toString();
  }

  private static void mask(JsonNode node, Set<String> keys) {
    if (node instanceof ObjectNode) {
      ObjectNode object = (ObjectNode) node;
      List<String> hidden = new ArrayList<>();
      for (Map.Entry<String, JsonNode> entry : object.properties()) {
        if (keys.contains(entry.getKey())) {
          hidden.add(entry.getKey());
        } else {
          mask(entry.getValue(), keys);
        }
      }
      hidden.forEach(key -> object.put(key, MASK));
    } else if (node instanceof ArrayNode) {
      node.forEach(element -> mask(element, keys));
    }
  }
}
