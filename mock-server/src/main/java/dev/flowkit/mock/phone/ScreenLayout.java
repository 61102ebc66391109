package dev.flowkit.mock.phone;

import dev.flowkit.json.Bindable;
import dev.flowkit.json.CalendarPicker;
import dev.flowkit.json.CalendarValue;
import dev.flowkit.json.CheckboxGroup;
import dev.flowkit.json.ChipsSelector;
import dev.flowkit.json.Component;
import dev.flowkit.json.DataSourceItem;
import dev.flowkit.json.DatePicker;
import dev.flowkit.json.DocumentPicker;
import dev.flowkit.json.Dropdown;
import dev.flowkit.json.EmbeddedLink;
import dev.flowkit.json.Footer;
import dev.flowkit.json.Form;
import dev.flowkit.json.If;
import dev.flowkit.json.Image;
import dev.flowkit.json.ImageCarousel;
import dev.flowkit.json.NavigationItem;
import dev.flowkit.json.NavigationList;
import dev.flowkit.json.OptIn;
import dev.flowkit.json.PhotoPicker;
import dev.flowkit.json.RadioButtonsGroup;
import dev.flowkit.json.RichText;
import dev.flowkit.json.Switch;
import dev.flowkit.json.TextArea;
import dev.flowkit.json.TextBody;
import dev.flowkit.json.TextCaption;
import dev.flowkit.json.TextContent;
import dev.flowkit.json.TextHeading;
import dev.flowkit.json.TextInput;
import dev.flowkit.json.TextSubheading;
import dev.flowkit.json.UnknownComponent;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;

/**
 * The first half of the render pass (Flow JSON §9.2): walks the layout, picks the If/Switch branch that shows,
 * drops components whose {@code visible} is false, and resolves each remaining component's properties. Errors and
 * the Footer's state are added afterwards, once the visible inputs were checked.
 */
final class ScreenLayout {

  /** An option of a selection component, resolved, with the actions of the item itself. */
  record Item(String id, String title, Optional<String> description, boolean enabled,
      Optional<ScreenAction> onSelect, Optional<ScreenAction> onUnselect, Optional<ScreenAction> onClick) {}

  /** A visible component: its source, what it shows, and its resolved options. */
  static final class Shown {
    final Component source;
    final @Nullable Form form;
    final String type;
    final @Nullable String name;
    String text = "";
    boolean enabled = true;
    boolean required;
    Optional<String> helperText = Optional.empty();
    Optional<String> description = Optional.empty();
    Optional<String> inputType = Optional.empty();
    List<Item> items = List.of();

    Shown(Component source, @Nullable Form form) {
      this.source = source;
      this.form = form;
      this.type = source instanceof UnknownComponent unknown ? unknown.json().path("type").asString("Unknown")
          : source.type();
      this.name = ScreenIndex.name(source).orElse(null);
    }
  }

  private final ScreenState state;
  private final ScreenResolver resolver;
  private final List<Shown> shown = new ArrayList<>();

  private ScreenLayout(ScreenState state, ScreenResolver resolver) {
    this.state = state;
    this.resolver = resolver;
  }

  static List<Shown> visible(ScreenState state, ScreenResolver resolver) {
    ScreenLayout layout = new ScreenLayout(state, resolver);
    layout.walk(state.screen.layout().children(), null);
    return layout.shown;
  }

  private void walk(List<Component> components, @Nullable Form form) {
    for (Component component : components) {
      if (component instanceof If branch) {
        if (resolver.condition(branch.condition())) {
          walk(branch.then(), form);
        } else {
          branch.otherwise().ifPresent(otherwise -> walk(otherwise, form));
        }
      } else if (component instanceof Switch choice) {
        String key = resolver.text(choice.value(), "Switch.value");
        List<Component> chosen = choice.cases().containsKey(key) ? choice.cases().get(key)
            : choice.cases().get("default"); // FB runtime: no matching key shows "default", else nothing
        if (chosen != null) {
          walk(chosen, form);
        }
      } else if (component instanceof Form inner) {
        walk(inner.children(), inner);
      } else if (isVisible(component)) {
        Shown view = new Shown(component, form);
        describe(view);
        shown.add(view);
      }
    }
  }

