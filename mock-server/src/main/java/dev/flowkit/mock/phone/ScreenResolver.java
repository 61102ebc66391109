package dev.flowkit.mock.phone;

import dev.flowkit.expr.Binding;
import dev.flowkit.expr.BindingValues;
import dev.flowkit.expr.ExpressionException;
import dev.flowkit.expr.FlowExpressions;
import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.expr.Value;
import dev.flowkit.json.Bindable;
import dev.flowkit.json.Component;
import dev.flowkit.json.IfCondition;
import dev.flowkit.json.TextInput;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Resolves bindings and expressions for one screen through core's expression language: {@code ${data.…}}
 * against the screen's data, {@code ${form.…}} against its form values typed per Flow JSON §7.2, and
 * {@code ${screen.ID.…}} against the last visit of screen ID. Values of inputs that are not collected (hidden
 * components, when resolving a payload) resolve to nothing.
 */
final class ScreenResolver implements BindingValues {

  static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final FlowJsonVersion version;
  private final ScreenState state;
  private final Map<String, ScreenState> visited;
  private final Predicate<String> collected;

  ScreenResolver(FlowJsonVersion version, ScreenState state, Map<String, ScreenState> visited,
      Predicate<String> collected) {
    this.version = version;
    this.state = state;
    this.visited = visited;
    this.collected = collected;
  }

  @Override
  public Optional<JsonNode> resolve(Binding binding) {
    ScreenState target = binding.screen().map(visited::get).orElse(state);
    if (target == null) {
      return Optional.empty(); // a forward reference to a screen not visited yet: empty until then (§7.1)
    }
    List<String> path = binding.path();
    JsonNode node;
    if (binding.scope() == Binding.Scope.DATA) {
      node = target.data;
    } else {
      String field = path.get(0);
      if (target == state && !collected.test(field)) {
        return Optional.empty();
      }
      node = NODES.objectNode().set(field, formValue(target, field));
    }
    for (String segment : path) {
      node = node == null ? null : node.get(segment);
    }
    return node == null || node.isNull() || node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }

  /**
   * A form value as bindings see it (§7.2): a TextInput of input-type {@code number} or {@code passcode} yields a
   * number when its text is one. FB's table types both as number; devices may send numeric strings (UNCERTAIN),
   * and a passcode's leading zeros are then lost, as FB's typing implies.
   */
  static JsonNode formValue(ScreenState state, String field) {
    JsonNode value = state.form.get(field);
    Component component = state.index.inputs.get(field);
    if (value != null && value.isString() && component instanceof TextInput input
        && input.inputType().filter(t -> t.equals("number") || t.equals("passcode")).isPresent()) {
      try {
        return NODES.numberNode(new BigDecimal(value.asString().trim()));
      } catch (NumberFormatException notANumber) {
        return value;
      }
    }
    return value;
  }

  // ------------------------------------------------------------------------------------------ properties

  Value evaluate(String raw, String property) {
    try {
      return FlowExpressions.parseProperty(raw, version).evaluate(this);
    } catch (ExpressionException | IllegalArgumentException e) {
      throw new ScreenRenderException("screen " + state.id() + ", property '" + property + "': " + e.getMessage(), e);
    }
  }

  boolean condition(IfCondition condition) {
    if (condition instanceof IfCondition.Fixed fixed) {
      return fixed.value();
    }
    String text = ((IfCondition.Expression) condition).text();
    try {
      return FlowExpressions.parseCondition(text, version).evaluate(this);
    } catch (ExpressionException | IllegalArgumentException e) {
      throw new ScreenRenderException("screen " + state.id() + ", If condition '" + text + "': " + e.getMessage(), e);
    }
  }

  String text(Bindable<String> value, String property) {
    String raw = value instanceof Bindable.Literal<String> literal ? literal.value()
        : ((Bindable.Dynamic<String>) value).expression();
    return asText(evaluate(raw, property));
  }

