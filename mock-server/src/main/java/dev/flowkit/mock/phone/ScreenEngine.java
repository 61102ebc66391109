package dev.flowkit.mock.phone;

import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.json.CalendarPicker;
import dev.flowkit.json.CalendarValue;
import dev.flowkit.json.CheckboxGroup;
import dev.flowkit.json.ChipsSelector;
import dev.flowkit.json.Component;
import dev.flowkit.json.DatePicker;
import dev.flowkit.json.DocumentPicker;
import dev.flowkit.json.Dropdown;
import dev.flowkit.json.EmbeddedLink;
import dev.flowkit.json.FlowJson;
import dev.flowkit.json.Footer;
import dev.flowkit.json.Form;
import dev.flowkit.json.NavigationList;
import dev.flowkit.json.OptIn;
import dev.flowkit.json.PhotoPicker;
import dev.flowkit.json.RadioButtonsGroup;
import dev.flowkit.json.Screen;
import dev.flowkit.json.TextArea;
import dev.flowkit.json.TextInput;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The simulated phone's screen engine: knows what the user sees on each screen of a Flow JSON and what they may
 * do there (Flow JSON §9), without any network. Opening, inputs, taps and BACK return a {@link ScreenStep} that
 * says what must happen next; a {@link ScreenStep.DataExchange} or {@link ScreenStep.BackRequested} is answered
 * by handing the endpoint's decrypted response to {@link #acceptResponse}, which checks it as the phone does
 * (platform.md §5.4). Not thread-safe: one engine per flow session.
 */
final class ScreenEngine {

  /** The request a response is expected for. */
  enum Pending { NONE, INIT, DATA_EXCHANGE, BACK }

  private final FlowJson flow;
  private final FlowJsonVersion version;
  private final ScreenEngineOptions options;
  private final String flowToken;
  private final Map<String, ScreenIndex> indexes = new HashMap<>();
  private final Map<String, ScreenState> visited = new LinkedHashMap<>();
  private final Deque<ScreenState> history = new ArrayDeque<>();
  private @Nullable ScreenState current;
  private Pending pending = Pending.NONE;
  private boolean closed;
  private int mediaCounter;
  /**
   * The current screen's render pass, kept until anything it reads changes (see {@link #changed()}): a step
   * renders once, and the session's reads of the screen after it cost nothing.
   */
  private @Nullable Rendered rendered;

  ScreenEngine(FlowJson flow, String flowToken, ScreenEngineOptions options) {
    this.flow = flow;
    this.version = FlowJsonVersion.parse(flow.version());
    this.options = options;
    this.flowToken = flowToken;
    flow.screens().forEach(screen -> indexes.put(screen.id(), new ScreenIndex(screen)));
  }

  // ------------------------------------------------------------------------------------------ opening

  /**
   * Opens the flow in navigate mode (§9.1): the given screen, which must be an entry screen, or the first entry
   * screen, with the message's {@code flow_action_payload.data} checked against its data model.
   */
  ScreenStep openNavigate(Optional<String> screenId, Optional<JsonNode> data) {
    notOpened();
    List<String> entries = entryScreens();
    String id = screenId.orElse(entries.isEmpty() ? flow.screens().get(0).id() : entries.get(0));
    if (flow.screen(id).isEmpty() || !entries.contains(id)) {
      return new ScreenStep.Rejected(ScreenClientError.INVALID_SCREEN_TRANSITION,
          "the flow cannot open on screen " + id + "; entry screens: " + entries);
    }
    ObjectNode given = ScreenResolver.NODES.objectNode();
    if (data.isPresent()) {
      if (!(data.get() instanceof ObjectNode object) || object.isEmpty()) {
        return new ScreenStep.Rejected(ScreenClientError.PAYLOAD_SCHEMA_ERROR,
            "flow_action_payload.data must be a non-empty object when given");
      }
      given = object;
    }
    ScreenDataCheck check = ScreenDataCheck.check(flow.screen(id).get(), given, options.requireDeclaredKeys());
    if (!check.problems().isEmpty()) {
      return new ScreenStep.Rejected(ScreenClientError.PAYLOAD_SCHEMA_ERROR,
          "data for screen " + id + " does not match its data model: " + String.join("; ", check.problems()));
    }
    enter(flow.screen(id).get(), check.kept());
    return new ScreenStep.Navigated(render(), check.dropped());
  }

  /** Opens the flow in data_exchange mode: the INIT request is to be sent, its response goes to acceptResponse. */
  void openWithInit() {
    notOpened();
    pending = Pending.INIT;
  }

  private void notOpened() {
    if (current != null || pending != Pending.NONE || closed) {
      throw new IllegalStateException("the flow was opened already");
    }
  }

