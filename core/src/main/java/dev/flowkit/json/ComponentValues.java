package dev.flowkit.json;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import tools.jackson.core.JsonGenerator;

/**
 * Readers and writers for the structured property values of components. Each reader returns empty, and takes
 * nothing, when the JSON does not have the expected shape, so the property stays verbatim in extras.
 */
final class ComponentValues {

  private ComponentValues() {}

  // ---------------------------------------------------------------- reading

  static Optional<Action> action(Props p, String name) {
    return p.takeIf(name, FlowJsonCodec.readAction(p.peek(name), p.path(name), p.locator()));
  }

  static Optional<List<Component>> children(Props p, String name) {
    JsonNode array = p.peek(name);
    if (array == null || !array.isArray()) {
      return Optional.empty();
    }
    return p.takeIf(name, Optional.of(FlowJsonCodec.readChildren(array, p.path(name), p.locator())));
  }

  static Optional<Bindable<List<String>>> stringsOrBinding(Props p, String name) {
    JsonNode value = p.peek(name);
    if (value != null && value.isString() && Bindable.Dynamic.isDynamic(value.asString())) {
      return p.takeIf(name, Optional.of(Bindable.dynamic(value.asString())));
    }
    return p.strings(name).map(Bindable::of);
  }

  static Optional<Bindable<List<DataSourceItem>>> options(Props p, String name) {
    return listOrBinding(p, name, (item, path) -> dataSourceItem(new Props(item, path, p.locator())));
  }

  static Optional<Bindable<List<CarouselImage>>> images(Props p, String name) {
    return listOrBinding(p, name, (item, path) -> {
      Props ip = new Props(item, path, p.locator());
      Optional<Bindable<String>> src = ip.text("src");
      Optional<Bindable<String>> alt = ip.text("alt-text");
      return src.isPresent() && alt.isPresent()
          ? Optional.of(new CarouselImage(src.get(), alt.get(), ip.extras())) : Optional.empty();
    });
  }

  static Optional<Bindable<List<NavigationItem>>> navigationItems(Props p, String name) {
    return listOrBinding(p, name, (item, path) -> navigationItem(new Props(item, path, p.locator())));
  }

  static Optional<CalendarValue<Bindable<String>>> calendarText(Props p, String name) {
    return calendar(p, name, value -> value.isString() ? Optional.of(Bindable.ofText(value.asString())) : Optional.empty());
  }

  static Optional<CalendarValue<Bindable<Boolean>>> calendarBool(Props p, String name) {
    return calendar(p, name, value -> {
      if (value.isBoolean()) {
        return Optional.of(Bindable.of(value.asBoolean()));
      }
      return value.isString() && Bindable.Dynamic.isDynamic(value.asString())
          ? Optional.of(Bindable.<Boolean>dynamic(value.asString())) : Optional.empty();
    });
  }

  static Optional<IfCondition> condition(Props p, String name) {
    JsonNode value = p.peek(name);
    if (value != null && value.isBoolean()) {
      return p.takeIf(name, Optional.of(new IfCondition.Fixed(value.asBoolean())));
    }
    return p.string(name).map(IfCondition.Expression::new);
  }

  static Optional<Map<String, List<Component>>> cases(Props p, String name) {
    JsonNode value = p.peek(name);
    if (value == null || !value.isObject()) {
      return Optional.empty();
    }
    Map<String, List<Component>> cases = new LinkedHashMap<>();
    for (Map.Entry<String, JsonNode> entry : value.properties()) {
      if (!entry.getValue().isArray()) {
        return Optional.empty();
      }
      cases.put(entry.getKey(), FlowJsonCodec.readChildren(entry.getValue(), p.path(name).property(entry.getKey()), p.locator()));
    }
    return p.takeIf(name, Optional.of(cases));
  }

  private interface ItemReader<T> {
    Optional<T> read(JsonNode item, JsonPath path);
  }

  private static <T> Optional<Bindable<List<T>>> listOrBinding(Props p, String name, ItemReader<T> reader) {
    JsonNode value = p.peek(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isString() && Bindable.Dynamic.isDynamic(value.asString())) {
      return p.takeIf(name, Optional.of(Bindable.dynamic(value.asString())));
    }
    if (!value.isArray()) {
      return Optional.empty();
    }
    List<T> items = new ArrayList<>();
    for (int i = 0; i < value.size(); i++) {
      JsonNode item = value.get(i);
      Optional<T> read = item.isObject() ? reader.read(item, p.path(name).index(i)) : Optional.empty();
      if (read.isEmpty()) {
        return Optional.empty();
      }
      items.add(read.get());
    }
    return p.takeIf(name, Optional.of(Bindable.of(List.copyOf(items))));
  }

  private static Optional<DataSourceItem> dataSourceItem(Props p) {
    Optional<Bindable<String>> id = p.text("id");
    Optional<Bindable<String>> title = p.text("title");
    if (id.isEmpty() || title.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DataSourceItem(id.get(), title.get(), p.text("description"), p.text("metadata"),
        p.bindableBool("enabled"), p.text("image"), p.text("alt-text"), p.text("color"),
        action(p, "on-select-action"), action(p, "on-unselect-action"), p.extras()));
  }

