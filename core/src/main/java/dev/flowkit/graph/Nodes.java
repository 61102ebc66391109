package dev.flowkit.graph;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/** Tolerant reads of Graph answers: absent or null fields become empty, never an exception. */
final class Nodes {

  private Nodes() {}

  static Optional<String> text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isString()) {
      return Optional.of(value.asString());
    }
    if (value.isNumber() || value.isBoolean()) {
      return Optional.of(value.asString());
    }
    return Optional.empty();
  }

  static String textOrEmpty(JsonNode node, String field) {
    return text(node, field).orElse("");
  }

  static Optional<Integer> integer(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isIntegralNumber()) {
      return Optional.of(value.asInt());
    }
    if (value.isString()) {
      try {
        return Optional.of(Integer.parseInt(value.asString().trim()));
      } catch (NumberFormatException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  static Optional<Boolean> bool(JsonNode node, String field) {
    JsonNode value = node.path(field);
    return value.isBoolean() ? Optional.of(value.asBoolean()) : Optional.empty();
  }

  static <T> List<T> list(JsonNode node, String field, Function<JsonNode, T> reader) {
    JsonNode array = node.path(field);
    if (!array.isArray()) {
      return List.of();
    }
    List<T> out = new ArrayList<>(array.size());
    for (JsonNode item : array) {
      out.add(reader.apply(item));
    }
    return List.copyOf(out);
  }

  static List<String> texts(JsonNode node, String field) {
    JsonNode array = node.path(field);
    if (!array.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode item : array) {
      if (item.isString()) {
        out.add(item.asString());
      }
    }
    return List.copyOf(out);
  }

  static <T> Optional<T> object(JsonNode node, String field, Function<JsonNode, T> reader) {
    JsonNode value = node.path(field);
    return value.isObject() ? Optional.of(reader.apply(value)) : Optional.empty();
  }
}