  /**
   * The request sent for the last {@link ScreenStep.DataExchange} or {@link ScreenStep.BackRequested} got no
   * usable answer (timeout, an error status): the phone shows its generic error and the user stays where they
   * were, free to try again.
   */
  void requestFailed() {
    pending = Pending.NONE;
  }

  /**
   * The entry screens, in the order of {@code screens}: screens no routing-model edge and no navigate action
   * leads to (§2.2; 7.3 counts navigate targets even with a routing model — we always do).
   */
  List<String> entryScreens() {
    Set<String> inbound = new HashSet<>();
    flow.routingModel().ifPresent(routes -> routes.values().forEach(inbound::addAll));
    indexes.values().forEach(index -> inbound.addAll(index.navigateTargets()));
    return flow.screens().stream().map(Screen::id).filter(id -> !inbound.contains(id)).toList();
  }

  // ------------------------------------------------------------------------------------------ state

  /** What the user sees now; after the flow closed, the last screen it showed. */
  RenderedScreen current() {
    return render();
  }

  boolean isClosed() {
    return closed;
  }

  Pending pending() {
    return pending;
  }

  /** The ids of the screens on the history stack, oldest first, then the current one. */
  List<String> stack() {
    List<String> ids = new ArrayList<>();
    history.descendingIterator().forEachRemaining(state -> ids.add(state.id()));
    if (current != null) {
      ids.add(current.id());
    }
    return ids;
  }

  /** Whether the current screen asks the endpoint for fresh data when the user leaves it with BACK. */
  boolean refreshOnBack() {
    return state().screen.refreshOnBack().orElse(false);
  }

  /** The state, for an interaction of the user: refused while a request waits for its response (§9.4). */
  private ScreenState idle() {
    ScreenState state = state();
    if (closed) {
      throw new IllegalStateException("the flow is closed");
    }
    if (pending != Pending.NONE) {
      throw new IllegalStateException("the screen is loading: a " + pending + " request waits for its response");
    }
    return state;
  }

  private ScreenState state() {
    if (current == null) {
      throw new IllegalStateException("the flow shows no screen yet: open it first");
    }
    return current;
  }

  private void enter(Screen screen, ObjectNode data) {
    ScreenState state = new ScreenState(screen, indexes.get(screen.id()), data);
    if (current != null) {
      history.push(current);
    }
    current = state;
    visited.put(screen.id(), state);
    initialise(state);
    changed();
  }

  /**
   * Drops the cached render pass. Called after every change of what a render pass reads: the current state's
   * data, form, uploads, touched fields, edits since the data and snackbar, which state is current, and the
   * visited states that {@code ${screen.<id>...}} references read.
   */
  private void changed() {
    rendered = null;
  }

  /** Pre-fills the form from Form {@code init-values} and component {@code init-value} (§7.6). */
  private void initialise(ScreenState state) {
    ScreenResolver resolver = resolver(state, field -> true);
    for (Form form : state.index.forms) {
      form.initValues().ifPresent(raw -> {
        JsonNode values = resolver.json(raw, "init-values"); // an object, or a binding string to one
        for (var entry : values.properties()) {
          Component input = state.index.inputs.get(entry.getKey());
          if (input != null) {
            setInitial(state, entry.getKey(), input, entry.getValue());
          }
        }
      });
    }
    for (var entry : state.index.inputs.entrySet()) {
      if (!state.index.formOf.containsKey(entry.getKey())) {
        initValue(entry.getValue(), resolver).ifPresent(value -> setInitial(state, entry.getKey(), entry.getValue(), value));
      }
    }
  }

  private static Optional<JsonNode> initValue(Component c, ScreenResolver r) {
    Optional<? extends Object> raw = Optional.empty();
    if (c instanceof TextInput x) {
      raw = x.initValue();
    } else if (c instanceof TextArea x) {
      raw = x.initValue();
    } else if (c instanceof CheckboxGroup x) {
      raw = x.initValue();
    } else if (c instanceof RadioButtonsGroup x) {
      raw = x.initValue();
    } else if (c instanceof Dropdown x) {
      raw = x.initValue();
    } else if (c instanceof ChipsSelector x) {
      raw = x.initValue();
    } else if (c instanceof DatePicker x) {
      raw = x.initValue();
    } else if (c instanceof OptIn x) {
      raw = x.initValue();
    } else if (c instanceof CalendarPicker x && x.initValue().isPresent()) {
      CalendarValue<dev.flowkit.json.Bindable<String>> value = x.initValue().get();
      if (value instanceof CalendarValue.Single<dev.flowkit.json.Bindable<String>> single) {
        return Optional.of(ScreenResolver.NODES.stringNode(r.text(single.value(), "init-value")));
      }
      var range = (CalendarValue.Range<dev.flowkit.json.Bindable<String>>) value;
      ObjectNode out = ScreenResolver.NODES.objectNode();
      out.put("start-date", r.text(range.startDate(), "init-value.start-date"));
      out.put("end-date", r.text(range.endDate(), "init-value.end-date"));
      return Optional.of(out);
    }
    return raw.map(value -> ScreenInitValues.toJson(value, r));
  }

