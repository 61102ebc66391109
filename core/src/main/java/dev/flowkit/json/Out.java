package dev.flowkit.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;

/**
 * Writes one JSON object straight to a generator, each value with the JSON type it was read with. Writing
 * streams: no intermediate tree is built. Opens the object on construction; {@link #end(Extras)} closes it.
 */
final class Out {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final JsonGenerator g;

  Out(JsonGenerator g) {
    this.g = g;
    g.writeStartObject();
  }

  /** Writes the extras, then closes the object. */
  void end(Extras extras) {
    extras.properties().forEach((name, value) -> {
      g.writeName(name);
      g.writeTree(value);
    });
    g.writeEndObject();
  }

  Out string(String name, String value) {
    g.writeStringProperty(name, value);
    return this;
  }

  Out string(String name, Optional<String> value) {
    value.ifPresent(v -> g.writeStringProperty(name, v));
    return this;
  }

  Out bool(String name, Optional<Boolean> value) {
    value.ifPresent(v -> g.writeBooleanProperty(name, v));
    return this;
  }

  Out integer(String name, Optional<Integer> value) {
    value.ifPresent(v -> g.writeNumberProperty(name, v));
    return this;
  }

  Out bindable(String name, Bindable<?> value) {
    g.writeName(name);
    write(g, value);
    return this;
  }

  Out bindable(String name, Optional<? extends Bindable<?>> value) {
    value.ifPresent(v -> bindable(name, v));
    return this;
  }

  Out raw(String name, JsonNode value) {
    g.writeName(name);
    g.writeTree(value);
    return this;
  }

  Out raw(String name, Optional<JsonNode> value) {
    value.ifPresent(v -> raw(name, v));
    return this;
  }

  Out strings(String name, Optional<List<String>> values) {
    values.ifPresent(list -> {
      g.writeName(name);
      g.writeStartArray();
      list.forEach(g::writeString);
      g.writeEndArray();
    });
    return this;
  }

  Out object(String name, Map<String, JsonNode> values) {
    g.writeName(name);
    g.writeStartObject();
    values.forEach((key, value) -> {
      g.writeName(key);
      g.writeTree(value);
    });
    g.writeEndObject();
    return this;
  }

  Out action(String name, Action value) {
    g.writeName(name);
    FlowJsonCodec.writeAction(g, value);
    return this;
  }

  Out action(String name, Optional<Action> value) {
    value.ifPresent(v -> action(name, v));
    return this;
  }

  /** A property whose value a writer function produces. */
  Out value(String name, Consumer<JsonGenerator> writer) {
    g.writeName(name);
    writer.accept(g);
    return this;
  }

  /** An optional property whose value a writer function produces. */
  <T> Out value(String name, Optional<T> value, BiConsumer<JsonGenerator, T> writer) {
    value.ifPresent(v -> {
      g.writeName(name);
      writer.accept(g, v);
    });
    return this;
  }

  /** Writes a bindable value: its literal with its own JSON type, or the binding text. */
  static void write(JsonGenerator g, Bindable<?> value) {
    if (value instanceof Bindable.Dynamic<?> dynamic) {
      g.writeString(dynamic.expression());
      return;
    }
    Object literal = ((Bindable.Literal<?>) value).value();
    if (literal instanceof Boolean b) {
      g.writeBoolean(b);
    } else if (literal instanceof String s) {
      g.writeString(s);
    } else if (literal instanceof Integer i) {
      g.writeNumber(i);
    } else if (literal instanceof Long l) {
      g.writeNumber(l);
    } else if (literal instanceof Double d) {
      g.writeNumber(d);
    } else if (literal instanceof Float f) {
      g.writeNumber(f);
    } else if (literal instanceof BigDecimal d) {
      g.writeNumber(d);
    } else if (literal instanceof BigInteger i) {
      g.writeNumber(i);
    } else if (literal instanceof Short s) {
      g.writeNumber(s);
    } else {
      throw unsupported(literal);
    }
  }

  /** A bindable value as a JSON node (for payloads built in Java); numbers keep their Java type's node type. */
  static JsonNode toNode(Bindable<?> value) {
    if (value instanceof Bindable.Dynamic<?> dynamic) {
      return NODES.stringNode(dynamic.expression());
    }
    Object literal = ((Bindable.Literal<?>) value).value();
    if (!(literal instanceof Boolean || literal instanceof String || literal instanceof Number)) {
      throw unsupported(literal);
    }
    return FlowJsonCodec.MAPPER.valueToTree(literal);
  }

  private static IllegalArgumentException unsupported(Object literal) {
    return new IllegalArgumentException("a Flow JSON literal is a boolean, number or string, not "
        + literal.getClass().getSimpleName());
  }
}
