package dev.flowkit.validation;

import dev.flowkit.expr.ExprType;
import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.validation.ComponentSchemas.ComponentSchema;
import dev.flowkit.validation.ComponentSchemas.Kind;
import dev.flowkit.validation.ComponentSchemas.Property;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;

/**
 * Every place of a flow where a binding or an expression may stand (spec/flow-json.md section 7.1): screen titles,
 * component properties and the strings nested in them, {@code If.condition}, {@code Switch.value}, the items of
 * text arrays, and action payloads; each with the type its property needs (section 7.3).
 */
final class DynamicValues {

  /** What kind of place a value stands in. */
  enum Place {
    /** A screen's {@code title}. */
    TITLE,
    /** The whole value of a component property. */
    PROPERTY,
    /** A string inside an array or object property (data-source items, init-values, range labels...). */
    NESTED,
    /** An item of a TextBody, TextCaption or RichText {@code text} array. */
    TEXT_ITEM,
    /** {@code If.condition} (a string or a boolean). */
    CONDITION,
    /** {@code Switch.value}. */
    SWITCH_VALUE,
    /** A string inside an action payload. */
    PAYLOAD
  }

  /** The type a place needs (section 7.3). */
  enum Need {
    STRING, BOOLEAN, INTEGER, NUMBER, ARRAY, OBJECT, STRING_OR_OBJECT, ANY;

    /** As an expression type; a choice of types, or none, is {@link ExprType#UNKNOWN} (accepts anything). */
    ExprType exprType() {
      return switch (this) {
        case STRING -> ExprType.STRING;
        case BOOLEAN -> ExprType.BOOLEAN;
        case INTEGER -> ExprType.INTEGER;
        case NUMBER -> ExprType.NUMBER;
        case ARRAY -> ExprType.ARRAY;
        case OBJECT -> ExprType.OBJECT;
        default -> ExprType.UNKNOWN;
      };
    }
  }

  /**
   * One value in its place.
   *
   * @param screen the screen it stands on
   * @param component the component type, "Screen" for a title, "" in a payload
   * @param property the component property (the payload key for payloads)
   * @param value the JSON value
   * @param pointer its JSON Pointer
   * @param place what kind of place it is
   * @param need the type the place needs
   */
  record Site(ScreenScope screen, String component, String property, JsonNode value, String pointer, Place place,
      Need need) {}

  /** Component properties holding components or actions, and the static ones: no bindings to look at there. */
  private static final Set<String> STRUCTURE = Set.of("type", "name", "children", "then", "else", "cases");

  /** Properties that hold a string or an object by mode or by what the endpoint sends (sections 5.13, 5.19). */
  private static final Set<String> STRING_OR_OBJECT = Set.of("label", "helper-text", "init-value", "error-message");

  private DynamicValues() {}

  /** A rule that looks at every site of a flow, knowing the flow's version, and collects what it finds. */
  abstract static class Rule implements Consumer<Site> {

    final FlowJsonVersion version;
    final List<Finding> findings = new ArrayList<>();

    Rule(FlowJsonVersion version) {
      this.version = version;
    }

    /** Whether the text is wrapped in backticks, an expression or not. */
    static boolean isBacktick(String text) {
      return text.length() >= 2 && text.startsWith("`") && text.endsWith("`");
    }

    /** Whether the text is a backtick expression: wrapped in backticks, from Flow JSON 6.0 (section 7.4). */
    boolean isExpression(String text) {
      return version.isAtLeast(FlowJsonVersion.V6_0) && isBacktick(text);
    }
  }

  /** Every site of the flow, in document order: one walk that the binding and expression rules share. */
  static List<Site> sites(JsonNode root, List<ScreenScope> scopes) {
    List<Site> sites = new ArrayList<>();
    forEach(root, scopes, sites::add);
    return sites;
  }

  /** Runs the rule {@code make} builds for the flow's version over the sites of the flow. */
  static List<Finding> check(List<Site> sites, String version, Function<FlowJsonVersion, ? extends Rule> make) {
    Rule rule = make.apply(FlowJsonVersion.parse(version));
    sites.forEach(rule);
    return rule.findings;
  }