  private static void setInitial(ScreenState state, String name, Component input, JsonNode value) {
    JsonNode typed = ScreenInitValues.typed(input, value);
    if (!ScreenFieldRules.isEmpty(typed) || typed.isBoolean()) {
      state.form.put(name, typed);
    }
  }

  // ------------------------------------------------------------------------------------------ render pass

  private ScreenResolver resolver(ScreenState state, Predicate<String> collected) {
    return new ScreenResolver(version, state, visited, collected);
  }

  /** The render pass with the checks of §9.3 and the Footer's state of §9.4; cached until the state changes. */
  private Rendered renderPass() {
    Rendered pass = rendered;
    if (pass == null) {
      pass = freshRenderPass();
      rendered = pass;
    }
    return pass;
  }

  private Rendered freshRenderPass() {
    ScreenState state = state();
    ScreenResolver resolver = resolver(state, field -> true);
    List<ScreenLayout.Shown> shown = ScreenLayout.visible(state, resolver);
    ScreenFieldRules rules = new ScreenFieldRules(resolver);
    Map<String, String> serverErrors = ScreenInitValues.serverErrors(state, shown, resolver);
    List<FieldError> blocking = new ArrayList<>();
    Map<String, String> computed = new HashMap<>();
    for (ScreenLayout.Shown field : shown) {
      if (field.name == null || field.source instanceof NavigationList) {
        continue;
      }
      Optional<String> problem = rules.check(field, state.form.get(field.name),
          state.uploads.getOrDefault(field.name, List.of()));
      problem.ifPresent(message -> {
        computed.put(field.name, message);
        blocking.add(new FieldError(field.name, message));
      });
      if (serverErrors.containsKey(field.name) && problem.isEmpty()) {
        blocking.add(new FieldError(field.name, serverErrors.get(field.name)));
      }
    }
    List<String> navigateDataMissing = List.of();
    List<RenderedComponent> components = new ArrayList<>();
    for (ScreenLayout.Shown field : shown) {
      boolean enabled = field.enabled;
      Optional<String> error = Optional.empty();
      if (field.source instanceof Footer footer) {
        navigateDataMissing = navigateDataMissing(ScreenAction.of(footer.onClickAction()), shown);
        enabled = enabled && blocking.isEmpty() && navigateDataMissing.isEmpty();
      } else if (field.name != null) {
        error = Optional.ofNullable(serverErrors.get(field.name))
            .or(() -> state.touched.contains(field.name) ? Optional.ofNullable(computed.get(field.name))
                : Optional.empty());
      }
      List<RenderedOption> options = new ArrayList<>();
      JsonNode value = field.name == null ? null : state.form.get(field.name);
      for (ScreenLayout.Item item : field.items) {
        options.add(new RenderedOption(item.id(), item.title(), item.description(), item.enabled(),
            isSelected(value, item.id())));
      }
      components.add(new RenderedComponent(field.type, Optional.ofNullable(field.name), field.text,
          Optional.ofNullable(value), options, enabled, field.required, error, field.helperText, field.description,
          field.inputType, field.name != null && state.isSensitive(field.name)));
    }
    String title = state.screen.title().map(t -> resolver.text(t, "title")).orElse("");
    RenderedScreen screen = new RenderedScreen(state.id(), title, state.screen.isTerminal(), components,
        state.snackbar);
    return new Rendered(screen, shown, blocking, navigateDataMissing);
  }

  /**
   * The next screen's declared data keys that a navigate payload binds but cannot fill yet: the docs keep the
   * button disabled until that data is available (§9.4). UNCERTAIN exact rule: a bound key counts as missing when
   * it resolves to nothing or to an empty string; switch it off with
   * {@link ScreenEngineOptions#navigateWaitsForData()}.
   */
  private List<String> navigateDataMissing(ScreenAction action, List<ScreenLayout.Shown> shown) {
    if (!options.navigateWaitsForData() || !action.name().equals("navigate") || action.payload().isEmpty()) {
      return List.of();
    }
    Optional<Screen> next = action.next().flatMap(flow::screen);
    if (next.isEmpty() || next.get().data().isEmpty()) {
      return List.of();
    }
    ObjectNode resolved = payload(action, shown);
    List<String> missing = new ArrayList<>();
    for (var entry : action.payload().get().properties()) {
      String key = entry.getKey();
      boolean bound = entry.getValue().isString() && (entry.getValue().asString().contains("${")
          || entry.getValue().asString().startsWith("`"));
      if (bound && next.get().data().get().fields().containsKey(key)
          && ScreenFieldRules.isEmpty(resolved.get(key)) && !resolved.path(key).isBoolean()) {
        missing.add(key);
      }
    }
    return missing;
  }