  private boolean isVisible(Component c) {
    Optional<Bindable<Boolean>> visible = Optional.empty();
    if (c instanceof TextHeading x) {
      visible = x.visible();
    } else if (c instanceof TextSubheading x) {
      visible = x.visible();
    } else if (c instanceof TextBody x) {
      visible = x.visible();
    } else if (c instanceof TextCaption x) {
      visible = x.visible();
    } else if (c instanceof RichText x) {
      visible = x.visible();
    } else if (c instanceof TextInput x) {
      visible = x.visible();
    } else if (c instanceof TextArea x) {
      visible = x.visible();
    } else if (c instanceof CheckboxGroup x) {
      visible = x.visible();
    } else if (c instanceof RadioButtonsGroup x) {
      visible = x.visible();
    } else if (c instanceof Dropdown x) {
      visible = x.visible();
    } else if (c instanceof ChipsSelector x) {
      visible = x.visible();
    } else if (c instanceof DatePicker x) {
      visible = x.visible();
    } else if (c instanceof CalendarPicker x) {
      visible = x.visible();
    } else if (c instanceof OptIn x) {
      visible = x.visible();
    } else if (c instanceof EmbeddedLink x) {
      visible = x.visible();
    } else if (c instanceof Image x) {
      visible = x.visible();
    } else if (c instanceof ImageCarousel x) {
      visible = x.visible();
    } else if (c instanceof PhotoPicker x) {
      visible = x.visible();
    } else if (c instanceof DocumentPicker x) {
      visible = x.visible();
    }
    return resolver.bool(visible, true, "visible");
  }

  private void describe(Shown v) {
    Component c = v.source;
    if (c instanceof TextHeading x) {
      v.text = resolver.text(x.text(), "text");
    } else if (c instanceof TextSubheading x) {
      v.text = resolver.text(x.text(), "text");
    } else if (c instanceof TextBody x) {
      v.text = content(x.text());
    } else if (c instanceof TextCaption x) {
      v.text = content(x.text());
    } else if (c instanceof RichText x) {
      v.text = content(x.text());
    } else if (c instanceof TextInput x) {
      field(v, x.label(), x.required(), x.enabled(), x.helperText());
      v.inputType = Optional.of(x.inputType().orElse("text"));
    } else if (c instanceof TextArea x) {
      field(v, x.label(), x.required(), x.enabled(), x.helperText());
    } else if (c instanceof CheckboxGroup x) {
      selection(v, x.label(), x.description(), x.required(), x.enabled(), x.dataSource());
    } else if (c instanceof RadioButtonsGroup x) {
      selection(v, x.label(), x.description(), x.required(), x.enabled(), x.dataSource());
    } else if (c instanceof Dropdown x) {
      selection(v, Optional.of(x.label()), Optional.empty(), x.required(), x.enabled(), x.dataSource());
    } else if (c instanceof ChipsSelector x) {
      selection(v, Optional.of(x.label()), x.description(), x.required(), x.enabled(), x.dataSource());
    } else if (c instanceof DatePicker x) {
      field(v, x.label(), x.required(), x.enabled(), x.helperText());
    } else if (c instanceof CalendarPicker x) {
      calendar(v, x);
    } else if (c instanceof OptIn x) {
      v.text = resolver.text(x.label(), "label");
      v.required = resolver.bool(x.required(), false, "required");
      v.description = x.onClickAction().map(a -> "Read more");
    } else if (c instanceof EmbeddedLink x) {
      v.text = resolver.text(x.text(), "text");
    } else if (c instanceof Footer x) {
      v.text = resolver.text(x.label(), "label");
      v.enabled = resolver.bool(x.enabled(), true, "enabled");
      Optional<String> left = resolver.text(x.leftCaption(), "left-caption");
      Optional<String> right = resolver.text(x.rightCaption(), "right-caption");
      Optional<String> center = resolver.text(x.centerCaption(), "center-caption");
      v.helperText = center.isPresent() ? center
          : left.isPresent() || right.isPresent() ? Optional.of(left.orElse("") + " | " + right.orElse(""))
          : Optional.empty();
    } else if (c instanceof Image x) {
      v.text = resolver.text(x.altText(), "alt-text").orElse("");
    } else if (c instanceof ImageCarousel x) {
      int count = x.images() instanceof Bindable.Literal<?> literal ? ((List<?>) literal.value()).size()
          : resolver.array(((Bindable.Dynamic<?>) x.images()).expression(), "images").size();
      v.text = count + " image(s)";
    } else if (c instanceof PhotoPicker x) {
      v.text = resolver.text(x.label(), "label");
      v.description = resolver.text(x.description(), "description");
      v.enabled = resolver.bool(x.enabled(), true, "enabled");
      v.required = x.minUploadedPhotos().orElse(0) > 0;
    } else if (c instanceof DocumentPicker x) {
      v.text = resolver.text(x.label(), "label");
      v.description = resolver.text(x.description(), "description");
      v.enabled = resolver.bool(x.enabled(), true, "enabled");
      v.required = x.minUploadedDocuments().orElse(0) > 0;
    } else if (c instanceof NavigationList x) {
      v.text = resolver.text(x.label(), "label").orElse("");
      v.description = resolver.text(x.description(), "description");
      v.items = navigationItems(x);
    }
  }

  private void field(Shown v, Bindable<String> label, Optional<Bindable<Boolean>> required,
      Optional<Bindable<Boolean>> enabled, Optional<Bindable<String>> helperText) {
    v.text = resolver.text(label, "label");
    v.required = resolver.bool(required, false, "required");
    v.enabled = resolver.bool(enabled, true, "enabled");
    v.helperText = resolver.text(helperText, "helper-text");
  }

