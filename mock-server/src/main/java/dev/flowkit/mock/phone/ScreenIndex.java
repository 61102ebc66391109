package dev.flowkit.mock.phone;

import dev.flowkit.json.Action;
import dev.flowkit.json.Bindable;
import dev.flowkit.json.CalendarPicker;
import dev.flowkit.json.CheckboxGroup;
import dev.flowkit.json.ChipsSelector;
import dev.flowkit.json.Component;
import dev.flowkit.json.DatePicker;
import dev.flowkit.json.DocumentPicker;
import dev.flowkit.json.Dropdown;
import dev.flowkit.json.EmbeddedLink;
import dev.flowkit.json.Footer;
import dev.flowkit.json.Form;
import dev.flowkit.json.If;
import dev.flowkit.json.NavigationItem;
import dev.flowkit.json.NavigationList;
import dev.flowkit.json.OptIn;
import dev.flowkit.json.PhotoPicker;
import dev.flowkit.json.RadioButtonsGroup;
import dev.flowkit.json.Screen;
import dev.flowkit.json.Switch;
import dev.flowkit.json.TextArea;
import dev.flowkit.json.TextInput;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Every component of one screen, in every If and Switch branch, found once: the inputs by name, the Form each
 * input sits in, and the screens its navigate actions lead to.
 */
final class ScreenIndex {

  final Map<String, Component> inputs = new LinkedHashMap<>();
  final Map<String, Form> formOf = new LinkedHashMap<>();
  final List<Form> forms = new ArrayList<>();
  final List<Action> actions = new ArrayList<>();

  ScreenIndex(Screen screen) {
    walk(screen.layout().children(), null);
  }

  private void walk(List<Component> components, Form form) {
    for (Component component : components) {
      if (component instanceof If branch) {
        walk(branch.then(), form);
        branch.otherwise().ifPresent(otherwise -> walk(otherwise, form));
      } else if (component instanceof Switch choice) {
        choice.cases().values().forEach(children -> walk(children, form));
      } else if (component instanceof Form inner) {
        forms.add(inner);
        walk(inner.children(), inner);
      } else {
        name(component).ifPresent(name -> {
          inputs.put(name, component);
          if (form != null) {
            formOf.put(name, form);
          }
        });
        collectActions(component);
      }
    }
  }

  private void collectActions(Component component) {
    if (component instanceof Footer footer) {
      actions.add(footer.onClickAction());
    } else if (component instanceof EmbeddedLink link) {
      actions.add(link.onClickAction());
    } else if (component instanceof OptIn optIn) {
      optIn.onClickAction().ifPresent(actions::add);
    } else if (component instanceof NavigationList list) {
      list.onClickAction().ifPresent(actions::add);
      if (list.listItems() instanceof Bindable.Literal<List<NavigationItem>> items) {
        items.value().forEach(item -> item.onClickAction().ifPresent(actions::add));
      }
    }
  }

  /** The screens the navigate actions of this screen lead to. */
  List<String> navigateTargets() {
    List<String> targets = new ArrayList<>();
    for (Action action : actions) {
      if (action.name().equals("navigate")) {
        action.next().ifPresent(next -> targets.add(next.name()));
      }
    }
    return targets;
  }

  /** The {@code name} of a component that holds a form value. */
  static Optional<String> name(Component component) {
    if (component instanceof TextInput c) {
      return Optional.of(c.name());
    } else if (component instanceof TextArea c) {
      return Optional.of(c.name());
    } else if (component instanceof CheckboxGroup c) {
      return Optional.of(c.name());
    } else if (component instanceof RadioButtonsGroup c) {
      return Optional.of(c.name());
    } else if (component instanceof Dropdown c) {
      return Optional.of(c.name());
    } else if (component instanceof ChipsSelector c) {
      return Optional.of(c.name());
    } else if (component instanceof DatePicker c) {
      return Optional.of(c.name());
    } else if (component instanceof CalendarPicker c) {
      return Optional.of(c.name());
    } else if (component instanceof OptIn c) {
      return Optional.of(c.name());
    } else if (component instanceof PhotoPicker c) {
      return Optional.of(c.name());
    } else if (component instanceof DocumentPicker c) {
      return Optional.of(c.name());
    } else if (component instanceof NavigationList c) {
      return Optional.of(c.name());
    }
    return Optional.empty();
  }
}
