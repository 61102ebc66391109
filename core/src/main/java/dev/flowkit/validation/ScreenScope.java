package dev.flowkit.validation;

import dev.flowkit.expr.Binding;
import dev.flowkit.expr.ExprType;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * What a binding written on one screen can see (spec/flow-json.md sections 7.1 and 7.2): the screen's data model,
 * the components of the screen by name, and, through global references, every other screen of the flow.
 */
final class ScreenScope {

  /** Why a binding does not resolve; {@link #NONE} when it does. */
  enum Problem {
    NONE,
    /** {@code ${screen.R.…}} names no screen of the flow; the detail is R. */
    UNKNOWN_SCREEN,
    /** {@code ${screen.S.…}} names the screen it is written on. */
    CURRENT_SCREEN,
    /** The first name after {@code data.} is not declared in the data model. */
    MISSING_DATA,
    /** The first name after {@code form.} is no component of the screen. */
    MISSING_COMPONENT,
    /** A later name is not declared below the field (a property of a non-object, or an undeclared property). */
    MISSING_SCHEMA,
    /** The path steps into an array; the detail is the name of the array field. */
    ARRAY_DESCENT,
    /** {@code ${form.x}} names a component that holds no value; the detail is its type. */
    NOT_A_VALUE,
    /** A global reference names an existing other screen that does not declare the path. */
    MISSING_GLOBAL
  }

  /**
   * The outcome of resolving a binding.
   *
   * @param type the static type of the bound value; {@link ExprType#UNKNOWN} when it does not resolve or its
   *     declared type is not one the validator knows
   * @param schema the data-model schema of the bound value, for data bindings that resolve; otherwise null
   * @param problem why it does not resolve
   * @param detail what the problem names (a screen id, a field name, a component type), or ""
   */
  record Resolution(ExprType type, @Nullable JsonNode schema, Problem problem, String detail) {

    static Resolution of(ExprType type, @Nullable JsonNode schema) {
      return new Resolution(type, schema, Problem.NONE, "");
    }

    static Resolution fail(Problem problem, String detail) {
      return new Resolution(ExprType.UNKNOWN, null, problem, detail);
    }
  }

  private final int index;
  private final String id;
  private final JsonNode data;
  private final Map<String, JsonNode> components = new LinkedHashMap<>();
  private Map<String, ScreenScope> flow = Map.of();

  private ScreenScope(int index, JsonNode screen) {
    this.index = index;
    this.id = screen.path("id").asString("");
    this.data = screen.path("data");
    ComponentTree.forEach(screen.path("layout").path("children"), component -> {
      JsonNode name = component.get("name");
      if (name != null && name.isString()) {
        components.putIfAbsent(name.asString(), component);
      }
    });
  }

  /** One scope per screen, in the order of {@code screens}, each able to follow global references. */
  static java.util.List<ScreenScope> of(JsonNode root) {
    java.util.List<ScreenScope> scopes = new java.util.ArrayList<>();
    Map<String, ScreenScope> byId = new HashMap<>();
    JsonNode screens = root.path("screens");
    for (int i = 0; i < screens.size(); i++) {
      ScreenScope scope = new ScreenScope(i, screens.get(i));
      scopes.add(scope);
      byId.putIfAbsent(scope.id, scope);
    }
    scopes.forEach(scope -> scope.flow = byId);
    return scopes;
  }

  int index() {
    return index;
  }

  String id() {
    return id;
  }

  /** The JSON Pointer of the screen. */
  String pointer() {
    return "/screens/" + index;
  }

  /** Whether a form binding reads a media picker's value, whose place in payloads the picker rules judge (5.19). */
  boolean readsMedia(Binding binding) {
    if (binding.scope() != Binding.Scope.FORM || binding.path().isEmpty()) {
      return false;
    }
    ScreenScope owner = binding.screen().isPresent() ? flow.get(binding.screen().get()) : this;
    JsonNode component = owner == null ? null : owner.components.get(binding.path().get(0));
    String type = component == null ? "" : component.path("type").asString("");
    return type.equals("PhotoPicker") || type.equals("DocumentPicker");
  }

