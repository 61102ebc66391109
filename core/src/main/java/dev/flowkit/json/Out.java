package dev.flowkit.json;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes typed values into one JSON object, each with the JSON type it was read with. The object shares the
 * model's own JSON values instead of copying them at every level; {@link FlowJsonMapper#toTree(FlowJson)} copies
 * the finished tree once before anyone outside can change it.
 */
final class Out {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final ObjectNode node = NODES.objectNode();

  ObjectNode node() {
    return node;
  }

  Out string(String name, String value) {
    node.put(name, value);
    return this;
  }

  Out string(String name, Optional<String> value) {
    value.ifPresent(v -> node.put(name, v));
    return this;
  }

  Out bool(String name, Optional<Boolean> value) {
    value.ifPresent(v -> node.put(name, v));
    return this;
  }

  Out bindable(String name, Bindable<?> value) {
    node.set(name, toNode(value));
    return this;
  }

  Out bindable(String name, Optional<? extends Bindable<?>> value) {
    value.ifPresent(v -> node.set(name, toNode(v)));
    return this;
  }

  Out raw(String name, JsonNode value) {
    node.set(name, value);
    return this;
  }

  Out raw(String name, Optional<JsonNode> value) {
    value.ifPresent(v -> node.set(name, v));
    return this;
  }

  Out strings(String name, Optional<List<String>> values) {
    values.ifPresent(list -> {
      var array = node.putArray(name);
      list.forEach(array::add);
    });
    return this;
  }

  Out object(String name, Map<String, JsonNode> values) {
    ObjectNode object = node.putObject(name);
    values.forEach(object::set);
    return this;
  }

  Out integer(String name, Optional<Integer> value) {
    value.ifPresent(v -> node.put(name, v));
    return this;
  }

  Out action(String name, Optional<Action> value) {
    value.ifPresent(v -> node.set(name, FlowJsonCodec.writeAction(v)));
    return this;
  }

  Out action(String name, Action value) {
    node.set(name, FlowJsonCodec.writeAction(value));
    return this;
  }

  Out extras(Extras extras) {
    extras.properties().forEach(node::set);
    return this;
  }

  static JsonNode toNode(Bindable<?> value) {
    if (value instanceof Bindable.Dynamic<?> dynamic) {
      return NODES.stringNode(dynamic.expression());
    }
    Object literal = ((Bindable.Literal<?>) value).value();
    if (literal instanceof Boolean b) {
      return NODES.booleanNode(b);
    } else if (literal instanceof String s) {
      return NODES.stringNode(s);
    } else if (literal instanceof Integer i) {
      return NODES.numberNode(i);
    } else if (literal instanceof Long l) {
      return NODES.numberNode(l);
    } else if (literal instanceof Double d) {
      return NODES.numberNode(d);
    } else if (literal instanceof Float f) {
      return NODES.numberNode(f);
    } else if (literal instanceof BigDecimal d) {
      return NODES.numberNode(d);
    } else if (literal instanceof BigInteger i) {
      return NODES.numberNode(i);
    } else if (literal instanceof Short s) {
      return NODES.numberNode(s);
    }
    throw new IllegalArgumentException("a Flow JSON literal is a boolean, number or string, not "
        + literal.getClass().getSimpleName());
  }
}
