package dev.flowkit.json;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.core.JsonGenerator;
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
    Optional<String> type = p.string("type");
    Optional<Component> typed = switch (type.orElse("")) {
      case TextHeading.TYPE -> readTextHeading(p);
      case TextSubheading.TYPE -> readTextSubheading(p);
      case TextBody.TYPE -> readTextBody(p);
      case TextCaption.TYPE -> readTextCaption(p);
      case RichText.TYPE -> readRichText(p);
      case TextInput.TYPE -> readTextInput(p);
      case TextArea.TYPE -> readTextArea(p);
      case CheckboxGroup.TYPE -> readCheckboxGroup(p);
      case RadioButtonsGroup.TYPE -> readRadioButtonsGroup(p);
      case Dropdown.TYPE -> readDropdown(p);
      case ChipsSelector.TYPE -> readChipsSelector(p);
      case DatePicker.TYPE -> readDatePicker(p);
      case CalendarPicker.TYPE -> readCalendarPicker(p);
      case OptIn.TYPE -> readOptIn(p);
      case EmbeddedLink.TYPE -> readEmbeddedLink(p);
      case Footer.TYPE -> readFooter(p);
      case Image.TYPE -> readImage(p);
      case ImageCarousel.TYPE -> readImageCarousel(p);
      case PhotoPicker.TYPE -> readPhotoPicker(p);
      case DocumentPicker.TYPE -> readDocumentPicker(p);
      case NavigationList.TYPE -> readNavigationList(p);
      case If.TYPE -> readIf(p);
      case Switch.TYPE -> readSwitch(p);
      case Form.TYPE -> readForm(p);
      default -> Optional.empty();
    };
    return typed.orElseGet(() -> new UnknownComponent(node));
  }

  private static Optional<Component> readTextHeading(Props p) {
    Optional<Bindable<String>> text = p.text("text");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TextHeading(text.get(),
        p.bindableBool("visible"),
        p.extras()));
  }

  private static Optional<Component> readTextSubheading(Props p) {
    Optional<Bindable<String>> text = p.text("text");
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TextSubheading(text.get(),
        p.bindableBool("visible"),
        p.extras()));
  }

  private static Optional<Component> readTextBody(Props p) {
    Optional<TextContent> text = ComponentCodec.textContent(p);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TextBody(text.get(),
        p.text("font-weight"),
        p.bindableBool("strikethrough"),
        p.bool("markdown"),
        p.bindableBool("visible"),
        p.extras()));
  }

  private static Optional<Component> readTextCaption(Props p) {
    Optional<TextContent> text = ComponentCodec.textContent(p);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TextCaption(text.get(),
        p.text("font-weight"),
        p.bindableBool("strikethrough"),
        p.bool("markdown"),
        p.bindableBool("visible"),
        p.extras()));
  }

  private static Optional<Component> readRichText(Props p) {
    Optional<TextContent> text = ComponentCodec.textContent(p);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RichText(text.get(),
        p.bindableBool("visible"),
        p.extras()));
  }

  private static Optional<Component> readTextInput(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<String>> label = p.text("label");
    if (name.isEmpty() || label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TextInput(name.get(),
        label.get(),
        p.string("input-type"),
        p.bindableBool("required"),
        p.bindableInt("min-chars"),
        p.bindableInt("max-chars"),
        p.text("helper-text"),
        p.text("pattern"),
        p.string("label-variant"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        p.text("init-value"),
        p.text("error-message"),
        p.extras()));
  }

  private static Optional<Component> readTextArea(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<String>> label = p.text("label");
    if (name.isEmpty() || label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new TextArea(name.get(),
        label.get(),
        p.bindableBool("required"),
        p.bindableInt("max-length"),
        p.text("helper-text"),
        p.string("label-variant"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        p.text("init-value"),
        p.text("error-message"),
        p.extras()));
  }

  private static Optional<Component> readCheckboxGroup(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<List<DataSourceItem>>> dataSource = ComponentValues.options(p, "data-source");
    if (name.isEmpty() || dataSource.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CheckboxGroup(name.get(),
        dataSource.get(),
        p.text("label"),
        p.text("description"),
        p.bindableInt("min-selected-items"),
        p.bindableInt("max-selected-items"),
        p.bindableBool("required"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        p.text("media-size"),
        ComponentValues.action(p, "on-select-action"),
        ComponentValues.action(p, "on-unselect-action"),
        ComponentValues.stringsOrBinding(p, "init-value"),
        p.text("error-message"),
        p.extras()));
  }

  private static Optional<Component> readRadioButtonsGroup(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<List<DataSourceItem>>> dataSource = ComponentValues.options(p, "data-source");
    if (name.isEmpty() || dataSource.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new RadioButtonsGroup(name.get(),
        dataSource.get(),
        p.text("label"),
        p.text("description"),
        p.bindableBool("required"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        p.text("media-size"),
        ComponentValues.action(p, "on-select-action"),
        ComponentValues.action(p, "on-unselect-action"),
        p.text("init-value"),
        p.text("error-message"),
        p.extras()));
  }

  private static Optional<Component> readDropdown(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<String>> label = p.text("label");
    Optional<Bindable<List<DataSourceItem>>> dataSource = ComponentValues.options(p, "data-source");
    if (name.isEmpty() || label.isEmpty() || dataSource.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Dropdown(name.get(),
        label.get(),
        dataSource.get(),
        p.bindableBool("required"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        ComponentValues.action(p, "on-select-action"),
        ComponentValues.action(p, "on-unselect-action"),
        p.text("init-value"),
        p.text("error-message"),
        p.extras()));
  }

  private static Optional<Component> readChipsSelector(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<String>> label = p.text("label");
    Optional<Bindable<List<DataSourceItem>>> dataSource = ComponentValues.options(p, "data-source");
    if (name.isEmpty() || label.isEmpty() || dataSource.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ChipsSelector(name.get(),
        label.get(),
        dataSource.get(),
        p.text("description"),
        p.bindableInt("min-selected-items"),
        p.bindableInt("max-selected-items"),
        p.bindableBool("required"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        ComponentValues.stringsOrBinding(p, "init-value"),
        p.text("error-message"),
        ComponentValues.action(p, "on-select-action"),
        ComponentValues.action(p, "on-unselect-action"),
        p.extras()));
  }

  private static Optional<Component> readDatePicker(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<String>> label = p.text("label");
    if (name.isEmpty() || label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DatePicker(name.get(),
        label.get(),
        p.text("min-date"),
        p.text("max-date"),
        ComponentValues.stringsOrBinding(p, "unavailable-dates"),
        p.text("helper-text"),
        p.bindableBool("required"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        ComponentValues.action(p, "on-select-action"),
        p.text("init-value"),
        p.text("error-message"),
        p.extras()));
  }

  private static Optional<Component> readCalendarPicker(Props p) {
    Optional<String> name = p.string("name");
    Optional<CalendarValue<Bindable<String>>> label = ComponentValues.calendarText(p, "label");
    if (name.isEmpty() || label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new CalendarPicker(name.get(),
        p.text("mode"),
        p.text("title"),
        p.text("description"),
        label.get(),
        ComponentValues.calendarText(p, "helper-text"),
        ComponentValues.calendarBool(p, "required"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        p.text("min-date"),
        p.text("max-date"),
        ComponentValues.stringsOrBinding(p, "unavailable-dates"),
        ComponentValues.stringsOrBinding(p, "include-days"),
        p.bindableInt("min-days"),
        p.bindableInt("max-days"),
        ComponentValues.action(p, "on-select-action"),
        ComponentValues.calendarText(p, "init-value"),
        ComponentValues.calendarText(p, "error-message"),
        p.extras()));
  }

  private static Optional<Component> readOptIn(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<String>> label = p.text("label");
    if (name.isEmpty() || label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new OptIn(name.get(),
        label.get(),
        p.bindableBool("required"),
        p.bindableBool("visible"),
        ComponentValues.action(p, "on-click-action"),
        ComponentValues.action(p, "on-select-action"),
        ComponentValues.action(p, "on-unselect-action"),
        p.bindableBool("init-value"),
        p.extras()));
  }

  private static Optional<Component> readEmbeddedLink(Props p) {
    Optional<Bindable<String>> text = p.text("text");
    Optional<Action> onClickAction = ComponentValues.action(p, "on-click-action");
    if (text.isEmpty() || onClickAction.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new EmbeddedLink(text.get(),
        onClickAction.get(),
        p.bindableBool("visible"),
        p.extras()));
  }

  private static Optional<Component> readFooter(Props p) {
    Optional<Bindable<String>> label = p.text("label");
    Optional<Action> onClickAction = ComponentValues.action(p, "on-click-action");
    if (label.isEmpty() || onClickAction.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Footer(label.get(),
        onClickAction.get(),
        p.text("left-caption"),
        p.text("center-caption"),
        p.text("right-caption"),
        p.bindableBool("enabled"),
        p.extras()));
  }

  private static Optional<Component> readImage(Props p) {
    Optional<Bindable<String>> src = p.text("src");
    if (src.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Image(src.get(),
        p.bindableInt("width"),
        p.bindableInt("height"),
        p.bindableNumber("aspect-ratio"),
        p.string("scale-type"),
        p.text("alt-text"),
        p.bindableBool("visible"),
        p.extras()));
  }

  private static Optional<Component> readImageCarousel(Props p) {
    Optional<Bindable<List<CarouselImage>>> images = ComponentValues.images(p, "images");
    if (images.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new ImageCarousel(images.get(),
        p.string("aspect-ratio"),
        p.string("scale-type"),
        p.bindableBool("visible"),
        p.extras()));
  }

  private static Optional<Component> readPhotoPicker(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<String>> label = p.text("label");
    if (name.isEmpty() || label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new PhotoPicker(name.get(),
        label.get(),
        p.text("description"),
        p.string("photo-source"),
        p.integer("max-file-size-kb"),
        p.integer("min-uploaded-photos"),
        p.integer("max-uploaded-photos"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        p.raw("error-message"),
        p.extras()));
  }

  private static Optional<Component> readDocumentPicker(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<String>> label = p.text("label");
    if (name.isEmpty() || label.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new DocumentPicker(name.get(),
        label.get(),
        p.text("description"),
        p.integer("max-file-size-kb"),
        p.integer("min-uploaded-documents"),
        p.integer("max-uploaded-documents"),
        p.strings("allowed-mime-types"),
        p.bindableBool("enabled"),
        p.bindableBool("visible"),
        p.raw("error-message"),
        p.extras()));
  }

  private static Optional<Component> readNavigationList(Props p) {
    Optional<String> name = p.string("name");
    Optional<Bindable<List<NavigationItem>>> listItems = ComponentValues.navigationItems(p, "list-items");
    if (name.isEmpty() || listItems.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new NavigationList(name.get(),
        listItems.get(),
        p.text("label"),
        p.text("description"),
        p.text("media-size"),
        ComponentValues.action(p, "on-click-action"),
        p.extras()));
  }

  private static Optional<Component> readIf(Props p) {
    Optional<IfCondition> condition = ComponentValues.condition(p, "condition");
    Optional<List<Component>> then = ComponentValues.children(p, "then");
    if (condition.isEmpty() || then.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new If(condition.get(),
        then.get(),
        ComponentValues.children(p, "else"),
        p.extras()));
  }

  private static Optional<Component> readSwitch(Props p) {
    Optional<Bindable<String>> value = p.text("value");
    Optional<Map<String, List<Component>>> cases = ComponentValues.cases(p, "cases");
    if (value.isEmpty() || cases.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Switch(value.get(),
        cases.get(),
        p.extras()));
  }

  private static Optional<Component> readForm(Props p) {
    Optional<String> name = p.string("name");
    Optional<List<Component>> children = ComponentValues.children(p, "children");
    if (name.isEmpty() || children.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(new Form(name.get(),
        children.get(),
        p.raw("init-values"),
        p.raw("error-messages"),
        p.extras()));
  }

  static Optional<TextContent> textContent(Props p) {
    Optional<Bindable<String>> single = p.text("text");
    if (single.isPresent()) {
      return Optional.of(new TextContent.Single(single.get()));
    }
    return p.strings("text").map(TextContent.Lines::new);
  }

  static void write(JsonGenerator g, Component component) {
    if (component instanceof UnknownComponent c) {
      g.writeTree(c.json());
      return;
    }
    Out out = new Out(g).string("type", component.type());
    if (component instanceof TextHeading c) {
      out
          .bindable("text", c.text())
          .bindable("visible", c.visible());
    } else if (component instanceof TextSubheading c) {
      out
          .bindable("text", c.text())
          .bindable("visible", c.visible());
    } else if (component instanceof TextBody c) {
      out
          .value("text", gen -> textContent(gen, c.text()))
          .bindable("font-weight", c.fontWeight())
          .bindable("strikethrough", c.strikethrough())
          .bool("markdown", c.markdown())
          .bindable("visible", c.visible());
    } else if (component instanceof TextCaption c) {
      out
          .value("text", gen -> textContent(gen, c.text()))
          .bindable("font-weight", c.fontWeight())
          .bindable("strikethrough", c.strikethrough())
          .bool("markdown", c.markdown())
          .bindable("visible", c.visible());
    } else if (component instanceof RichText c) {
      out
          .value("text", gen -> textContent(gen, c.text()))
          .bindable("visible", c.visible());
    } else if (component instanceof TextInput c) {
      out
          .string("name", c.name())
          .bindable("label", c.label())
          .string("input-type", c.inputType())
          .bindable("required", c.required())
          .bindable("min-chars", c.minChars())
          .bindable("max-chars", c.maxChars())
          .bindable("helper-text", c.helperText())
          .bindable("pattern", c.pattern())
          .string("label-variant", c.labelVariant())
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .bindable("init-value", c.initValue())
          .bindable("error-message", c.errorMessage());
    } else if (component instanceof TextArea c) {
      out
          .string("name", c.name())
          .bindable("label", c.label())
          .bindable("required", c.required())
          .bindable("max-length", c.maxLength())
          .bindable("helper-text", c.helperText())
          .string("label-variant", c.labelVariant())
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .bindable("init-value", c.initValue())
          .bindable("error-message", c.errorMessage());
    } else if (component instanceof CheckboxGroup c) {
      out
          .string("name", c.name())
          .value("data-source", gen -> ComponentValues.list(gen, c.dataSource(), ComponentValues::dataSourceItem))
          .bindable("label", c.label())
          .bindable("description", c.description())
          .bindable("min-selected-items", c.minSelectedItems())
          .bindable("max-selected-items", c.maxSelectedItems())
          .bindable("required", c.required())
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .bindable("media-size", c.mediaSize())
          .action("on-select-action", c.onSelectAction())
          .action("on-unselect-action", c.onUnselectAction())
          .value("init-value", c.initValue(), ComponentValues::strings)
          .bindable("error-message", c.errorMessage());
    } else if (component instanceof RadioButtonsGroup c) {
      out
          .string("name", c.name())
          .value("data-source", gen -> ComponentValues.list(gen, c.dataSource(), ComponentValues::dataSourceItem))
          .bindable("label", c.label())
          .bindable("description", c.description())
          .bindable("required", c.required())
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .bindable("media-size", c.mediaSize())
          .action("on-select-action", c.onSelectAction())
          .action("on-unselect-action", c.onUnselectAction())
          .bindable("init-value", c.initValue())
          .bindable("error-message", c.errorMessage());
    } else if (component instanceof Dropdown c) {
      out
          .string("name", c.name())
          .bindable("label", c.label())
          .value("data-source", gen -> ComponentValues.list(gen, c.dataSource(), ComponentValues::dataSourceItem))
          .bindable("required", c.required())
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .action("on-select-action", c.onSelectAction())
          .action("on-unselect-action", c.onUnselectAction())
          .bindable("init-value", c.initValue())
          .bindable("error-message", c.errorMessage());
    } else if (component instanceof ChipsSelector c) {
      out
          .string("name", c.name())
          .bindable("label", c.label())
          .value("data-source", gen -> ComponentValues.list(gen, c.dataSource(), ComponentValues::dataSourceItem))
          .bindable("description", c.description())
          .bindable("min-selected-items", c.minSelectedItems())
          .bindable("max-selected-items", c.maxSelectedItems())
          .bindable("required", c.required())
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .value("init-value", c.initValue(), ComponentValues::strings)
          .bindable("error-message", c.errorMessage())
          .action("on-select-action", c.onSelectAction())
          .action("on-unselect-action", c.onUnselectAction());
    } else if (component instanceof DatePicker c) {
      out
          .string("name", c.name())
          .bindable("label", c.label())
          .bindable("min-date", c.minDate())
          .bindable("max-date", c.maxDate())
          .value("unavailable-dates", c.unavailableDates(), ComponentValues::strings)
          .bindable("helper-text", c.helperText())
          .bindable("required", c.required())
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .action("on-select-action", c.onSelectAction())
          .bindable("init-value", c.initValue())
          .bindable("error-message", c.errorMessage());
    } else if (component instanceof CalendarPicker c) {
      out
          .string("name", c.name())
          .bindable("mode", c.mode())
          .bindable("title", c.title())
          .bindable("description", c.description())
          .value("label", gen -> ComponentValues.calendar(gen, c.label()))
          .value("helper-text", c.helperText(), ComponentValues::calendar)
          .value("required", c.required(), ComponentValues::calendar)
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .bindable("min-date", c.minDate())
          .bindable("max-date", c.maxDate())
          .value("unavailable-dates", c.unavailableDates(), ComponentValues::strings)
          .value("include-days", c.includeDays(), ComponentValues::strings)
          .bindable("min-days", c.minDays())
          .bindable("max-days", c.maxDays())
          .action("on-select-action", c.onSelectAction())
          .value("init-value", c.initValue(), ComponentValues::calendar)
          .value("error-message", c.errorMessage(), ComponentValues::calendar);
    } else if (component instanceof OptIn c) {
      out
          .string("name", c.name())
          .bindable("label", c.label())
          .bindable("required", c.required())
          .bindable("visible", c.visible())
          .action("on-click-action", c.onClickAction())
          .action("on-select-action", c.onSelectAction())
          .action("on-unselect-action", c.onUnselectAction())
          .bindable("init-value", c.initValue());
    } else if (component instanceof EmbeddedLink c) {
      out
          .bindable("text", c.text())
          .action("on-click-action", c.onClickAction())
          .bindable("visible", c.visible());
    } else if (component instanceof Footer c) {
      out
          .bindable("label", c.label())
          .action("on-click-action", c.onClickAction())
          .bindable("left-caption", c.leftCaption())
          .bindable("center-caption", c.centerCaption())
          .bindable("right-caption", c.rightCaption())
          .bindable("enabled", c.enabled());
    } else if (component instanceof Image c) {
      out
          .bindable("src", c.src())
          .bindable("width", c.width())
          .bindable("height", c.height())
          .bindable("aspect-ratio", c.aspectRatio())
          .string("scale-type", c.scaleType())
          .bindable("alt-text", c.altText())
          .bindable("visible", c.visible());
    } else if (component instanceof ImageCarousel c) {
      out
          .value("images", gen -> ComponentValues.list(gen, c.images(), ComponentValues::carouselImage))
          .string("aspect-ratio", c.aspectRatio())
          .string("scale-type", c.scaleType())
          .bindable("visible", c.visible());
    } else if (component instanceof PhotoPicker c) {
      out
          .string("name", c.name())
          .bindable("label", c.label())
          .bindable("description", c.description())
          .string("photo-source", c.photoSource())
          .integer("max-file-size-kb", c.maxFileSizeKb())
          .integer("min-uploaded-photos", c.minUploadedPhotos())
          .integer("max-uploaded-photos", c.maxUploadedPhotos())
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .raw("error-message", c.errorMessage());
    } else if (component instanceof DocumentPicker c) {
      out
          .string("name", c.name())
          .bindable("label", c.label())
          .bindable("description", c.description())
          .integer("max-file-size-kb", c.maxFileSizeKb())
          .integer("min-uploaded-documents", c.minUploadedDocuments())
          .integer("max-uploaded-documents", c.maxUploadedDocuments())
          .strings("allowed-mime-types", c.allowedMimeTypes())
          .bindable("enabled", c.enabled())
          .bindable("visible", c.visible())
          .raw("error-message", c.errorMessage());
    } else if (component instanceof NavigationList c) {
      out
          .string("name", c.name())
          .value("list-items", gen -> ComponentValues.list(gen, c.listItems(), ComponentValues::navigationItem))
          .bindable("label", c.label())
          .bindable("description", c.description())
          .bindable("media-size", c.mediaSize())
          .action("on-click-action", c.onClickAction());
    } else if (component instanceof If c) {
      out
          .value("condition", gen -> ComponentValues.condition(gen, c.condition()))
          .value("then", gen -> FlowJsonCodec.writeChildren(gen, c.then()))
          .value("else", c.otherwise(), FlowJsonCodec::writeChildren);
    } else if (component instanceof Switch c) {
      out
          .bindable("value", c.value())
          .value("cases", gen -> ComponentValues.cases(gen, c.cases()));
    } else if (component instanceof Form c) {
      out
          .string("name", c.name())
          .value("children", gen -> FlowJsonCodec.writeChildren(gen, c.children()))
          .raw("init-values", c.initValues())
          .raw("error-messages", c.errorMessages());
    } else {
      throw new IllegalStateException("no writer for " + component.getClass().getName());
    }
    out.end(component.extras());
  }

  private static void textContent(JsonGenerator g, TextContent text) {
    if (text instanceof TextContent.Single single) {
      Out.write(g, single.text());
      return;
    }
    g.writeStartArray();
    ((TextContent.Lines) text).lines().forEach(g::writeString);
    g.writeEndArray();
  }

}
