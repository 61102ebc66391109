package dev.flowkit.validation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.core.JacksonException;
import tools.jackson.core.TokenStreamLocation;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** One validation of one text: the rule chain of spec/flow-json.md section 8.5, in order. */
final class ValidationRun {

  /**
   * Duplicate keys are refused as "Flow JSON is not valid." Meta's Builder parses with JavaScript's JSON.parse, which
   * keeps the last value silently; what Meta's API and the phones do is not known (the spec is silent). FlowKit
   * refuses them: a flow whose meaning depends on which duplicate a parser keeps is a mistake worth stopping at.
   */
  private static final JsonMapper MAPPER = JsonMapper.builder()
      .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
      .build();

  /** Meta's cap on screens per flow (section 2.1), checked after the schema so the other rules still run. */
  private static final int MAX_SCREENS = 100;
  private static final Comparator<ValidationWarning> DOCUMENT_ORDER = Comparator
      .comparingInt((ValidationWarning w) -> w.span().lineStart()).thenComparingInt(w -> w.span().columnStart());

  private final String text;
  private final SourceMap source;
  /** The errors found, placed in the text only at the end: all their pointers in one pass over it. */
  private final List<Finding> errors = new ArrayList<>();
  /** By screen object (identity): see {@link #layoutActions}. */
  private final Map<JsonNode, List<LayoutAction>> layoutActions = new IdentityHashMap<>();

  ValidationRun(String text) {
    this.text = text;
    this.source = SourceMap.of(text);
  }

  ValidationResult run() {
    JsonNode root;
    try {
      root = MAPPER.readTree(text);
    } catch (JacksonException e) {
      TokenStreamLocation at = e.getLocation();
      int line = at == null || at.getLineNr() < 1 ? 1 : at.getLineNr();
      int column = at == null || at.getColumnNr() < 1 ? 1 : at.getColumnNr();
      return result(new ValidationError("INVALID_FLOW_JSON", ValidationError.FLOW_JSON_ERROR, "Flow JSON is not valid.",
          List.of(new ValidationError.Pointer(new SourceSpan(line, column, line, column + 1), ""))));
    }
    if (root == null || !root.isObject()) {
      return result(error("INVALID_FLOW_JSON", "Flow JSON is not valid.", ""));
    }
    String version = version(root);
    if (version == null) {
      return finish(List.of());
    }
    int number = FlowJsonVersions.number(version);
    SchemaRules.check(root, number).forEach(this::report);
    if (!errors.isEmpty()) {
      return finish(List.of()); // Meta skips the semantic rules after schema errors
    }
    topLevel(root, number);
    screens(root);
    DataModelRules.check(root).forEach(this::report);
    List<ScreenScope> scopes = ScreenScope.of(root); // shared by the binding rules and the payload types
    List<DynamicValues.Site> sites = DynamicValues.sites(root, scopes);
    BindingRules.check(sites, version).forEach(this::report);
    PropertyBindingRules.check(sites, version).forEach(this::report);
    ExpressionRules.check(sites, version).forEach(this::report);
    ComponentRules.check(root, number).forEach(this::report);
    ImageSources.check(root).forEach(this::report);
    PlacementRules.check(root, number).forEach(this::report);
    FormRules.check(root, number).forEach(this::report);
    DateRules.check(root, number).forEach(this::report);
    DataSourceRules.check(root).forEach(this::report);
    List<RoutingRules.ScreenFacts> facts = screenFacts(root);
    actions(root, facts, number);
    PayloadRules.check(root, version, scopes).forEach(this::report);
    PickerRules.check(root, version).forEach(this::report);
    RoutingRules.check(root, facts, number).forEach(this::report);
    return finish(WarningRules.check(root, version));
  }

  // 2. version: present, a string, and public
  private String version(JsonNode root) {
    JsonNode version = root.get("version");
    if (version == null) {
      add("MISSING_FLOW_JSON_VERSION", "Flow JSON version is not specified.", "");
      return null;
    }
    if (!version.isString()) {
      add("INVALID_PROPERTY_TYPE", "Expected property 'version' to be of type 'string' but found '"
          + SchemaRules.jsonType(version) + "'.", "/version");
      return null;
    }
    if (!FlowJsonVersions.PUBLIC.contains(version.asString())) {
      // Meta's Builder words this "Given Flow JSON version is not supported. Please refer the supported versions
      // at ...", whose tail is not known; the documented API text is used instead.
      add("INVALID_FLOW_JSON_VERSION", "Invalid Flow JSON version.", "/version");
      return null;
    }
    return version.asString();
  }