  /**
   * The fields that keep the Footer disabled now (§9.4): failed client-side checks of visible inputs and pending
   * endpoint error messages. Computed errors count whether or not the field was touched.
   */
  List<FieldError> fieldErrors() {
    return renderPass().blocking();
  }

  private record Rendered(RenderedScreen screen, List<ScreenLayout.Shown> shown, List<FieldError> blocking,
      List<String> navigateDataMissing) {}

  private RenderedScreen render() {
    return renderPass().screen();
  }

  private static boolean isSelected(@Nullable JsonNode value, String id) {
    if (value == null) {
      return false;
    } else if (value.isArray()) {
      for (JsonNode item : value) {
        if (item.asString("").equals(id)) {
          return true;
        }
      }
      return false;
    }
    return value.isString() && value.asString().equals(id);
  }

  // ------------------------------------------------------------------------------------------ input

  private ScreenLayout.Shown field(Rendered rendered, String name, String action) {
    ScreenState state = idle();
    for (ScreenLayout.Shown field : rendered.shown()) {
      if (name.equals(field.name)) {
        if (!field.enabled) {
          throw new ScreenInputException(state.id(), name, "the " + field.type + " is disabled; cannot " + action);
        }
        return field;
      }
    }
    if (state.index.inputs.containsKey(name)) {
      throw new ScreenInputException(state.id(), name, "the " + state.index.inputs.get(name).type()
          + " is not visible now; cannot " + action);
    }
    throw new ScreenInputException(state.id(), name, "no such field; fields on this screen: "
        + rendered.shown().stream().filter(f -> f.name != null).map(f -> f.name).toList());
  }

  private static ScreenInputException wrongKind(ScreenState state, ScreenLayout.Shown field, String attempted) {
    String allowed = switch (field.type) {
      case "TextInput", "TextArea" -> "fill it with text";
      case "RadioButtonsGroup", "Dropdown" -> "select one of its options";
      case "CheckboxGroup", "ChipsSelector" -> "check or uncheck its options";
      case "DatePicker" -> "pick a date";
      case "CalendarPicker" -> field.inputType.orElse("single").equals("range") ? "pick a date range"
          : "pick a date";
      case "OptIn" -> "tick or untick it";
      case "PhotoPicker", "DocumentPicker" -> "upload files to it";
      case "NavigationList" -> "tap one of its items";
      default -> "nothing";
    };
    return new ScreenInputException(state.id(), field.name, "a " + field.type + " cannot " + attempted
        + "; you can " + allowed);
  }

  /**
   * The visible, enabled field {@code name}, which must be of a kind that {@code accepts} this input.
   *
   * @throws ScreenInputException naming the field and what it takes otherwise
   */
  private ScreenLayout.Shown input(String name, String action, String attempted, Predicate<ScreenLayout.Shown> accepts) {
    ScreenLayout.Shown field = field(renderPass(), name, action);
    if (!accepts.test(field)) {
      throw wrongKind(state(), field, attempted);
    }
    return field;
  }

  private void edited(ScreenState state, String name, JsonNode value) {
    state.form.put(name, value);
    state.touched.add(name);
    state.editedSinceData.add(name);
    state.snackbar = Optional.empty();
    changed();
  }

  /** Types text into a TextInput or TextArea. */
  ScreenStep fill(String name, String text) {
    ScreenState state = state();
    ScreenLayout.Shown field = input(name, "fill it", "be filled with text",
        f -> f.source instanceof TextInput || f.source instanceof TextArea);
    edited(state, name, ScreenResolver.NODES.stringNode(text));
    return new ScreenStep.Updated(render());
  }

  /** Selects an option of a RadioButtonsGroup or Dropdown; fires the on-select actions. */
  ScreenStep select(String name, String optionId) {
    ScreenState state = state();
    ScreenLayout.Shown field = input(name, "select an option", "select a single option",
        f -> f.source instanceof RadioButtonsGroup || f.source instanceof Dropdown);
    ScreenLayout.Item item = option(state, field, optionId);
    JsonNode before = state.form.get(name);
    List<ScreenAction> actions = new ArrayList<>();
    if (before != null && !before.asString("").equals(optionId)) {
      field.items.stream().filter(i -> i.id().equals(before.asString(""))).findFirst()
          .flatMap(ScreenLayout.Item::onUnselect).ifPresent(actions::add);
    }
    edited(state, name, ScreenResolver.NODES.stringNode(optionId));
    item.onSelect().ifPresent(actions::add);
    componentAction(field.source, true).ifPresent(actions::add);
    return runAll(actions);
  }

