package dev.flowkit.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;
import java.util.function.Function;
import tools.jackson.databind.JsonNode;
import org.jspecify.annotations.Nullable;
import tools.jackson.core.JsonGenerator;

/**
 * Readers and writers for the structured property values of components. Each reader returns empty, and takes
 * nothing, when the JSON does not have the expected shape, so the property stays verbatim in extras.
 */
final class ComponentValues {

  private ComponentValues() {}

  // ---------------------------------------------------------------- reading (the less frequent nested objects)

  static @Nullable CarouselImage carouselImage(JsonNode item) {
    Props p = new Props(item, JsonPath.ROOT, Locator.NONE);
    Optional<Bindable<String>> src = p.text("src");
    Optional<Bindable<String>> alt = p.text("alt-text");
    return src.isPresent() && alt.isPresent() ? new CarouselImage(src.get(), alt.get(), p.extras()) : null;
  }

  static @Nullable NavigationItem navigationItem(JsonNode item) {
    Props p = new Props(item, JsonPath.ROOT, Locator.NONE);
    Optional<Bindable<String>> id = p.text("id");
    Optional<NavigationItem.Content> main = content(p, "main-content");
    if (id.isEmpty() || main.isEmpty() || main.get().title().isEmpty()) {
      return null;
    }
    JsonNode startNode = p.peek("start");
    Optional<NavigationItem.Start> start = Optional.empty();
    if (startNode != null && startNode.isObject()) {
      Props sp = new Props(startNode, JsonPath.ROOT, Locator.NONE);
      Optional<Bindable<String>> image = sp.text("image");
      start = p.takeIf("start", image.map(img -> new NavigationItem.Start(img, sp.text("alt-text"), sp.extras())));
    }
    JsonNode click = p.peek("on-click-action");
    Optional<Action> onClick = p.takeIf("on-click-action", Optional.ofNullable(click == null ? null : Read.action(click)));
    return new NavigationItem(id.get(), main.get(), start, content(p, "end"), p.text("badge"), p.strings("tags"),
        onClick, p.extras());
  }

  private static Optional<NavigationItem.Content> content(Props p, String name) {
    JsonNode node = p.peek(name);
    if (node == null || !node.isObject()) {
      return Optional.empty();
    }
    Props cp = new Props(node, JsonPath.ROOT, Locator.NONE);
    return p.takeIf(name, Optional.of(new NavigationItem.Content(cp.text("title"), cp.text("description"),
        cp.text("metadata"), cp.extras())));
  }

  /** A single value, or {@code {"start-date", "end-date"}}; null when neither fits. */
  static <T> @Nullable CalendarValue<T> calendar(JsonNode value, Function<JsonNode, @Nullable T> single) {
    if (value.isObject()) {
      Props p = new Props(value, JsonPath.ROOT, Locator.NONE);
      JsonNode start = p.peek("start-date");
      JsonNode end = p.peek("end-date");
      T startValue = start == null ? null : single.apply(start);
      T endValue = end == null ? null : single.apply(end);
      if (startValue == null || endValue == null) {
        return null;
      }
      p.markTaken("start-date");
      p.markTaken("end-date");
      return new CalendarValue.Range<>(startValue, endValue, p.extras());
    }
    T one = single.apply(value);
    return one == null ? null : new CalendarValue.Single<>(one);
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
