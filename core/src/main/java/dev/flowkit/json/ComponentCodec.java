package dev.flowkit.json;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Reads and writes components. A known type whose required properties are missing or of the wrong JSON type is
 * read as an {@link UnknownComponent}, whole, so nothing is lost and the validator can say what is wrong.
 */
final class ComponentCodec {

  private ComponentCodec() {}

  static Component read(JsonNode node, JsonPath path, Locator locator) {
    if (!node.isObject()) {
      return new UnknownComponent(node);
    }
    Props p = new Props(node, path, locator);
    p.string("type");
    String type = node.get("type") != null && node.get("type").isString() ? node.get("type").asString() : "";
    Optional<? extends Component> typed = switch (type) {
      case TextHeading.TYPE -> p.text("text").map(text -> new TextHeading(text, p.bindableBool("visible"), p.extras()));
      case TextSubheading.TYPE -> p.text("text").map(text -> new TextSubheading(text, p.bindableBool("visible"), p.extras()));
      case TextBody.TYPE -> textContent(p).map(text -> new TextBody(text, p.text("font-weight"),
          p.bindableBool("strikethrough"), p.bool("markdown"), p.bindableBool("visible"), p.extras()));
      case TextCaption.TYPE -> textContent(p).map(text -> new TextCaption(text, p.text("font-weight"),
          p.bindableBool("strikethrough"), p.bool("markdown"), p.bindableBool("visible"), p.extras()));
      case Footer.TYPE -> footer(node, p);
      case Form.TYPE -> form(p);
      default -> Optional.empty();
    };
    return typed.<Component>map(component -> component).orElseGet(() -> new UnknownComponent(node));
  }

  private static Optional<TextContent> textContent(Props p) {
    Optional<Bindable<String>> single = p.text("text");
    if (single.isPresent()) {
      return Optional.of(new TextContent.Single(single.get()));
    }
    return p.strings("text").map(TextContent.Lines::new);
  }

  private static Optional<Footer> footer(JsonNode node, Props p) {
    Optional<Action> action = FlowJsonCodec.readAction(node.get("on-click-action"), p.path("on-click-action"), p.locator());
    Optional<Bindable<String>> label = p.text("label");
    if (action.isEmpty() || label.isEmpty()) {
      return Optional.empty();
    }
    p.markTaken("on-click-action");
    return Optional.of(new Footer(label.get(), action.get(), p.text("left-caption"), p.text("center-caption"),
        p.text("right-caption"), p.bindableBool("enabled"), p.extras()));
  }

  private static Optional<Form> form(Props p) {
    Optional<String> name = p.string("name");
    Optional<JsonNode> children = p.array("children");
    if (name.isEmpty() || children.isEmpty()) {
      return Optional.empty();
    }
    List<Component> components = FlowJsonCodec.readChildren(children.get(), p.path("children"), p.locator());
    return Optional.of(new Form(name.get(), components, p.raw("init-values"), p.raw("error-messages"), p.extras()));
  }

  static JsonNode write(Component component) {
    if (component instanceof UnknownComponent c) {
      return c.json().deepCopy();
    }
    Out out = new Out().string("type", component.type());
    if (component instanceof TextHeading c) {
      out.bindable("text", c.text()).bindable("visible", c.visible());
    } else if (component instanceof TextSubheading c) {
      out.bindable("text", c.text()).bindable("visible", c.visible());
    } else if (component instanceof TextBody c) {
      text(out, c.text()).bindable("font-weight", c.fontWeight()).bindable("strikethrough", c.strikethrough())
          .bool("markdown", c.markdown()).bindable("visible", c.visible());
    } else if (component instanceof TextCaption c) {
      text(out, c.text()).bindable("font-weight", c.fontWeight()).bindable("strikethrough", c.strikethrough())
          .bool("markdown", c.markdown()).bindable("visible", c.visible());
    } else if (component instanceof Footer c) {
      out.bindable("label", c.label()).bindable("left-caption", c.leftCaption())
          .bindable("center-caption", c.centerCaption()).bindable("right-caption", c.rightCaption())
          .bindable("enabled", c.enabled()).raw("on-click-action", FlowJsonCodec.writeAction(c.onClickAction()));
    } else if (component instanceof Form c) {
      out.string("name", c.name()).raw("init-values", c.initValues()).raw("error-messages", c.errorMessages())
          .raw("children", FlowJsonCodec.writeChildren(c.children()));
    } else {
      throw new IllegalStateException("no writer for " + component.getClass().getName());
    }
    return out.extras(component.extras()).node();
  }

  private static Out text(Out out, TextContent text) {
    if (text instanceof TextContent.Single single) {
      return out.bindable("text", single.text());
    }
    return out.strings("text", Optional.of(new ArrayList<>(((TextContent.Lines) text).lines())));
  }

}