  /** Ticks ({@code checked}) or unticks an option of a CheckboxGroup or ChipsSelector; fires its actions. */
  ScreenStep check(String name, String optionId, boolean checked) {
    ScreenState state = state();
    ScreenLayout.Shown field = input(name, checked ? "check an option" : "uncheck an option", "check or uncheck options",
        f -> f.source instanceof CheckboxGroup || f.source instanceof ChipsSelector);
    ScreenLayout.Item item = option(state, field, optionId);
    ArrayNode selection = ScreenResolver.NODES.arrayNode();
    JsonNode before = state.form.get(name);
    boolean was = isSelected(before, optionId);
    if (before != null && before.isArray()) {
      before.forEach(id -> {
        if (!id.asString("").equals(optionId)) {
          selection.add(id);
        }
      });
    }
    if (checked) {
      selection.add(optionId);
    }
    edited(state, name, selection);
    List<ScreenAction> actions = new ArrayList<>();
    if (was != checked) {
      (checked ? item.onSelect() : item.onUnselect()).ifPresent(actions::add);
      componentAction(field.source, checked).ifPresent(actions::add);
    }
    return runAll(actions);
  }

  /** Picks a date in a DatePicker or a single-mode CalendarPicker; fires the on-select action. */
  ScreenStep pickDate(String name, LocalDate date) {
    ScreenState state = state();
    ScreenLayout.Shown field = input(name, "pick a date", "take a single date", f -> f.source instanceof DatePicker
        || f.source instanceof CalendarPicker && !f.inputType.orElse("single").equals("range"));
    // Before 5.0 a DatePicker's value is epoch milliseconds as a string (UTC midnight here, see parseDate).
    String value = field.source instanceof DatePicker && !version.isAtLeast(new FlowJsonVersion(5, 0))
        ? Long.toString(date.atStartOfDay(ZoneOffset.UTC).toInstant().toEpochMilli()) : date.toString();
    edited(state, name, ScreenResolver.NODES.stringNode(value));
    return runAll(componentAction(field.source, true).stream().toList());
  }

  /** Picks a range in a range-mode CalendarPicker; fires the on-select action. */
  ScreenStep pickDateRange(String name, LocalDate start, LocalDate end) {
    ScreenState state = state();
    ScreenLayout.Shown field = input(name, "pick a date range", "take a date range",
        f -> f.source instanceof CalendarPicker && f.inputType.orElse("single").equals("range"));
    ObjectNode range = ScreenResolver.NODES.objectNode();
    range.put("start-date", start.toString());
    range.put("end-date", end.toString());
    edited(state, name, range);
    return runAll(componentAction(field.source, true).stream().toList());
  }

  /** Ticks or unticks an OptIn; fires its on-select or on-unselect action. */
  ScreenStep optIn(String name, boolean ticked) {
    ScreenState state = state();
    OptIn optIn = (OptIn) input(name, "tick it", "be ticked", f -> f.source instanceof OptIn).source;
    boolean was = state.form.containsKey(name) && state.form.get(name).asBoolean(false);
    edited(state, name, ScreenResolver.NODES.booleanNode(ticked));
    if (was == ticked) {
      return new ScreenStep.Updated(render());
    }
    return runAll((ticked ? optIn.onSelectAction() : optIn.onUnselectAction()).map(ScreenAction::of).stream().toList());
  }

  /** Adds picked files to a PhotoPicker or DocumentPicker, as finished uploads with fake media objects. */
  ScreenStep upload(String name, List<PickedFile> files) {
    ScreenState state = state();
    ScreenLayout.Shown field = input(name, "upload files", "take files",
        f -> f.source instanceof PhotoPicker || f.source instanceof DocumentPicker);
    List<PickedFile> all = new ArrayList<>(state.uploads.getOrDefault(name, List.of()));
    all.addAll(files);
    state.uploads.put(name, all);
    ArrayNode media = state.form.get(name) instanceof ArrayNode existing ? existing.deepCopy()
        : ScreenResolver.NODES.arrayNode();
    for (PickedFile file : files) {
      ObjectNode item = media.addObject();
      String id = "fake-media-" + (++mediaCounter);
      item.put("media_id", id);
      item.put("cdn_url", "https://mmg.whatsapp.invalid/" + id);
      item.put("file_name", file.fileName());
      ObjectNode encryption = item.putObject("encryption_metadata");
      for (String key : List.of("encrypted_hash", "iv", "encryption_key", "hmac_key", "plaintext_hash")) {
        encryption.put(key, id + "-" + key); // a recorded fake: nothing was uploaded or encrypted
      }
    }
    edited(state, name, media);
    return new ScreenStep.Updated(render());
  }