  // 4. top-level cross rules
  private void topLevel(JsonNode root, int version) {
    if (version >= 300 && root.has("data_channel_uri")) {
      addAtKey("INVALID_PROPERTY_KEY", "Property 'data_channel_uri' is no longer supported in Flow JSON as of version "
          + "'3.0'. Please configure your endpoint URI using Flows API or Builder. Refer Flows documentation at "
          + "'/docs/whatsapp/flows' for more information.", "/data_channel_uri");
    }
    boolean hasDataApiVersion = root.has("data_api_version");
    if (!hasDataApiVersion && usesDataExchange(root)) {
      add("MISSING_REQUIRED_PROPERTY", "The property 'data_api_version' is required for data_exchange action.", "");
    }
    if (hasDataApiVersion && !root.has("routing_model")) {
      add("MISSING_REQUIRED_PROPERTY", "The property 'routing_model' is required for property 'data_api_version'.", "");
    }
    if (!hasDataApiVersion) {
      forEachScreen(root, (screen, pointer) -> {
        JsonNode refresh = screen.get("refresh_on_back");
        if (refresh != null && refresh.isBoolean() && refresh.asBoolean()) {
          add("INVALID_PROPERTY_VALUE", "Property 'refresh_on_back' can be true only when property "
              + "'data_api_version' is set.", pointer + "/refresh_on_back");
        }
      });
    }
  }

  // 5. screens: ids, terminal screens, success, footers, sensitive fields
  private void screens(JsonNode root) {
    JsonNode screens = root.get("screens");
    if (screens == null || !screens.isArray()) {
      return;
    }
    if (screens.size() > MAX_SCREENS) {
      add("MAX_SCREENS_NUMBER", "Maximum number of screens allowed per Flow is " + MAX_SCREENS + " but found "
          + screens.size() + ".", "/screens");
    }
    Set<String> seen = new HashSet<>();
    boolean anyTerminal = false;
    boolean anySuccess = false;
    for (int i = 0; i < screens.size(); i++) {
      JsonNode screen = screens.get(i);
      String pointer = "/screens/" + i;
      JsonNode id = screen.get("id");
      if (id != null && id.isString()) {
        if (!seen.add(id.asString())) {
          add("DUPLICATE_SCREEN_IDS", "Duplicate screen id found: '" + id.asString() + "'.", pointer + "/id");
        }
        if (id.asString().equals("success")) {
          // Meta's Builder refuses exactly "success"; the docs also call "SUCCESS" reserved (spec section 10),
          // which the endpoint uses to close a flow: the validator follows the Builder.
          add("SCREEN_ID_IS_RESERVED_KEYWORD", "Screen id cannot be 'success' since it is a reserved keyword.",
              pointer + "/id");
        }
      }
      boolean terminal = screen.path("terminal").isBoolean() && screen.path("terminal").asBoolean();
      if (terminal) {
        anyTerminal = true;
        JsonNode success = screen.get("success");
        anySuccess |= success == null || !success.isBoolean() || success.asBoolean();
        if (!hasFooter(screen.path("layout").path("children"))) {
          add("MISSING_FOOTER_ON_TERMINAL_SCREEN", "Footer component is missing on terminal screen '"
              + screen.path("id").asString("") + "'.", pointer);
        }
      }
      sensitive(screen, pointer);
    }
    if (!anyTerminal) {
      add("MISSING_TERMINAL_SCREEN", "Terminal screen is required but not provided.", "/screens");
    } else if (!anySuccess) {
      add("INVALID_PROPERTY_VALUE", "At least one terminal screen must have property 'success' set as true.",
          "/screens");
    }
  }