  static void forEach(JsonNode root, List<ScreenScope> scopes, Consumer<Site> visitor) {
    JsonNode screens = root.path("screens");
    for (ScreenScope scope : scopes) {
      JsonNode screen = screens.get(scope.index());
      String pointer = scope.pointer();
      JsonNode title = screen.get("title");
      if (title != null && title.isString()) {
        visitor.accept(new Site(scope, "Screen", "title", title, pointer + "/title", Place.TITLE, Need.STRING));
      }
      String layout = pointer + "/layout";
      ComponentTree.forEach(screen.path("layout").path("children"), layout + "/children",
          (component, at) -> component(scope, component, at, visitor));
      ComponentTree.forEachAction(screen.path("layout"), layout, (action, at) -> {
        JsonNode payload = action.path("payload");
        if (payload.isObject()) {
          for (Map.Entry<String, JsonNode> entry : payload.properties()) {
            nested(scope, "", entry.getKey(), entry.getValue(), Pointers.child(at + "/payload", entry.getKey()),
                Place.PAYLOAD, visitor);
          }
        }
      });
    }
  }

  private static void component(ScreenScope scope, JsonNode component, String pointer, Consumer<Site> visitor) {
    String type = component.path("type").asString("");
    ComponentSchema schema = ComponentSchemas.BY_TYPE.get(type);
    if (schema == null) {
      return;
    }
    for (Map.Entry<String, JsonNode> entry : component.properties()) {
      String key = entry.getKey();
      JsonNode value = entry.getValue();
      Property property = schema.property(key);
      if (STRUCTURE.contains(key) || key.endsWith("-action") || property == null
          || property.kind() == Kind.STATIC_STRING) {
        continue;
      }
      String at = Pointers.child(pointer, key);
      if (type.equals("If") && key.equals("condition")) {
        visitor.accept(new Site(scope, type, key, value, at, Place.CONDITION, Need.BOOLEAN));
      } else if (type.equals("Switch") && key.equals("value")) {
        // Compared as a string with the case keys at run time (section 5.22): any bound type will do.
        visitor.accept(new Site(scope, type, key, value, at, Place.SWITCH_VALUE, Need.ANY));
      } else if (value.isString()) {
        visitor.accept(new Site(scope, type, key, value, at, Place.PROPERTY, need(key, property.kind())));
      } else if (property.kind() == Kind.STRING_OR_STRING_ARRAY && value.isArray()) {
        for (int i = 0; i < value.size(); i++) {
          visitor.accept(new Site(scope, type, key, value.get(i), at + "/" + i, Place.TEXT_ITEM, Need.STRING));
        }
      } else {
        nested(scope, type, key, value, at, Place.NESTED, visitor);
      }
    }
  }

  /** Every string below {@code value}, leaving out nested actions (their payloads are visited as payloads). */
  private static void nested(ScreenScope scope, String component, String property, JsonNode value, String pointer,
      Place place, Consumer<Site> visitor) {
    if (value.isString()) {
      visitor.accept(new Site(scope, component, property, value, pointer, place, Need.ANY));
    } else if (value.isArray()) {
      for (int i = 0; i < value.size(); i++) {
        nested(scope, component, property, value.get(i), pointer + "/" + i, place, visitor);
      }
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> entry : value.properties()) {
        if (!entry.getKey().endsWith("-action")) {
          nested(scope, component, property, entry.getValue(), Pointers.child(pointer, entry.getKey()), place,
              visitor);
        }
      }
    }
  }

  /** The type a whole-value binding in a component property must have, from the property's schema kind. */
  private static Need need(String property, Kind kind) {
    return switch (kind) {
      case BOOLEAN, BOOLEAN_OR_BINDING -> Need.BOOLEAN;
      case INTEGER, INTEGER_OR_BINDING -> Need.INTEGER;
      case NUMBER_OR_BINDING -> Need.NUMBER;
      case STRING, STATIC_STRING, STRING_OR_STRING_ARRAY -> Need.STRING;
      case ARRAY, ARRAY_OR_BINDING, STRING_ARRAY -> Need.ARRAY;
      case OBJECT, OBJECT_OR_BINDING -> Need.OBJECT; // OBJECT_OR_BINDING: Form init-values, error-messages (7.3)
      case STRING_OR_OBJECT -> Need.STRING_OR_OBJECT;
      case ANY -> STRING_OR_OBJECT.contains(property) ? Need.STRING_OR_OBJECT : Need.ANY;
      default -> Need.ANY;
    };
  }
}
