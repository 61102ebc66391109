package dev.flowkit.validation;

import java.util.List;

/** A two-screen flow to put bindings and expressions into, and its errors as "CODE: message @ path" lines. */
final class BindingFlows {

  private BindingFlows() {}

  /**
   * FIRST declares name (string), flag (boolean), count (integer), price (number), addr (object with city),
   * options (array of {id, title}) and tags (array of strings), and holds a Form "details" with the input "city"
   * followed by {@code components}, then a Footer navigating to LAST; LAST declares note and has the input "email".
   */
  static String flow(String version, String title, String components) {
    return """
        {"version": "%s", "screens": [
          {"id": "FIRST", "title": %s, "data": {
             "name": {"type": "string", "__example__": "Ada"},
             "flag": {"type": "boolean", "__example__": true},
             "count": {"type": "integer", "__example__": 2},
             "price": {"type": "number", "__example__": 2.5},
             "addr": {"type": "object", "properties": {"city": {"type": "string"}}, "__example__": {"city": "Rome"}},
             "options": {"type": "array", "items": {"type": "object", "properties": {"id": {"type": "string"},
                         "title": {"type": "string"}}}, "__example__": [{"id": "a", "title": "A"}]},
             "tags": {"type": "array", "items": {"type": "string"}, "__example__": ["a"]}},
           "layout": {"type": "SingleColumnLayout", "children": [
             {"type": "Form", "name": "details", "children": [{"type": "TextInput", "name": "city", "label": "City"},
               %s]},
             {"type": "Footer", "label": "Next", "on-click-action": {"name": "navigate",
               "next": {"type": "screen", "name": "LAST"}, "payload": {"note": "x"}}}]}},
          {"id": "LAST", "terminal": true, "title": "Last", "data": {"note": {"type": "string", "__example__": "x"}},
           "layout": {"type": "SingleColumnLayout", "children": [
             {"type": "TextInput", "name": "email", "label": "Email"},
             {"type": "Footer", "label": "Done", "on-click-action": {"name": "complete"}}]}}]}
        """.formatted(version, title, components);
  }

  /** The flow for 7.3 with the title "First". */
  static String flow(String components) {
    return flow("7.3", "\"First\"", components);
  }

  /** A flow of one terminal screen ONLY with the given data model and layout children (a Footer among them). */
  static String single(String version, String data, String children) {
    return """
        {"version": "%s", "screens": [{"id": "ONLY", "terminal": true, "data": {%s},
          "layout": {"type": "SingleColumnLayout", "children": [%s]}}]}
        """.formatted(version, data, children);
  }

  /** A Footer completing the flow. */
  static final String DONE = "{\"type\": \"Footer\", \"label\": \"Done\", \"on-click-action\": {\"name\": \"complete\"}}";

  static List<String> errors(String flow) {
    return FlowJsonValidator.validate(flow).errors().stream()
        .map(e -> e.error() + ": " + e.message() + " @ " + e.pointers().get(0).path()).toList();
  }

  /** Meta's path of the first of {@code components}. */
  static final String AT = " @ screens[0].layout.children[0].children[1].";
}