  private void sensitive(JsonNode screen, String pointer) {
    JsonNode sensitive = screen.get("sensitive");
    if (sensitive == null || !sensitive.isArray()) {
      return;
    }
    Set<String> names = new HashSet<>();
    collectNames(screen.path("layout").path("children"), names);
    List<String> missing = new ArrayList<>();
    for (JsonNode field : sensitive) {
      if (field.isString() && !names.contains(field.asString())) {
        missing.add(field.asString());
      }
    }
    if (!missing.isEmpty()) {
      // The separator between several names is not documented (spec section 3.1); ", " is assumed.
      add("INVALID_SENSITIVE_FIELD", "No component corresponding to the sensitive field(s) '"
          + String.join(", ", missing) + "' can be found in screen '" + screen.path("id").asString("") + "'.",
          pointer + "/sensitive");
    }
  }

  // 12. actions: complete only on terminal screens; navigate targets exist and are not the current screen
  private void actions(JsonNode root, List<RoutingRules.ScreenFacts> facts, int version) {
    Set<String> ids = new HashSet<>();
    facts.forEach(f -> ids.add(f.id()));
    boolean endpoint = root.has("data_api_version");
    forEachScreen(root, (screen, pointer) -> {
      boolean terminal = screen.path("terminal").isBoolean() && screen.path("terminal").asBoolean();
      String id = screen.path("id").asString("");
      if (terminal && version >= 703) {
        terminalFooter(screen.path("layout").path("children"), pointer + "/layout/children", endpoint);
      }
      for (LayoutAction found : layoutActions(screen, pointer)) {
        JsonNode action = found.action();
        String at = found.pointer();
        String name = action.path("name").asString("");
        if (name.equals("complete") && !terminal) {
          add("INVALID_COMPLETE_ACTION", "On-click-action 'complete' can only be configured on a terminal screen.",
              at + "/name");
        }
        if (name.equals("navigate")) {
          JsonNode next = action.path("next").path("name");
          if (next.isString()) {
            if (next.asString().equals(id)) {
              add("INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME", "Same screen navigation is not allowed. Loop detected "
                  + "at [" + id + "].", at + "/next/name");
            } else if (!ids.contains(next.asString())) {
              add("INVALID_NAVIGATE_ACTION_NEXT_SCREEN_NAME", "Unknown screen ids found: [" + next.asString() + "].",
                  at + "/next/name");
            }
          }
        }
      }
    });
  }

  /**
   * From 7.3 a terminal screen's Footer completes the flow, or (in a flow with an endpoint) exchanges data
   * (section 6.4; the expected list in Meta's message is UNCERTAIN: 'complete' is named).
   */
  private void terminalFooter(JsonNode children, String pointer, boolean endpoint) {
    ComponentTree.forEach(children, pointer, (component, at) -> {
      if ("Footer".equals(component.path("type").asString(""))) {
        String name = component.path("on-click-action").path("name").asString("");
        if (!name.equals("complete") && !(endpoint && name.equals("data_exchange"))) {
          add("INVALID_PROPERTY_VALUE", "Invalid value found for property 'name'. Expected 'complete'.",
              at + "/on-click-action/name");
        }
      }
    });
  }

  private List<RoutingRules.ScreenFacts> screenFacts(JsonNode root) {
    List<RoutingRules.ScreenFacts> facts = new ArrayList<>();
    forEachScreen(root, (screen, pointer) -> {
      JsonNode id = screen.get("id");
      if (id == null || !id.isString()) {
        return;
      }
      Set<String> targets = new java.util.LinkedHashSet<>();
      for (LayoutAction found : layoutActions(screen, pointer)) {
        JsonNode action = found.action();
        JsonNode next = action.path("next");
        if ("navigate".equals(action.path("name").asString("")) && "screen".equals(next.path("type").asString("screen"))
            && next.path("name").isString()) {
          targets.add(next.path("name").asString());
        }
      }
      boolean[] navigationList = {false};
      ComponentTree.forEach(screen.path("layout").path("children"),
          c -> navigationList[0] |= "NavigationList".equals(c.path("type").asString("")));
      boolean terminal = screen.path("terminal").isBoolean() && screen.path("terminal").asBoolean();
      facts.add(new RoutingRules.ScreenFacts(id.asString(), terminal, navigationList[0], targets));
    });
    return facts;
  }