  private ScreenLayout.Item option(ScreenState state, ScreenLayout.Shown field, String optionId) {
    List<String> allowed = field.items.stream().filter(ScreenLayout.Item::enabled).map(ScreenLayout.Item::id).toList();
    String shown = state.isSensitive(field.name) ? "the option given" : "option '" + optionId + "'";
    ScreenLayout.Item item = field.items.stream().filter(i -> i.id().equals(optionId)).findFirst()
        .orElseThrow(() -> new ScreenInputException(state.id(), field.name, shown + " does not exist; enabled options: "
            + allowed));
    if (!item.enabled()) {
      throw new ScreenInputException(state.id(), field.name, shown + " is disabled; enabled options: " + allowed);
    }
    return item;
  }

  /**
   * The component-level on-select (or on-unselect) action. A ChipsSelector without on-unselect-action fires its
   * on-select-action on deselection too (§5.11). The one-time firing on first render of 6.0–6.3 flows is not
   * simulated.
   */
  private static Optional<ScreenAction> componentAction(Component c, boolean selected) {
    if (c instanceof CheckboxGroup x) {
      return (selected ? x.onSelectAction() : x.onUnselectAction()).map(ScreenAction::of);
    } else if (c instanceof RadioButtonsGroup x) {
      return (selected ? x.onSelectAction() : x.onUnselectAction()).map(ScreenAction::of);
    } else if (c instanceof Dropdown x) {
      return (selected ? x.onSelectAction() : x.onUnselectAction()).map(ScreenAction::of);
    } else if (c instanceof ChipsSelector x) {
      return (selected || x.onUnselectAction().isEmpty() ? x.onSelectAction() : x.onUnselectAction())
          .map(ScreenAction::of);
    } else if (c instanceof DatePicker x) {
      return x.onSelectAction().map(ScreenAction::of);
    } else if (c instanceof CalendarPicker x) {
      return x.onSelectAction().map(ScreenAction::of);
    }
    return Optional.empty();
  }

  // ------------------------------------------------------------------------------------------ taps and actions

  /** Taps the Footer: nothing happens unless it is enabled (§9.4); otherwise its on-click-action runs. */
  ScreenStep tapFooter() {
    ScreenState state = idle();
    Rendered rendered = renderPass();
    ScreenLayout.Shown footer = rendered.shown().stream().filter(f -> f.source instanceof Footer).findFirst()
        .orElseThrow(() -> new ScreenInputException(state.id(), "Footer", "the screen shows no Footer"));
    if (!footer.enabled) {
      return new ScreenStep.Blocked(List.of(), "the Footer '" + footer.text + "' is disabled by its 'enabled'");
    }
    if (!rendered.blocking().isEmpty()) {
      rendered.blocking().forEach(error -> state.touched.add(error.field()));
      changed(); // the touched fields now show their errors
      return new ScreenStep.Blocked(rendered.blocking(), "the Footer '" + footer.text
          + "' is disabled until these fields are fixed: " + rendered.blocking());
    }
    if (!rendered.navigateDataMissing().isEmpty()) {
      return new ScreenStep.Blocked(List.of(), "the Footer '" + footer.text + "' is disabled until its navigate "
          + "payload has the data the next screen declares: " + rendered.navigateDataMissing());
    }
    return run(ScreenAction.of(((Footer) footer.source).onClickAction()));
  }

  /** Taps the EmbeddedLink with this text (not gated by the form's validity, §9.4). */
  ScreenStep tapLink(String text) {
    ScreenState state = idle();
    Rendered rendered = renderPass();
    return rendered.shown().stream().filter(f -> f.source instanceof EmbeddedLink && f.text.equals(text))
        .findFirst().map(link -> run(ScreenAction.of(((EmbeddedLink) link.source).onClickAction())))
        .orElseThrow(() -> new ScreenInputException(state.id(), text, "no visible EmbeddedLink with this text; links: "
            + rendered.shown().stream().filter(f -> f.source instanceof EmbeddedLink).map(f -> f.text).toList()));
  }

  /** Taps the "Read more" of an OptIn, which runs its on-click-action. */
  ScreenStep tapReadMore(String optInName) {
    OptIn optIn = (OptIn) input(optInName, "tap its Read more", "have its Read more tapped (it has none)",
        f -> f.source instanceof OptIn o && o.onClickAction().isPresent()).source;
    return run(ScreenAction.of(optIn.onClickAction().orElseThrow()));
  }