  private static Optional<NavigationItem> navigationItem(Props p) {
    Optional<Bindable<String>> id = p.text("id");
    Optional<NavigationItem.Content> main = content(p, "main-content");
    if (id.isEmpty() || main.isEmpty() || main.get().title().isEmpty()) {
      return Optional.empty();
    }
    JsonNode startNode = p.peek("start");
    Optional<NavigationItem.Start> start = Optional.empty();
    if (startNode != null && startNode.isObject()) {
      Props sp = new Props(startNode, p.path("start"), p.locator());
      Optional<Bindable<String>> image = sp.text("image");
      start = p.takeIf("start", image.map(img -> new NavigationItem.Start(img, sp.text("alt-text"), sp.extras())));
    }
    return Optional.of(new NavigationItem(id.get(), main.get(), start, content(p, "end"), p.text("badge"),
        p.strings("tags"), action(p, "on-click-action"), p.extras()));
  }

  private static Optional<NavigationItem.Content> content(Props p, String name) {
    JsonNode node = p.peek(name);
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    Props cp = new Props(node, p.path(name), p.locator());
    return p.takeIf(name, Optional.of(new NavigationItem.Content(cp.text("title"), cp.text("description"),
        cp.text("metadata"), cp.extras())));
  }

  private static <T> Optional<CalendarValue<T>> calendar(Props p, String name, Function<JsonNode, Optional<T>> single) {
    JsonNode value = p.peek(name);
    if (value == null) {
      return Optional.empty();
    }
    if (value.isObject()) {
      Props rp = new Props(value, p.path(name), p.locator());
      JsonNode start = rp.peek("start-date");
      JsonNode end = rp.peek("end-date");
      Optional<T> startValue = start == null ? Optional.empty() : single.apply(start);
      Optional<T> endValue = end == null ? Optional.empty() : single.apply(end);
      if (startValue.isEmpty() || endValue.isEmpty()) {
        return Optional.empty();
      }
      rp.markTaken("start-date");
      rp.markTaken("end-date");
      return p.takeIf(name, Optional.of(new CalendarValue.Range<>(startValue.get(), endValue.get(), rp.extras())));
    }
    return p.takeIf(name, single.apply(value).map(CalendarValue.Single::new));
  }

  // ---------------------------------------------------------------- writing

  static <T> void list(JsonGenerator g, Bindable<List<T>> value, BiConsumer<JsonGenerator, T> writer) {
    if (value instanceof Bindable.Dynamic<?> dynamic) {
      g.writeString(dynamic.expression());
      return;
    }
    g.writeStartArray();
    ((Bindable.Literal<List<T>>) value).value().forEach(item -> writer.accept(g, item));
    g.writeEndArray();
  }

  static void strings(JsonGenerator g, Bindable<List<String>> value) {
    list(g, value, JsonGenerator::writeString);
  }

  static void dataSourceItem(JsonGenerator g, DataSourceItem item) {
    new Out(g).bindable("id", item.id()).bindable("title", item.title())
        .bindable("description", item.description()).bindable("metadata", item.metadata())
        .bindable("enabled", item.enabled()).bindable("image", item.image()).bindable("alt-text", item.altText())
        .bindable("color", item.color()).action("on-select-action", item.onSelectAction())
        .action("on-unselect-action", item.onUnselectAction()).end(item.extras());
  }

  static void carouselImage(JsonGenerator g, CarouselImage image) {
    new Out(g).bindable("src", image.src()).bindable("alt-text", image.altText()).end(image.extras());
  }

  static void navigationItem(JsonGenerator g, NavigationItem item) {
    Out out = new Out(g).bindable("id", item.id()).value("main-content", gen -> content(gen, item.mainContent()));
    out.value("start", item.start(), (gen, start) -> new Out(gen).bindable("image", start.image())
        .bindable("alt-text", start.altText()).end(start.extras()));
    out.value("end", item.end(), ComponentValues::content);
    out.bindable("badge", item.badge()).strings("tags", item.tags())
        .action("on-click-action", item.onClickAction()).end(item.extras());
  }

  private static void content(JsonGenerator g, NavigationItem.Content content) {
    new Out(g).bindable("title", content.title()).bindable("description", content.description())
        .bindable("metadata", content.metadata()).end(content.extras());
  }

  static void calendar(JsonGenerator g, CalendarValue<? extends Bindable<?>> value) {
    if (value instanceof CalendarValue.Single<? extends Bindable<?>> single) {
      Out.write(g, single.value());
      return;
    }
    CalendarValue.Range<? extends Bindable<?>> range = (CalendarValue.Range<? extends Bindable<?>>) value;
    new Out(g).bindable("start-date", range.startDate()).bindable("end-date", range.endDate()).end(range.extras());
  }

  static void condition(JsonGenerator g, IfCondition condition) {
    if (condition instanceof IfCondition.Fixed fixed) {
      g.writeBoolean(fixed.value());
    } else {
      g.writeString(((IfCondition.Expression) condition).text());
    }
  }

  static void cases(JsonGenerator g, Map<String, List<Component>> cases) {
    g.writeStartObject();
    cases.forEach((key, children) -> {
      g.writeName(key);
      FlowJsonCodec.writeChildren(g, children);
    });
    g.writeEndObject();
  }
}
