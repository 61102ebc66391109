package dev.flowkit.mock.phone;

import dev.flowkit.json.Bindable;
import dev.flowkit.json.CalendarPicker;
import dev.flowkit.json.CalendarValue;
import dev.flowkit.json.CheckboxGroup;
import dev.flowkit.json.ChipsSelector;
import dev.flowkit.json.Component;
import dev.flowkit.json.DatePicker;
import dev.flowkit.json.DocumentPicker;
import dev.flowkit.json.Dropdown;
import dev.flowkit.json.Form;
import dev.flowkit.json.OptIn;
import dev.flowkit.json.PhotoPicker;
import dev.flowkit.json.RadioButtonsGroup;
import dev.flowkit.json.TextArea;
import dev.flowkit.json.TextInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;

/**
 * Initial values and the endpoint's error messages of a screen's fields (Flow JSON §7.6): component
 * {@code init-value} / {@code error-message} outside a Form, Form {@code init-values} / {@code error-messages}
 * inside one, each a literal or a binding, typed to the field's value type (§7.2).
 */
final class ScreenInitValues {

  private ScreenInitValues() {}

  /** A component's {@code init-value} (a string, boolean or list property) resolved to JSON. */
  @SuppressWarnings("unchecked")
  static JsonNode toJson(Object raw, ScreenResolver resolver) {
    Bindable<?> bindable = (Bindable<?>) raw;
    if (bindable instanceof Bindable.Dynamic<?> dynamic) {
      return ScreenResolver.toJson(resolver.evaluate(dynamic.expression(), "init-value"));
    }
    Object value = ((Bindable.Literal<?>) bindable).value();
    if (value instanceof String text) {
      return resolver.json(ScreenResolver.NODES.stringNode(text), "init-value");
    } else if (value instanceof Boolean flag) {
      return ScreenResolver.NODES.booleanNode(flag);
    }
    ArrayNode array = ScreenResolver.NODES.arrayNode();
    ((List<String>) value).forEach(item -> array.add(resolver.json(ScreenResolver.NODES.stringNode(item), "init-value")));
    return array;
  }

  /** The value typed for the field: a list for multi-selects, a boolean for OptIn, text for the others. */
  static JsonNode typed(Component input, JsonNode value) {
    if (input instanceof CheckboxGroup || input instanceof ChipsSelector) {
      if (value.isArray()) {
        return value;
      }
      ArrayNode one = ScreenResolver.NODES.arrayNode();
      if (!ScreenFieldRules.isEmpty(value)) {
        one.add(RenderedComponent.text(value));
      }
      return one;
    } else if (input instanceof OptIn) {
      return ScreenResolver.NODES.booleanNode(value.isBoolean() ? value.asBoolean() : value.asString("").equals("true"));
    } else if (input instanceof CalendarPicker && value.isObject()) {
      return value;
    }
    return ScreenResolver.NODES.stringNode(RenderedComponent.text(value));
  }

  /**
   * The endpoint's error message of each visible field that the user has not edited since the data last came
   * from the endpoint: these show at once and keep the Footer disabled (§7.6, §9.4).
   */
  static Map<String, String> serverErrors(ScreenState state, List<ScreenLayout.Shown> shown, ScreenResolver resolver) {
    Map<Form, JsonNode> formMessages = new LinkedHashMap<>();
    Map<String, String> errors = new LinkedHashMap<>();
    for (ScreenLayout.Shown field : shown) {
      if (field.name == null || state.editedSinceData.contains(field.name)) {
        continue;
      }
      Optional<String> message;
      if (field.form != null) {
        JsonNode messages = formMessages.computeIfAbsent(field.form, form -> form.errorMessages()
            .map(raw -> resolver.json(raw, "error-messages")).orElse(ScreenResolver.NODES.objectNode()));
        JsonNode one = messages.get(field.name);
        message = one == null ? Optional.empty() : Optional.of(RenderedComponent.text(one));
      } else {
        message = errorMessage(field.source, resolver);
      }
      message.filter(text -> !text.isBlank()).ifPresent(text -> errors.put(field.name, text));
    }
    return errors;
  }

  private static Optional<String> errorMessage(Component c, ScreenResolver r) {
    if (c instanceof TextInput x) {
      return r.text(x.errorMessage(), "error-message");
    } else if (c instanceof TextArea x) {
      return r.text(x.errorMessage(), "error-message");
    } else if (c instanceof CheckboxGroup x) {
      return r.text(x.errorMessage(), "error-message");
    } else if (c instanceof RadioButtonsGroup x) {
      return r.text(x.errorMessage(), "error-message");
    } else if (c instanceof Dropdown x) {
      return r.text(x.errorMessage(), "error-message");
    } else if (c instanceof ChipsSelector x) {
      return r.text(x.errorMessage(), "error-message");
    } else if (c instanceof DatePicker x) {
      return r.text(x.errorMessage(), "error-message");
    } else if (c instanceof CalendarPicker x && x.errorMessage().isPresent()) {
      CalendarValue<Bindable<String>> value = x.errorMessage().get();
      if (value instanceof CalendarValue.Single<Bindable<String>> single) {
        return r.text(Optional.of(single.value()), "error-message");
      }
      var range = (CalendarValue.Range<Bindable<String>>) value;
      String both = (r.text(range.startDate(), "error-message.start-date") + " "
          + r.text(range.endDate(), "error-message.end-date")).trim();
      return Optional.of(both).filter(s -> !s.isEmpty());
    } else if (c instanceof PhotoPicker x) {
      return x.errorMessage().map(raw -> RenderedComponent.text(r.json(raw, "error-message")));
    } else if (c instanceof DocumentPicker x) {
      return x.errorMessage().map(raw -> RenderedComponent.text(r.json(raw, "error-message")));
    }
    return Optional.empty();
  }
}