  Optional<String> text(Optional<Bindable<String>> value, String property) {
    return value.map(v -> text(v, property)).filter(s -> !s.isEmpty());
  }

  /**
   * A boolean property. A binding follows JavaScript truthiness, so a binding with no value yet reads as false
   * (UNCERTAIN: devices may fall back to the property's default instead).
   */
  boolean bool(Optional<Bindable<Boolean>> value, boolean fallback, String property) {
    if (value.isEmpty()) {
      return fallback;
    } else if (value.get() instanceof Bindable.Literal<Boolean> literal) {
      return literal.value();
    }
    return evaluate(((Bindable.Dynamic<Boolean>) value.get()).expression(), property).isTruthy();
  }

  Optional<Integer> integer(Optional<Bindable<Integer>> value, String property) {
    if (value.isEmpty()) {
      return Optional.empty();
    } else if (value.get() instanceof Bindable.Literal<Integer> literal) {
      return Optional.of(literal.value());
    }
    Value result = evaluate(((Bindable.Dynamic<Integer>) value.get()).expression(), property);
    return result instanceof Value.NumberValue number ? Optional.of(number.value().intValue()) : Optional.empty();
  }

  List<String> strings(Optional<Bindable<List<String>>> value, String property) {
    if (value.isEmpty()) {
      return List.of();
    } else if (value.get() instanceof Bindable.Literal<List<String>> literal) {
      return literal.value().stream().map(item -> asText(evaluate(item, property))).toList();
    }
    Value result = evaluate(((Bindable.Dynamic<List<String>>) value.get()).expression(), property);
    List<String> out = new ArrayList<>();
    if (result instanceof Value.ArrayValue array) {
      array.json().forEach(item -> out.add(RenderedComponent.text(item)));
    }
    return out;
  }

  /** The JSON a bound list (data-source, list-items) resolves to; an empty array when it resolves to no array. */
  ArrayNode array(String expression, String property) {
    Value result = evaluate(expression, property);
    return result instanceof Value.ArrayValue array ? array.json() : NODES.arrayNode();
  }

  /**
   * Resolves a payload or an init-values object: every string is a property value (binding, expression,
   * interpolation or literal), objects and arrays are resolved member by member. A key whose value resolves to
   * nothing is left out (UNCERTAIN: devices may send an empty string or null instead). Actions nested in the
   * value (data-source items carrying their own on-select-action) are kept as written: they resolve when they
   * fire.
   */
  JsonNode json(JsonNode raw, String property) {
    if (raw.isString()) {
      return toJson(evaluate(raw.asString(), property));
    } else if (raw instanceof ObjectNode object) {
      ObjectNode out = NODES.objectNode();
      for (var entry : object.properties()) {
        if (entry.getKey().endsWith("-action")) {
          out.set(entry.getKey(), entry.getValue().deepCopy());
          continue;
        }
        JsonNode value = json(entry.getValue(), property + "." + entry.getKey());
        if (!value.isNull()) {
          out.set(entry.getKey(), value);
        }
      }
      return out;
    } else if (raw instanceof ArrayNode array) {
      ArrayNode out = NODES.arrayNode();
      array.forEach(item -> out.add(json(item, property)));
      return out;
    }
    return raw.deepCopy();
  }

  static JsonNode toJson(Value value) {
    if (value instanceof Value.StringValue s) {
      return NODES.stringNode(s.value());
    } else if (value instanceof Value.NumberValue n) {
      BigDecimal number = n.value().stripTrailingZeros();
      return number.scale() <= 0 ? NODES.numberNode(number.toBigIntegerExact()) : NODES.numberNode(number);
    } else if (value instanceof Value.BooleanValue b) {
      return NODES.booleanNode(b.value());
    } else if (value instanceof Value.ArrayValue a) {
      return a.json().deepCopy();
    } else if (value instanceof Value.ObjectValue o) {
      return o.json().deepCopy();
    }
    return NODES.nullNode();
  }

  static String asText(Value value) {
    return RenderedComponent.text(toJson(value));
  }
}