  /** Taps an item of a NavigationList: its own on-click-action, else the list's. */
  ScreenStep tapItem(String listName, String itemId) {
    ScreenState state = state();
    ScreenLayout.Shown field = input(listName, "tap an item", "have items tapped",
        f -> f.source instanceof NavigationList);
    ScreenLayout.Item item = option(state, field, itemId);
    edited(state, listName, ScreenResolver.NODES.stringNode(itemId)); // UNCERTAIN: §11.7, exposed as ${form.list}
    return item.onClick().or(() -> ((NavigationList) field.source).onClickAction().map(ScreenAction::of))
        .map(this::run).orElseGet(() -> new ScreenStep.Updated(render()));
  }

  private ScreenStep runAll(List<ScreenAction> actions) {
    ScreenStep last = new ScreenStep.Updated(render());
    for (ScreenAction action : actions) {
      last = run(action);
      if (!(last instanceof ScreenStep.Updated)) {
        return last;
      }
    }
    return last;
  }

  /** Resolves a payload against the current state; only visible inputs' values are collected (§4.1). */
  private ObjectNode payload(ScreenAction action) {
    return payload(action, renderPass().shown());
  }

  private ObjectNode payload(ScreenAction action, List<ScreenLayout.Shown> shown) {
    ScreenState state = state();
    Set<String> visible = new HashSet<>();
    shown.forEach(f -> {
      if (f.name != null) {
        visible.add(f.name);
      }
    });
    ScreenResolver collecting = resolver(state, visible::contains);
    return action.payload().map(raw -> (ObjectNode) collecting.json(raw, action.name() + ".payload"))
        .orElseGet(ScreenResolver.NODES::objectNode);
  }

  private ScreenStep run(ScreenAction action) {
    ScreenState state = state();
    switch (action.name()) {
      case "navigate": {
        String target = action.next().orElseThrow(() -> new ScreenRenderException(
            "screen " + state.id() + ": a navigate action without next"));
        Screen next = flow.screen(target).orElseThrow(() -> new ScreenRenderException(
            "screen " + state.id() + ": navigate to unknown screen " + target));
        // The navigate payload becomes the next screen's data; only declared keys matter (§9.5). A missing
        // declared key is the static validator's business, so it is not required here.
        ScreenDataCheck check = ScreenDataCheck.check(next, payload(action), false);
        enter(next, check.kept());
        return new ScreenStep.Navigated(render(), check.dropped());
      }
      case "data_exchange":
        pending = Pending.DATA_EXCHANGE;
        return new ScreenStep.DataExchange(state.id(), payload(action));
      case "complete": {
        ObjectNode response = payload(action);
        response.put("flow_token", flowToken);
        closed = true;
        return new ScreenStep.Completed(response);
      }
      case "update_data": {
        ObjectNode update = payload(action);
        update.properties().forEach(entry -> state.data.set(entry.getKey(), entry.getValue()));
        changed();
        return new ScreenStep.Updated(render());
      }
      case "open_url":
        return new ScreenStep.UrlOpened(action.url().orElse(""));
      default:
        throw new ScreenRenderException("screen " + state.id() + ": unknown action '" + action.name() + "'");
    }
  }

  // ------------------------------------------------------------------------------------------ BACK

  /**
   * BACK: pops the history (§9.6). On a screen with {@code refresh_on_back} the endpoint is asked first; on the
   * first screen the flow closes without a completion.
   */
  ScreenStep back() {
    ScreenState state = idle();
    if (history.isEmpty()) {
      closed = true; // UNCERTAIN (§9.6): the phone may ask "are you sure" first; nothing is sent either way
      return new ScreenStep.Closed(state.id());
    }
    if (refreshOnBack()) {
      pending = Pending.BACK;
      return new ScreenStep.BackRequested(state.id());
    }
    current = history.pop();
    visited.put(current.id(), current);
    changed();
    return new ScreenStep.WentBack(render());
  }

  /**
   * The user closes the flow with the X control, also while a request is loading: nothing is sent to the business
   * (§9.6, UNCERTAIN), and a late response is refused.
   */
  ScreenStep close() {
    ScreenState state = state();
    if (closed) {
      throw new IllegalStateException("the flow is closed");
    }
    closed = true;
    pending = Pending.NONE;
    return new ScreenStep.Closed(state.id());
  }

  // ------------------------------------------------------------------------------------------ responses

