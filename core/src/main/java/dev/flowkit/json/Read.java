package dev.flowkit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * Typed readings of one JSON value, each {@code null} when the value does not have the modelled shape (the
 * caller then keeps it verbatim in extras). The component readers walk an object's properties once and call
 * these per present property: nothing is looked up that is not there.
 */
final class Read {

  private Read() {}

  static @Nullable String string(JsonNode v) {
    return v.isString() ? v.asString() : null;
  }

  static @Nullable Boolean bool(JsonNode v) {
    return v.isBoolean() ? v.asBoolean() : null;
  }

  static @Nullable Integer integer(JsonNode v) {
    return v.isInt() ? v.intValue() : null;
  }

  static @Nullable Bindable<String> text(JsonNode v) {
    return v.isString() ? Bindable.ofText(v.asString()) : null;
  }

  static @Nullable Bindable<Boolean> bindableBool(JsonNode v) {
    return v.isBoolean() ? Bindable.of(v.asBoolean()) : dynamic(v);
  }

  static @Nullable Bindable<Integer> bindableInt(JsonNode v) {
    return v.isInt() ? Bindable.of(v.intValue()) : dynamic(v);
  }

  static @Nullable Bindable<Number> bindableNumber(JsonNode v) {
    return v.isNumber() ? Bindable.of(v.numberValue()) : dynamic(v);
  }

  static JsonNode raw(JsonNode v) {
    return v;
  }

  static @Nullable List<String> strings(JsonNode v) {
    if (!v.isArray()) {
      return null;
    }
    List<String> out = new ArrayList<>(v.size());
    for (JsonNode item : v) {
      if (!item.isString()) {
        return null;
      }
      out.add(item.asString());
    }
    return out;
  }

  static @Nullable Bindable<List<String>> stringsOrBinding(JsonNode v) {
    List<String> list = strings(v);
    return list != null ? Bindable.of(list) : dynamic(v);
  }

  static @Nullable Action action(JsonNode v) {
    return FlowJsonCodec.readAction(v).orElse(null);
  }

  static @Nullable List<Component> children(JsonNode v) {
    return v.isArray() ? FlowJsonCodec.readChildren(v) : null;
  }

  static @Nullable TextContent textContent(JsonNode v) {
    if (v.isString()) {
      return new TextContent.Single(Bindable.ofText(v.asString()));
    }
    List<String> lines = strings(v);
    return lines == null ? null : new TextContent.Lines(lines);
  }

  static @Nullable IfCondition condition(JsonNode v) {
    if (v.isBoolean()) {
      return new IfCondition.Fixed(v.asBoolean());
    }
    return v.isString() ? new IfCondition.Expression(v.asString()) : null;
  }

  static @Nullable Map<String, List<Component>> cases(JsonNode v) {
    if (!v.isObject()) {
      return null;
    }
    Map<String, List<Component>> cases = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : v.properties()) {
      if (!entry.getValue().isArray()) {
        return null;
      }
      cases.put(entry.getKey(), FlowJsonCodec.readChildren(entry.getValue()));
    }
    return cases;
  }

  static @Nullable Bindable<List<DataSourceItem>> options(JsonNode v) {
    return listOrBinding(v, Read::dataSourceItem);
  }

  static @Nullable Bindable<List<CarouselImage>> images(JsonNode v) {
    return listOrBinding(v, ComponentValues::carouselImage);
  }

  static @Nullable Bindable<List<NavigationItem>> navigationItems(JsonNode v) {
    return listOrBinding(v, ComponentValues::navigationItem);
  }

  static @Nullable CalendarValue<Bindable<String>> calendarText(JsonNode v) {
    return ComponentValues.calendar(v, Read::text);
  }

  static @Nullable CalendarValue<Bindable<Boolean>> calendarBool(JsonNode v) {
    return ComponentValues.calendar(v, Read::bindableBool);
  }

  private interface ItemReader<T> {
    @Nullable T read(JsonNode item);
  }

  private static <T> @Nullable Bindable<List<T>> listOrBinding(JsonNode v, ItemReader<T> reader) {
    if (!v.isArray()) {
      return dynamic(v);
    }
    List<T> items = new ArrayList<>(v.size());
    for (JsonNode item : v) {
      T read = item.isObject() ? reader.read(item) : null;
      if (read == null) {
        return null;
      }
      items.add(read);
    }
    return Bindable.of(List.copyOf(items));
  }

  /** The most numerous object in real flows, so it is read in one pass too. */
  static @Nullable DataSourceItem dataSourceItem(JsonNode node) {
    Bindable<String> id = null;
    Bindable<String> title = null;
    Bindable<String> description = null;
    Bindable<String> metadata = null;
    Bindable<Boolean> enabled = null;
    Bindable<String> image = null;
    Bindable<String> altText = null;
    Bindable<String> color = null;
    Action onSelect = null;
    Action onUnselect = null;
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "id" -> (id = text(v)) != null;
        case "title" -> (title = text(v)) != null;
        case "description" -> (description = text(v)) != null;
        case "metadata" -> (metadata = text(v)) != null;
        case "enabled" -> (enabled = bindableBool(v)) != null;
        case "image" -> (image = text(v)) != null;
        case "alt-text" -> (altText = text(v)) != null;
        case "color" -> (color = text(v)) != null;
        case "on-select-action" -> (onSelect = action(v)) != null;
        case "on-unselect-action" -> (onUnselect = action(v)) != null;
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (id == null || title == null) {
      return null;
    }
    return new DataSourceItem(id, title, java.util.Optional.ofNullable(description),
        java.util.Optional.ofNullable(metadata), java.util.Optional.ofNullable(enabled),
        java.util.Optional.ofNullable(image), java.util.Optional.ofNullable(altText),
        java.util.Optional.ofNullable(color), java.util.Optional.ofNullable(onSelect),
        java.util.Optional.ofNullable(onUnselect), extras.done());
  }

  private static <T> @Nullable Bindable<T> dynamic(JsonNode v) {
    return v.isString() && Bindable.Dynamic.isDynamic(v.asString()) ? Bindable.dynamic(v.asString()) : null;
  }
}