  // ---------------------------------------------------------------- walking helpers

  /** An action in a screen's layout and its JSON Pointer. */
  private record LayoutAction(JsonNode action, String pointer) {}

  /**
   * The actions of a screen's layout in document order, found by one walk that both {@link #screenFacts} and
   * {@link #actions} use (the walk visits every node of the layout: it is the costly part of both).
   */
  private List<LayoutAction> layoutActions(JsonNode screen, String pointer) {
    return layoutActions.computeIfAbsent(screen, s -> {
      List<LayoutAction> found = new ArrayList<>();
      ComponentTree.forEachAction(s.path("layout"), pointer + "/layout", (action, at) -> found.add(new LayoutAction(action, at)));
      return found;
    });
  }

  private interface ScreenVisitor {
    void visit(JsonNode screen, String pointer);
  }

  private static void forEachScreen(JsonNode root, ScreenVisitor visitor) {
    JsonNode screens = root.get("screens");
    if (screens != null && screens.isArray()) {
      for (int i = 0; i < screens.size(); i++) {
        visitor.visit(screens.get(i), "/screens/" + i);
      }
    }
  }

  private static boolean hasFooter(JsonNode children) {
    boolean[] found = {false};
    ComponentTree.forEach(children, component -> found[0] |= "Footer".equals(component.path("type").asString("")));
    return found[0];
  }

  private static void collectNames(JsonNode children, Set<String> names) {
    ComponentTree.forEach(children, component -> {
      JsonNode name = component.get("name");
      if (name != null && name.isString()) {
        names.add(name.asString());
      }
    });
  }

  /** Whether any screen's layout holds a data_exchange action (a data model's example is no action). */
  private static boolean usesDataExchange(JsonNode root) {
    for (JsonNode screen : root.path("screens")) {
      if (ComponentTree.anyAction(screen.path("layout"),
          action -> "data_exchange".equals(action.path("name").asString("")))) {
        return true;
      }
    }
    return false;
  }


  // ---------------------------------------------------------------- reporting

  private void report(Finding finding) {
    errors.add(finding);
  }

  /** An error on the value at a pointer (for a missing property: the enclosing object, spec section 8.3). */
  private void add(String code, String message, String pointer) {
    errors.add(Finding.atValue(code, message, pointer));
  }

  /** An error on the property name at a pointer (key errors, spec section 8.3). */
  private void addAtKey(String code, String message, String pointer) {
    errors.add(new Finding(code, message, pointer, true));
  }

  /** Places every error and warning in the text (one pass for all of them), merges the errors, orders the warnings. */
  private ValidationResult finish(List<Finding> warnings) {
    List<String> pointers = new ArrayList<>();
    errors.forEach(finding -> pointers.add(finding.pointer()));
    warnings.forEach(finding -> pointers.add(finding.pointer()));
    source.prepare(pointers);
    List<ValidationError> placed = new ArrayList<>();
    for (Finding finding : errors) {
      placed.add(new ValidationError(finding.code(), ValidationError.FLOW_JSON_ERROR, finding.message(),
          List.of(at(finding.pointer(), finding.atKey()))));
    }
    List<ValidationWarning> warned = warnings.stream().map(this::warning).sorted(DOCUMENT_ORDER).toList();
    return new ValidationResult(ValidationError.merge(placed), warned);
  }

  private ValidationError error(String code, String message, String pointer) {
    return new ValidationError(code, ValidationError.FLOW_JSON_ERROR, message, List.of(at(pointer, false)));
  }

  private ValidationWarning warning(Finding finding) {
    return new ValidationWarning(finding.code(), finding.message(), List.of(at(finding.pointer(), finding.atKey())));
  }

  /** Where a JSON Pointer stands in the text: its value, or its property name for key findings. */
  private ValidationError.Pointer at(String pointer, boolean atKey) {
    SourceSpan value = source.value(pointer).orElse(new SourceSpan(1, 1, 1, 2));
    SourceSpan span = atKey ? source.key(pointer).orElse(value) : value;
    return new ValidationError.Pointer(span, SourceMap.metaPath(pointer));
  }

  private static ValidationResult result(ValidationError error) {
    return new ValidationResult(List.of(error));
  }
}