  /**
   * Checks an endpoint response as the phone does (platform.md §5.4) and applies it. A violation leaves the
   * screen as it was and returns {@link ScreenStep.Rejected} naming the client error type.
   *
   * @param body the decrypted response, which the engine takes over: it may keep parts of it as the screen's data,
   *     so the caller must not change it afterwards (nor does the engine change it)
   * @throws IllegalStateException if no INIT, data_exchange or BACK request is waiting for a response
   */
  ScreenStep acceptResponse(JsonNode body) {
    if (pending == Pending.NONE) {
      throw new IllegalStateException("no INIT, data_exchange or BACK request is waiting for a response");
    }
    Pending request = pending;
    pending = Pending.NONE;
    if (!body.isObject() || !body.path("screen").isString() || body.get("screen").asString().isEmpty()) {
      return reject(ScreenClientError.PAYLOAD_SCHEMA_ERROR, "the response has no string 'screen'");
    }
    String target = body.get("screen").asString();
    JsonNode rawData = body.get("data");
    if (rawData != null && !rawData.isObject() && !rawData.isNull()) {
      return reject(ScreenClientError.PAYLOAD_SCHEMA_ERROR, "the response's 'data' is not an object");
    }
    ObjectNode data = rawData instanceof ObjectNode object ? object : ScreenResolver.NODES.objectNode();
    JsonNode message = data.get("error_message");
    if (message != null && !message.isString()) {
      return reject(ScreenClientError.PAYLOAD_SCHEMA_ERROR, "data.error_message is not a string");
    }
    if (target.equals("SUCCESS")) {
      JsonNode params = data.path("extension_message_response").path("params");
      if (!params.isObject()) {
        return reject(ScreenClientError.PAYLOAD_SCHEMA_ERROR,
            "a SUCCESS response needs data.extension_message_response.params as an object");
      }
      if (!params.path("flow_token").isString()) {
        return reject(ScreenClientError.PAYLOAD_SCHEMA_ERROR,
            "a SUCCESS response needs params.flow_token as a string");
      }
      closed = true;
      return new ScreenStep.Completed(params);
    }
    Optional<Screen> screen = flow.screen(target);
    String from = current == null ? null : current.id();
    if (screen.isEmpty()) {
      return reject(ScreenClientError.INVALID_SCREEN_TRANSITION, "screen " + target + " does not exist in the flow");
    }
    boolean previous = request == Pending.BACK && !history.isEmpty() && history.peek().id().equals(target);
    if (request != Pending.INIT && !target.equals(from) && !previous && !allowedFrom(from).contains(target)) {
      return reject(ScreenClientError.INVALID_SCREEN_TRANSITION, "screen " + target + " is not reachable from "
          + from + "; the routing model allows " + allowedFrom(from));
    }
    if (message != null && !screen.get().data().map(m -> m.fields().containsKey("error_message")).orElse(false)) {
      ObjectNode withoutMessage = ScreenResolver.NODES.objectNode(); // a shallow copy: the body stays as given
      withoutMessage.setAll(data);
      withoutMessage.remove("error_message"); // shown as a snackbar, not part of the screen's data
      data = withoutMessage;
    }
    ScreenDataCheck check = ScreenDataCheck.check(screen.get(), data, options.requireDeclaredKeys());
    if (!check.problems().isEmpty()) {
      return reject(ScreenClientError.PAYLOAD_SCHEMA_ERROR, "data for screen " + target
          + " does not match its data model: " + String.join("; ", check.problems()));
    }
    Optional<String> snackbar = message == null ? Optional.empty() : Optional.of(message.asString());
    if (previous) {
      current = history.pop();
      current.data = check.kept();
      current.editedSinceData.clear();
      current.snackbar = snackbar;
      visited.put(current.id(), current);
      changed();
      return new ScreenStep.WentBack(render());
    }
    if (target.equals(from)) {
      ScreenState state = state();
      if (options.sameScreenData() == ScreenEngineOptions.SameScreenData.MERGE) {
        check.kept().properties().forEach(entry -> state.data.set(entry.getKey(), entry.getValue()));
      } else {
        state.data = check.kept();
      }
      state.editedSinceData.clear(); // the endpoint's error messages show again until edited
      state.snackbar = snackbar;
      changed();
      return new ScreenStep.Refreshed(render(), check.dropped());
    }
    enter(screen.get(), check.kept());
    current.snackbar = snackbar;
    changed();
    return new ScreenStep.Navigated(render(), check.dropped());
  }

  /**
   * Where an endpoint may send the user from this screen: the routing model's destinations. A flow without a
   * routing model allows any screen its navigate actions lead to (the platform derives the graph from them).
   */
  private List<String> allowedFrom(@Nullable String from) {
    if (from == null) {
      return List.of();
    }
    if (flow.routingModel().isPresent()) {
      return flow.routingModel().get().getOrDefault(from, List.of());
    }
    return indexes.get(from).navigateTargets();
  }

  private ScreenStep reject(ScreenClientError error, String message) {
    return new ScreenStep.Rejected(error, message);
  }
}
