package dev.flowkit.mock.graph;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Set;
import java.util.StringJoiner;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Graph's list answers (spec/platform.md section 1.3): {@code {"data": [...], "paging": {"cursors": {"before",
 * "after"}, "next", "previous"}}} from the call's {@code limit}, {@code after} and {@code before}. Cursors are opaque
 * (base64url of a position); {@code next} and {@code previous} are full URLs on the caller's base URL, present only
 * when there is such a page. They carry the call's other query parameters but never {@code access_token}: a link is
 * not a place for a secret, and the client sends its token in the header anyway.
 */
public final class Paging {

  /** The page size when the call gives no {@code limit} (Graph's usual default; section 1.3 calls it UNCERTAIN). */
  public static final int DEFAULT_LIMIT = 25;
  /** The largest page the mock serves; a larger {@code limit} is cut to it. */
  public static final int MAX_LIMIT = 100;
  private static final Set<String> PAGING_PARAMS = Set.of("limit", "after", "before", "access_token");

  private Paging() {}

  /**
   * The page of {@code items} the call asks for.
   *
   * @throws GraphCallException (100) for a {@code limit} below 1 or a cursor the mock did not make
   */
  public static ObjectNode page(GraphCall call, List<? extends JsonNode> items) {
    int limit = (int) Math.min(MAX_LIMIT, call.integer("limit").orElse((long) DEFAULT_LIMIT));
    if (limit < 1) {
      throw GraphCallException.invalidParameter("Param limit must be a positive integer");
    }
    int from;
    int to;
    if (call.string("after").isPresent()) {
      from = Math.min(items.size(), position(call.string("after").get()) + 1);
      to = Math.min(items.size(), from + limit);
    } else if (call.string("before").isPresent()) {
      to = Math.min(items.size(), position(call.string("before").get()));
      from = Math.max(0, to - limit);
    } else {
      from = 0;
      to = Math.min(items.size(), limit);
    }
    ObjectNode answer = GraphCall.MAPPER.createObjectNode();
    ArrayNode data = answer.putArray("data");
    items.subList(from, to).forEach(data::add);
    if (from == to) {
      return answer;
    }
    ObjectNode paging = answer.putObject("paging");
    ObjectNode cursors = paging.putObject("cursors");
    cursors.put("before", cursor(from));
    cursors.put("after", cursor(to - 1));
    if (to < items.size()) {
      paging.put("next", link(call, limit, "after", cursor(to - 1)));
    }
    if (from > 0) {
      paging.put("previous", link(call, limit, "before", cursor(from)));
    }
    return answer;
  }

  private static String cursor(int position) {
    return Base64.getUrlEncoder().withoutPadding()
        .encodeToString(("flowkit:" + position).getBytes(StandardCharsets.UTF_8));
  }

  private static int position(String cursor) {
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (text.startsWith("flowkit:")) {
        int position = Integer.parseInt(text.substring("flowkit:".length()));
        if (position >= 0) {
          return position;
        }
      }
    } catch (IllegalArgumentException e) {
      // falls through to the error
    }
    throw GraphCallException.invalidParameter("The paging cursor is not valid");
  }

  private static String link(GraphCall call, int limit, String direction, String cursor) {
    StringJoiner query = new StringJoiner("&");
    for (Bodies.Pair p : call.query()) {
      if (!PAGING_PARAMS.contains(p.name())) {
        query.add(encode(p.name()) + "=" + encode(p.value()));
      }
    }
    query.add("limit=" + limit);
    query.add(direction + "=" + cursor);
    return call.baseUrl() + (call.versioned() ? "/" + call.version() : "") + call.path() + "?" + query;
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
