package dev.flowkit.expr;

import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One fixed screen state shared by the evaluation tests, and the static types of the same bindings. */
final class TestBindings {

  private static final JsonNode STATE = JsonMapper.builder().build().readTree("""
      {
        "data": {
          "name": "Ana", "price": 2.5, "qty": 3, "zero": 0, "empty": "", "nil": null,
          "t": true, "f": false, "a": 2, "b": 2, "numText": "5",
          "nested": {"deep": {"value": 7}},
          "list": ["x", "y"], "obj": {"k": 1}
        },
        "form": {"age": 20, "ok": true, "note": "hi"},
        "screens": {
          "OTHER": {"data": {"city": "Lisbon"}, "form": {"agree": true}}
        }
      }
      """);

  /** Resolves bindings against the state above; anything not in it is missing. */
  static final BindingValues VALUES = TestBindings::resolve;

  /** {@code n} is a number, {@code i} an integer, {@code s} a string, {@code t} a boolean, {@code list} an
   * array, {@code obj} an object, anything else unknown. */
  static final BindingTypes TYPES = binding -> {
    switch (binding.path().get(0)) {
      case "n":
        return ExprType.NUMBER;
      case "i":
        return ExprType.INTEGER;
      case "s":
        return ExprType.STRING;
      case "t":
        return ExprType.BOOLEAN;
      case "list":
        return ExprType.ARRAY;
      case "obj":
        return ExprType.OBJECT;
      default:
        return ExprType.UNKNOWN;
    }
  };

  private TestBindings() {}

  private static Optional<JsonNode> resolve(Binding binding) {
    JsonNode node = binding.screen().map(id -> STATE.path("screens").path(id)).orElse(STATE);
    node = node.path(binding.scope() == Binding.Scope.DATA ? "data" : "form");
    for (String segment : binding.path()) {
      node = node.path(segment);
    }
    return node.isMissingNode() ? Optional.empty() : Optional.of(node);
  }

  /** A value as the tables write it: {@code 'text'}, {@code 7.5}, {@code true}, {@code empty}. */
  static String render(Value value) {
    if (value instanceof Value.StringValue string) {
      return "'" + string.value() + "'";
    } else if (value instanceof Value.NumberValue number) {
      return number.value().toPlainString();
    } else if (value instanceof Value.BooleanValue bool) {
      return Boolean.toString(bool.value());
    } else if (value instanceof Value.EmptyValue) {
      return "empty";
    }
    return value.toString();
  }
}