  private String content(TextContent content) {
    if (content instanceof TextContent.Single single) {
      return resolver.text(single.text(), "text");
    }
    // Lines should be static (§5.3), yet published flows put expressions in them: each line is resolved like a
    // single text, which leaves a static line as it is.
    List<String> lines = new ArrayList<>();
    for (String line : ((TextContent.Lines) content).lines()) {
      lines.add(resolver.text(Bindable.ofText(line), "text"));
    }
    return String.join("\n", lines);
  }

  private void selection(Shown v, Optional<Bindable<String>> label, Optional<Bindable<String>> description,
      Optional<Bindable<Boolean>> required, Optional<Bindable<Boolean>> enabled,
      Bindable<List<DataSourceItem>> dataSource) {
    v.text = resolver.text(label, "label").orElse("");
    v.description = resolver.text(description, "description");
    v.required = resolver.bool(required, false, "required");
    v.enabled = resolver.bool(enabled, true, "enabled");
    v.items = items(dataSource);
  }

  private void calendar(Shown v, CalendarPicker x) {
    String mode = x.mode().map(m -> resolver.text(m, "mode")).orElse("single");
    v.inputType = Optional.of(mode);
    v.text = calendarText(x.label(), "label").orElse("");
    v.helperText = x.helperText().flatMap(h -> calendarText(h, "helper-text"));
    v.description = resolver.text(x.description(), "description");
    v.enabled = resolver.bool(x.enabled(), true, "enabled");
    v.required = x.required().map(r -> {
      if (r instanceof CalendarValue.Single<Bindable<Boolean>> single) {
        return resolver.bool(Optional.of(single.value()), false, "required");
      }
      CalendarValue.Range<Bindable<Boolean>> range = (CalendarValue.Range<Bindable<Boolean>>) r;
      return resolver.bool(Optional.of(range.startDate()), false, "required.start-date")
          || resolver.bool(Optional.of(range.endDate()), false, "required.end-date");
    }).orElse(false);
  }

  private Optional<String> calendarText(CalendarValue<Bindable<String>> value, String property) {
    if (value instanceof CalendarValue.Single<Bindable<String>> single) {
      return Optional.of(resolver.text(single.value(), property)).filter(s -> !s.isEmpty());
    }
    CalendarValue.Range<Bindable<String>> range = (CalendarValue.Range<Bindable<String>>) value;
    return Optional.of(resolver.text(range.startDate(), property + ".start-date") + " - "
        + resolver.text(range.endDate(), property + ".end-date"));
  }

  private List<Item> items(Bindable<List<DataSourceItem>> dataSource) {
    List<Item> out = new ArrayList<>();
    if (dataSource instanceof Bindable.Literal<List<DataSourceItem>> literal) {
      for (DataSourceItem item : literal.value()) {
        out.add(new Item(resolver.text(item.id(), "data-source.id"), resolver.text(item.title(), "data-source.title"),
            resolver.text(item.description(), "data-source.description"),
            resolver.bool(item.enabled(), true, "data-source.enabled"),
            item.onSelectAction().map(ScreenAction::of), item.onUnselectAction().map(ScreenAction::of),
            Optional.empty()));
      }
      return out;
    }
    for (JsonNode item : resolver.array(((Bindable.Dynamic<?>) dataSource).expression(), "data-source")) {
      JsonNode description = item.get("description");
      out.add(new Item(RenderedComponent.text(item.path("id")), RenderedComponent.text(item.path("title")),
          description == null ? Optional.empty() : Optional.of(RenderedComponent.text(description)),
          item.path("enabled").asBoolean(true), ScreenAction.of(item.get("on-select-action")),
          ScreenAction.of(item.get("on-unselect-action")), Optional.empty()));
    }
    return out;
  }

  private List<Item> navigationItems(NavigationList list) {
    List<Item> out = new ArrayList<>();
    if (list.listItems() instanceof Bindable.Literal<List<NavigationItem>> literal) {
      for (NavigationItem item : literal.value()) {
        out.add(new Item(resolver.text(item.id(), "list-items.id"),
            resolver.text(item.mainContent().title(), "list-items.main-content.title").orElse(""),
            resolver.text(item.mainContent().description(), "list-items.main-content.description"), true,
            Optional.empty(), Optional.empty(), item.onClickAction().map(ScreenAction::of)));
      }
      return out;
    }
    for (JsonNode item : resolver.array(((Bindable.Dynamic<?>) list.listItems()).expression(), "list-items")) {
      JsonNode main = item.path("main-content");
      JsonNode description = main.get("description");
      out.add(new Item(RenderedComponent.text(item.path("id")), RenderedComponent.text(main.path("title")),
          description == null ? Optional.empty() : Optional.of(RenderedComponent.text(description)), true,
          Optional.empty(), Optional.empty(), ScreenAction.of(item.get("on-click-action"))));
    }
    return out;
  }
}