  /** Resolves a binding written on this screen. */
  Resolution resolve(Binding binding) {
    if (binding.isGlobal()) {
      String other = binding.screen().orElse("");
      @Nullable ScreenScope target = flow.get(other);
      if (target == null) {
        return Resolution.fail(Problem.UNKNOWN_SCREEN, other);
      }
      if (other.equals(id)) {
        return Resolution.fail(Problem.CURRENT_SCREEN, other);
      }
      Resolution local = target.local(binding);
      switch (local.problem()) {
        case MISSING_DATA, MISSING_COMPONENT, MISSING_SCHEMA -> {
          return Resolution.fail(Problem.MISSING_GLOBAL, other);
        }
        default -> {
          return local;
        }
      }
    }
    return local(binding);
  }

  private Resolution local(Binding binding) {
    return binding.scope() == Binding.Scope.DATA ? data(binding) : form(binding);
  }

  /** Follows the path through object {@code properties}; stepping into an array is an error (section 7.1). */
  private Resolution data(Binding binding) {
    String first = binding.path().get(0);
    @Nullable JsonNode schema = data.isObject() ? data.get(first) : null;
    if (schema == null) {
      return Resolution.fail(Problem.MISSING_DATA, first);
    }
    String name = first;
    for (String segment : binding.path().subList(1, binding.path().size())) {
      String type = schema.path("type").asString("");
      if (type.equals("array")) {
        return Resolution.fail(Problem.ARRAY_DESCENT, name);
      }
      @Nullable JsonNode next = type.equals("object") ? schema.path("properties").get(segment) : null;
      if (next == null) {
        return Resolution.fail(Problem.MISSING_SCHEMA, segment);
      }
      schema = next;
      name = segment;
    }
    return Resolution.of(type(schema.path("type").asString("")), schema);
  }

  /** The value types of form bindings (section 7.2). */
  private Resolution form(Binding binding) {
    String name = binding.path().get(0);
    @Nullable JsonNode component = components.get(name);
    if (component == null) {
      return Resolution.fail(Problem.MISSING_COMPONENT, name);
    }
    String type = component.path("type").asString("");
    if (!ComponentSchemas.INPUTS.contains(type) && !type.equals("NavigationList")) {
      return Resolution.fail(Problem.NOT_A_VALUE, type);
    }
    ExprType value = switch (type) {
      case "TextInput" -> {
        String input = component.path("input-type").asString("text");
        yield input.equals("number") || input.equals("passcode") ? ExprType.NUMBER : ExprType.STRING;
      }
      case "CheckboxGroup", "ChipsSelector", "PhotoPicker", "DocumentPicker" -> ExprType.ARRAY;
      case "OptIn" -> ExprType.BOOLEAN;
      case "CalendarPicker" -> calendar(component.path("mode"));
      default -> ExprType.STRING;
    };
    if (binding.path().size() == 1) {
      return Resolution.of(value, null);
    }
    // ${form.range.start-date}: the sub-fields of a range CalendarPicker (section 5.13 marks them UNCERTAIN);
    // every other input holds no named parts.
    boolean rangePart = value == ExprType.OBJECT && binding.path().size() == 2
        && (binding.path().get(1).equals("start-date") || binding.path().get(1).equals("end-date"));
    return rangePart ? Resolution.of(ExprType.STRING, null) : Resolution.fail(Problem.MISSING_SCHEMA,
        binding.path().get(1));
  }

  private static ExprType calendar(JsonNode mode) {
    if (mode.isMissingNode() || mode.asString("").equals("single")) {
      return ExprType.STRING;
    }
    return mode.asString("").equals("range") ? ExprType.OBJECT : ExprType.UNKNOWN;
  }

  /** A data-model type name as an expression type; unknown names resolve to {@link ExprType#UNKNOWN}. */
  static ExprType type(String name) {
    return switch (name) {
      case "string" -> ExprType.STRING;
      case "number" -> ExprType.NUMBER;
      case "integer" -> ExprType.INTEGER;
      case "boolean" -> ExprType.BOOLEAN;
      case "array" -> ExprType.ARRAY;
      case "object" -> ExprType.OBJECT;
      default -> ExprType.UNKNOWN;
    };
  }
}
