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

  static Component read(JsonNode node) {
    JsonNode type = node.isObject() ? node.get("type") : null;
    if (type == null || !type.isString()) {
      return new UnknownComponent(node);
    }
    return switch (type.asString()) {
      case TextHeading.TYPE -> readTextHeading(node);
      case TextSubheading.TYPE -> readTextSubheading(node);
      case TextBody.TYPE -> readTextBody(node);
      case TextCaption.TYPE -> readTextCaption(node);
      case RichText.TYPE -> readRichText(node);
      case TextInput.TYPE -> readTextInput(node);
      case TextArea.TYPE -> readTextArea(node);
      case CheckboxGroup.TYPE -> readCheckboxGroup(node);
      case RadioButtonsGroup.TYPE -> readRadioButtonsGroup(node);
      case Dropdown.TYPE -> readDropdown(node);
      case ChipsSelector.TYPE -> readChipsSelector(node);
      case DatePicker.TYPE -> readDatePicker(node);
      case CalendarPicker.TYPE -> readCalendarPicker(node);
      case OptIn.TYPE -> readOptIn(node);
      case EmbeddedLink.TYPE -> readEmbeddedLink(node);
      case Footer.TYPE -> readFooter(node);
      case Image.TYPE -> readImage(node);
      case ImageCarousel.TYPE -> readImageCarousel(node);
      case PhotoPicker.TYPE -> readPhotoPicker(node);
      case DocumentPicker.TYPE -> readDocumentPicker(node);
      case NavigationList.TYPE -> readNavigationList(node);
      case If.TYPE -> readIf(node);
      case Switch.TYPE -> readSwitch(node);
      case Form.TYPE -> readForm(node);
      default -> new UnknownComponent(node);
    };
  }

  private static Component readTextHeading(JsonNode node) {
    Bindable<String> text = null;
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "text" -> (text = Read.text(v)) != null;
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (text == null) {
      return new UnknownComponent(node);
    }
    return new TextHeading(text, visible, extras.done());
  }

  private static Component readTextSubheading(JsonNode node) {
    Bindable<String> text = null;
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "text" -> (text = Read.text(v)) != null;
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (text == null) {
      return new UnknownComponent(node);
    }
    return new TextSubheading(text, visible, extras.done());
  }

  private static Component readTextBody(JsonNode node) {
    TextContent text = null;
    Optional<Bindable<String>> fontWeight = Optional.empty();
    Optional<Bindable<Boolean>> strikethrough = Optional.empty();
    Optional<Boolean> markdown = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "text" -> (text = Read.textContent(v)) != null;
        case "font-weight" -> (fontWeight = Optional.ofNullable(Read.text(v))).isPresent();
        case "strikethrough" -> (strikethrough = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "markdown" -> (markdown = Optional.ofNullable(Read.bool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (text == null) {
      return new UnknownComponent(node);
    }
    return new TextBody(text, fontWeight, strikethrough, markdown, visible, extras.done());
  }

  private static Component readTextCaption(JsonNode node) {
    TextContent text = null;
    Optional<Bindable<String>> fontWeight = Optional.empty();
    Optional<Bindable<Boolean>> strikethrough = Optional.empty();
    Optional<Boolean> markdown = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "text" -> (text = Read.textContent(v)) != null;
        case "font-weight" -> (fontWeight = Optional.ofNullable(Read.text(v))).isPresent();
        case "strikethrough" -> (strikethrough = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "markdown" -> (markdown = Optional.ofNullable(Read.bool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (text == null) {
      return new UnknownComponent(node);
    }
    return new TextCaption(text, fontWeight, strikethrough, markdown, visible, extras.done());
  }

  private static Component readRichText(JsonNode node) {
    TextContent text = null;
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "text" -> (text = Read.textContent(v)) != null;
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (text == null) {
      return new UnknownComponent(node);
    }
    return new RichText(text, visible, extras.done());
  }

  private static Component readTextInput(JsonNode node) {
    String name = null;
    Bindable<String> label = null;
    Optional<String> inputType = Optional.empty();
    Optional<Bindable<Boolean>> required = Optional.empty();
    Optional<Bindable<Integer>> minChars = Optional.empty();
    Optional<Bindable<Integer>> maxChars = Optional.empty();
    Optional<Bindable<String>> helperText = Optional.empty();
    Optional<Bindable<String>> pattern = Optional.empty();
    Optional<String> labelVariant = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<Bindable<String>> initValue = Optional.empty();
    Optional<Bindable<String>> errorMessage = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "label" -> (label = Read.text(v)) != null;
        case "input-type" -> (inputType = Optional.ofNullable(Read.string(v))).isPresent();
        case "required" -> (required = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "min-chars" -> (minChars = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "max-chars" -> (maxChars = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "helper-text" -> (helperText = Optional.ofNullable(Read.text(v))).isPresent();
        case "pattern" -> (pattern = Optional.ofNullable(Read.text(v))).isPresent();
        case "label-variant" -> (labelVariant = Optional.ofNullable(Read.string(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "init-value" -> (initValue = Optional.ofNullable(Read.text(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.text(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || label == null) {
      return new UnknownComponent(node);
    }
    return new TextInput(name, label, inputType, required, minChars, maxChars, helperText, pattern, labelVariant, enabled, visible, initValue, errorMessage, extras.done());
  }

  private static Component readTextArea(JsonNode node) {
    String name = null;
    Bindable<String> label = null;
    Optional<Bindable<Boolean>> required = Optional.empty();
    Optional<Bindable<Integer>> maxLength = Optional.empty();
    Optional<Bindable<String>> helperText = Optional.empty();
    Optional<String> labelVariant = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<Bindable<String>> initValue = Optional.empty();
    Optional<Bindable<String>> errorMessage = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "label" -> (label = Read.text(v)) != null;
        case "required" -> (required = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "max-length" -> (maxLength = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "helper-text" -> (helperText = Optional.ofNullable(Read.text(v))).isPresent();
        case "label-variant" -> (labelVariant = Optional.ofNullable(Read.string(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "init-value" -> (initValue = Optional.ofNullable(Read.text(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.text(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || label == null) {
      return new UnknownComponent(node);
    }
    return new TextArea(name, label, required, maxLength, helperText, labelVariant, enabled, visible, initValue, errorMessage, extras.done());
  }

  private static Component readCheckboxGroup(JsonNode node) {
    String name = null;
    Bindable<List<DataSourceItem>> dataSource = null;
    Optional<Bindable<String>> label = Optional.empty();
    Optional<Bindable<String>> description = Optional.empty();
    Optional<Bindable<Integer>> minSelectedItems = Optional.empty();
    Optional<Bindable<Integer>> maxSelectedItems = Optional.empty();
    Optional<Bindable<Boolean>> required = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<Bindable<String>> mediaSize = Optional.empty();
    Optional<Action> onSelectAction = Optional.empty();
    Optional<Action> onUnselectAction = Optional.empty();
    Optional<Bindable<List<String>>> initValue = Optional.empty();
    Optional<Bindable<String>> errorMessage = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "data-source" -> (dataSource = Read.options(v)) != null;
        case "label" -> (label = Optional.ofNullable(Read.text(v))).isPresent();
        case "description" -> (description = Optional.ofNullable(Read.text(v))).isPresent();
        case "min-selected-items" -> (minSelectedItems = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "max-selected-items" -> (maxSelectedItems = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "required" -> (required = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "media-size" -> (mediaSize = Optional.ofNullable(Read.text(v))).isPresent();
        case "on-select-action" -> (onSelectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "on-unselect-action" -> (onUnselectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "init-value" -> (initValue = Optional.ofNullable(Read.stringsOrBinding(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.text(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || dataSource == null) {
      return new UnknownComponent(node);
    }
    return new CheckboxGroup(name, dataSource, label, description, minSelectedItems, maxSelectedItems, required, enabled, visible, mediaSize, onSelectAction, onUnselectAction, initValue, errorMessage, extras.done());
  }

  private static Component readRadioButtonsGroup(JsonNode node) {
    String name = null;
    Bindable<List<DataSourceItem>> dataSource = null;
    Optional<Bindable<String>> label = Optional.empty();
    Optional<Bindable<String>> description = Optional.empty();
    Optional<Bindable<Boolean>> required = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<Bindable<String>> mediaSize = Optional.empty();
    Optional<Action> onSelectAction = Optional.empty();
    Optional<Action> onUnselectAction = Optional.empty();
    Optional<Bindable<String>> initValue = Optional.empty();
    Optional<Bindable<String>> errorMessage = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "data-source" -> (dataSource = Read.options(v)) != null;
        case "label" -> (label = Optional.ofNullable(Read.text(v))).isPresent();
        case "description" -> (description = Optional.ofNullable(Read.text(v))).isPresent();
        case "required" -> (required = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "media-size" -> (mediaSize = Optional.ofNullable(Read.text(v))).isPresent();
        case "on-select-action" -> (onSelectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "on-unselect-action" -> (onUnselectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "init-value" -> (initValue = Optional.ofNullable(Read.text(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.text(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || dataSource == null) {
      return new UnknownComponent(node);
    }
    return new RadioButtonsGroup(name, dataSource, label, description, required, enabled, visible, mediaSize, onSelectAction, onUnselectAction, initValue, errorMessage, extras.done());
  }

  private static Component readDropdown(JsonNode node) {
    String name = null;
    Bindable<String> label = null;
    Bindable<List<DataSourceItem>> dataSource = null;
    Optional<Bindable<Boolean>> required = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<Action> onSelectAction = Optional.empty();
    Optional<Action> onUnselectAction = Optional.empty();
    Optional<Bindable<String>> initValue = Optional.empty();
    Optional<Bindable<String>> errorMessage = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "label" -> (label = Read.text(v)) != null;
        case "data-source" -> (dataSource = Read.options(v)) != null;
        case "required" -> (required = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "on-select-action" -> (onSelectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "on-unselect-action" -> (onUnselectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "init-value" -> (initValue = Optional.ofNullable(Read.text(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.text(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || label == null || dataSource == null) {
      return new UnknownComponent(node);
    }
    return new Dropdown(name, label, dataSource, required, enabled, visible, onSelectAction, onUnselectAction, initValue, errorMessage, extras.done());
  }

  private static Component readChipsSelector(JsonNode node) {
    String name = null;
    Bindable<String> label = null;
    Bindable<List<DataSourceItem>> dataSource = null;
    Optional<Bindable<String>> description = Optional.empty();
    Optional<Bindable<Integer>> minSelectedItems = Optional.empty();
    Optional<Bindable<Integer>> maxSelectedItems = Optional.empty();
    Optional<Bindable<Boolean>> required = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<Bindable<List<String>>> initValue = Optional.empty();
    Optional<Bindable<String>> errorMessage = Optional.empty();
    Optional<Action> onSelectAction = Optional.empty();
    Optional<Action> onUnselectAction = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "label" -> (label = Read.text(v)) != null;
        case "data-source" -> (dataSource = Read.options(v)) != null;
        case "description" -> (description = Optional.ofNullable(Read.text(v))).isPresent();
        case "min-selected-items" -> (minSelectedItems = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "max-selected-items" -> (maxSelectedItems = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "required" -> (required = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "init-value" -> (initValue = Optional.ofNullable(Read.stringsOrBinding(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.text(v))).isPresent();
        case "on-select-action" -> (onSelectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "on-unselect-action" -> (onUnselectAction = Optional.ofNullable(Read.action(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || label == null || dataSource == null) {
      return new UnknownComponent(node);
    }
    return new ChipsSelector(name, label, dataSource, description, minSelectedItems, maxSelectedItems, required, enabled, visible, initValue, errorMessage, onSelectAction, onUnselectAction, extras.done());
  }

  private static Component readDatePicker(JsonNode node) {
    String name = null;
    Bindable<String> label = null;
    Optional<Bindable<String>> minDate = Optional.empty();
    Optional<Bindable<String>> maxDate = Optional.empty();
    Optional<Bindable<List<String>>> unavailableDates = Optional.empty();
    Optional<Bindable<String>> helperText = Optional.empty();
    Optional<Bindable<Boolean>> required = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<Action> onSelectAction = Optional.empty();
    Optional<Bindable<String>> initValue = Optional.empty();
    Optional<Bindable<String>> errorMessage = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "label" -> (label = Read.text(v)) != null;
        case "min-date" -> (minDate = Optional.ofNullable(Read.text(v))).isPresent();
        case "max-date" -> (maxDate = Optional.ofNullable(Read.text(v))).isPresent();
        case "unavailable-dates" -> (unavailableDates = Optional.ofNullable(Read.stringsOrBinding(v))).isPresent();
        case "helper-text" -> (helperText = Optional.ofNullable(Read.text(v))).isPresent();
        case "required" -> (required = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "on-select-action" -> (onSelectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "init-value" -> (initValue = Optional.ofNullable(Read.text(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.text(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || label == null) {
      return new UnknownComponent(node);
    }
    return new DatePicker(name, label, minDate, maxDate, unavailableDates, helperText, required, enabled, visible, onSelectAction, initValue, errorMessage, extras.done());
  }

  private static Component readCalendarPicker(JsonNode node) {
    String name = null;
    Optional<Bindable<String>> mode = Optional.empty();
    Optional<Bindable<String>> title = Optional.empty();
    Optional<Bindable<String>> description = Optional.empty();
    CalendarValue<Bindable<String>> label = null;
    Optional<CalendarValue<Bindable<String>>> helperText = Optional.empty();
    Optional<CalendarValue<Bindable<Boolean>>> required = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<Bindable<String>> minDate = Optional.empty();
    Optional<Bindable<String>> maxDate = Optional.empty();
    Optional<Bindable<List<String>>> unavailableDates = Optional.empty();
    Optional<Bindable<List<String>>> includeDays = Optional.empty();
    Optional<Bindable<Integer>> minDays = Optional.empty();
    Optional<Bindable<Integer>> maxDays = Optional.empty();
    Optional<Action> onSelectAction = Optional.empty();
    Optional<CalendarValue<Bindable<String>>> initValue = Optional.empty();
    Optional<CalendarValue<Bindable<String>>> errorMessage = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "mode" -> (mode = Optional.ofNullable(Read.text(v))).isPresent();
        case "title" -> (title = Optional.ofNullable(Read.text(v))).isPresent();
        case "description" -> (description = Optional.ofNullable(Read.text(v))).isPresent();
        case "label" -> (label = Read.calendarText(v)) != null;
        case "helper-text" -> (helperText = Optional.ofNullable(Read.calendarText(v))).isPresent();
        case "required" -> (required = Optional.ofNullable(Read.calendarBool(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "min-date" -> (minDate = Optional.ofNullable(Read.text(v))).isPresent();
        case "max-date" -> (maxDate = Optional.ofNullable(Read.text(v))).isPresent();
        case "unavailable-dates" -> (unavailableDates = Optional.ofNullable(Read.stringsOrBinding(v))).isPresent();
        case "include-days" -> (includeDays = Optional.ofNullable(Read.stringsOrBinding(v))).isPresent();
        case "min-days" -> (minDays = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "max-days" -> (maxDays = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "on-select-action" -> (onSelectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "init-value" -> (initValue = Optional.ofNullable(Read.calendarText(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.calendarText(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || label == null) {
      return new UnknownComponent(node);
    }
    return new CalendarPicker(name, mode, title, description, label, helperText, required, enabled, visible, minDate, maxDate, unavailableDates, includeDays, minDays, maxDays, onSelectAction, initValue, errorMessage, extras.done());
  }

  private static Component readOptIn(JsonNode node) {
    String name = null;
    Bindable<String> label = null;
    Optional<Bindable<Boolean>> required = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<Action> onClickAction = Optional.empty();
    Optional<Action> onSelectAction = Optional.empty();
    Optional<Action> onUnselectAction = Optional.empty();
    Optional<Bindable<Boolean>> initValue = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "label" -> (label = Read.text(v)) != null;
        case "required" -> (required = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "on-click-action" -> (onClickAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "on-select-action" -> (onSelectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "on-unselect-action" -> (onUnselectAction = Optional.ofNullable(Read.action(v))).isPresent();
        case "init-value" -> (initValue = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || label == null) {
      return new UnknownComponent(node);
    }
    return new OptIn(name, label, required, visible, onClickAction, onSelectAction, onUnselectAction, initValue, extras.done());
  }

  private static Component readEmbeddedLink(JsonNode node) {
    Bindable<String> text = null;
    Action onClickAction = null;
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "text" -> (text = Read.text(v)) != null;
        case "on-click-action" -> (onClickAction = Read.action(v)) != null;
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (text == null || onClickAction == null) {
      return new UnknownComponent(node);
    }
    return new EmbeddedLink(text, onClickAction, visible, extras.done());
  }

  private static Component readFooter(JsonNode node) {
    Bindable<String> label = null;
    Action onClickAction = null;
    Optional<Bindable<String>> leftCaption = Optional.empty();
    Optional<Bindable<String>> centerCaption = Optional.empty();
    Optional<Bindable<String>> rightCaption = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "label" -> (label = Read.text(v)) != null;
        case "on-click-action" -> (onClickAction = Read.action(v)) != null;
        case "left-caption" -> (leftCaption = Optional.ofNullable(Read.text(v))).isPresent();
        case "center-caption" -> (centerCaption = Optional.ofNullable(Read.text(v))).isPresent();
        case "right-caption" -> (rightCaption = Optional.ofNullable(Read.text(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (label == null || onClickAction == null) {
      return new UnknownComponent(node);
    }
    return new Footer(label, onClickAction, leftCaption, centerCaption, rightCaption, enabled, extras.done());
  }

  private static Component readImage(JsonNode node) {
    Bindable<String> src = null;
    Optional<Bindable<Integer>> width = Optional.empty();
    Optional<Bindable<Integer>> height = Optional.empty();
    Optional<Bindable<Number>> aspectRatio = Optional.empty();
    Optional<String> scaleType = Optional.empty();
    Optional<Bindable<String>> altText = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "src" -> (src = Read.text(v)) != null;
        case "width" -> (width = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "height" -> (height = Optional.ofNullable(Read.bindableInt(v))).isPresent();
        case "aspect-ratio" -> (aspectRatio = Optional.ofNullable(Read.bindableNumber(v))).isPresent();
        case "scale-type" -> (scaleType = Optional.ofNullable(Read.string(v))).isPresent();
        case "alt-text" -> (altText = Optional.ofNullable(Read.text(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (src == null) {
      return new UnknownComponent(node);
    }
    return new Image(src, width, height, aspectRatio, scaleType, altText, visible, extras.done());
  }

  private static Component readImageCarousel(JsonNode node) {
    Bindable<List<CarouselImage>> images = null;
    Optional<String> aspectRatio = Optional.empty();
    Optional<String> scaleType = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "images" -> (images = Read.images(v)) != null;
        case "aspect-ratio" -> (aspectRatio = Optional.ofNullable(Read.string(v))).isPresent();
        case "scale-type" -> (scaleType = Optional.ofNullable(Read.string(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (images == null) {
      return new UnknownComponent(node);
    }
    return new ImageCarousel(images, aspectRatio, scaleType, visible, extras.done());
  }

  private static Component readPhotoPicker(JsonNode node) {
    String name = null;
    Bindable<String> label = null;
    Optional<Bindable<String>> description = Optional.empty();
    Optional<String> photoSource = Optional.empty();
    Optional<Integer> maxFileSizeKb = Optional.empty();
    Optional<Integer> minUploadedPhotos = Optional.empty();
    Optional<Integer> maxUploadedPhotos = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<JsonNode> errorMessage = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "label" -> (label = Read.text(v)) != null;
        case "description" -> (description = Optional.ofNullable(Read.text(v))).isPresent();
        case "photo-source" -> (photoSource = Optional.ofNullable(Read.string(v))).isPresent();
        case "max-file-size-kb" -> (maxFileSizeKb = Optional.ofNullable(Read.integer(v))).isPresent();
        case "min-uploaded-photos" -> (minUploadedPhotos = Optional.ofNullable(Read.integer(v))).isPresent();
        case "max-uploaded-photos" -> (maxUploadedPhotos = Optional.ofNullable(Read.integer(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.raw(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || label == null) {
      return new UnknownComponent(node);
    }
    return new PhotoPicker(name, label, description, photoSource, maxFileSizeKb, minUploadedPhotos, maxUploadedPhotos, enabled, visible, errorMessage, extras.done());
  }

  private static Component readDocumentPicker(JsonNode node) {
    String name = null;
    Bindable<String> label = null;
    Optional<Bindable<String>> description = Optional.empty();
    Optional<Integer> maxFileSizeKb = Optional.empty();
    Optional<Integer> minUploadedDocuments = Optional.empty();
    Optional<Integer> maxUploadedDocuments = Optional.empty();
    Optional<List<String>> allowedMimeTypes = Optional.empty();
    Optional<Bindable<Boolean>> enabled = Optional.empty();
    Optional<Bindable<Boolean>> visible = Optional.empty();
    Optional<JsonNode> errorMessage = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "label" -> (label = Read.text(v)) != null;
        case "description" -> (description = Optional.ofNullable(Read.text(v))).isPresent();
        case "max-file-size-kb" -> (maxFileSizeKb = Optional.ofNullable(Read.integer(v))).isPresent();
        case "min-uploaded-documents" -> (minUploadedDocuments = Optional.ofNullable(Read.integer(v))).isPresent();
        case "max-uploaded-documents" -> (maxUploadedDocuments = Optional.ofNullable(Read.integer(v))).isPresent();
        case "allowed-mime-types" -> (allowedMimeTypes = Optional.ofNullable(Read.strings(v))).isPresent();
        case "enabled" -> (enabled = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "visible" -> (visible = Optional.ofNullable(Read.bindableBool(v))).isPresent();
        case "error-message" -> (errorMessage = Optional.ofNullable(Read.raw(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || label == null) {
      return new UnknownComponent(node);
    }
    return new DocumentPicker(name, label, description, maxFileSizeKb, minUploadedDocuments, maxUploadedDocuments, allowedMimeTypes, enabled, visible, errorMessage, extras.done());
  }

  private static Component readNavigationList(JsonNode node) {
    String name = null;
    Bindable<List<NavigationItem>> listItems = null;
    Optional<Bindable<String>> label = Optional.empty();
    Optional<Bindable<String>> description = Optional.empty();
    Optional<Bindable<String>> mediaSize = Optional.empty();
    Optional<Action> onClickAction = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "list-items" -> (listItems = Read.navigationItems(v)) != null;
        case "label" -> (label = Optional.ofNullable(Read.text(v))).isPresent();
        case "description" -> (description = Optional.ofNullable(Read.text(v))).isPresent();
        case "media-size" -> (mediaSize = Optional.ofNullable(Read.text(v))).isPresent();
        case "on-click-action" -> (onClickAction = Optional.ofNullable(Read.action(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || listItems == null) {
      return new UnknownComponent(node);
    }
    return new NavigationList(name, listItems, label, description, mediaSize, onClickAction, extras.done());
  }

  private static Component readIf(JsonNode node) {
    IfCondition condition = null;
    List<Component> then = null;
    Optional<List<Component>> otherwise = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "condition" -> (condition = Read.condition(v)) != null;
        case "then" -> (then = Read.children(v)) != null;
        case "else" -> (otherwise = Optional.ofNullable(Read.children(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (condition == null || then == null) {
      return new UnknownComponent(node);
    }
    return new If(condition, then, otherwise, extras.done());
  }

  private static Component readSwitch(JsonNode node) {
    Bindable<String> value = null;
    Map<String, List<Component>> cases = null;
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "value" -> (value = Read.text(v)) != null;
        case "cases" -> (cases = Read.cases(v)) != null;
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (value == null || cases == null) {
      return new UnknownComponent(node);
    }
    return new Switch(value, cases, extras.done());
  }

  private static Component readForm(JsonNode node) {
    String name = null;
    List<Component> children = null;
    Optional<JsonNode> initValues = Optional.empty();
    Optional<JsonNode> errorMessages = Optional.empty();
    Extras.Collector extras = new Extras.Collector();
    for (Map.Entry<String, JsonNode> entry : node.properties()) {
      JsonNode v = entry.getValue();
      boolean taken = switch (entry.getKey()) {
        case "type" -> true;
        case "name" -> (name = Read.string(v)) != null;
        case "children" -> (children = Read.children(v)) != null;
        case "init-values" -> (initValues = Optional.ofNullable(Read.raw(v))).isPresent();
        case "error-messages" -> (errorMessages = Optional.ofNullable(Read.raw(v))).isPresent();
        default -> false;
      };
      if (!taken) {
        extras.add(entry.getKey(), v);
      }
    }
    if (name == null || children == null) {
      return new UnknownComponent(node);
    }
    return new Form(name, children, initValues, errorMessages, extras.done());
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
