package dev.flowkit.benchmarks;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Valid Flow JSON 7.3 texts of any number of screens, pretty printed like the corpus, so that every validator rule
 * has work on every screen: a data model with examples (one an array of objects), a Form with text, inputs bound to
 * the data model, an If on a form value, a Dropdown whose on-select-action exchanges data, a sensitive field, and a
 * Footer whose navigate payload binds {@code ${form.x}} values into the next screen's data model (all of it, as 7.3
 * wants). The last screen is terminal and completes the flow. A routing model lists the chain.
 *
 * <p>Meta caps a flow at 100 screens (MAX_SCREENS_NUMBER, spec/flow-json.md section 2.1); the 1000-screen flow is
 * only there to see how the validator's time grows with size.
 */
final class SyntheticFlows {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  private SyntheticFlows() {}

  /** A flow of {@code screens} screens (at least 1). */
  static String flow(int screens) {
    ObjectNode root = MAPPER.createObjectNode();
    root.put("version", "7.3");
    root.put("data_api_version", "3.0");
    ObjectNode routing = root.putObject("routing_model");
    for (int i = 0; i < screens; i++) {
      ArrayNode next = routing.putArray(id(i));
      if (i + 1 < screens) {
        next.add(id(i + 1));
      }
    }
    ArrayNode list = root.putArray("screens");
    for (int i = 0; i < screens; i++) {
      list.add(screen(i, screens));
    }
    return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(root);
  }

  /** Screen ids may only hold letters and underscores: STEP_AAA, STEP_AAB, ... */
  static String id(int index) {
    char[] letters = new char[3];
    int rest = index;
    for (int i = letters.length - 1; i >= 0; i--) {
      letters[i] = (char) ('A' + rest % 26);
      rest /= 26;
    }
    return "STEP_" + new String(letters);
  }

  private static ObjectNode screen(int index, int screens) {
    boolean last = index == screens - 1;
    ObjectNode screen = MAPPER.createObjectNode();
    screen.put("id", id(index));
    screen.put("title", "Step " + (index + 1) + " of " + screens);
    if (last) {
      screen.put("terminal", true);
      screen.put("success", true);
    }
    ObjectNode data = screen.putObject("data");
    stringField(data, "first_name", "Ana");
    stringField(data, "city", "Lisbon");
    ObjectNode agreed = data.putObject("agreed");
    agreed.put("type", "boolean");
    agreed.put("__example__", true);
    ObjectNode options = data.putObject("options");
    options.put("type", "array");
    ObjectNode item = options.putObject("items");
    item.put("type", "object");
    ObjectNode properties = item.putObject("properties");
    properties.putObject("id").put("type", "string");
    properties.putObject("title").put("type", "string");
    ArrayNode example = options.putArray("__example__");
    example.addObject().put("id", "a").put("title", "Morning");
    example.addObject().put("id", "b").put("title", "Afternoon");
    screen.putArray("sensitive").add("city");

    ObjectNode layout = screen.putObject("layout");
    layout.put("type", "SingleColumnLayout");
    ObjectNode form = layout.putArray("children").addObject();
    form.put("type", "Form");
    form.put("name", "form");
    ArrayNode children = form.putArray("children");
    children.addObject().put("type", "TextHeading").put("text", "${data.first_name}");
    children.addObject().put("type", "TextBody").put("text", "`'Tell us a little more about your visit to ' ${data.city} '.'`");
    children.addObject().put("type", "TextInput").put("name", "first_name").put("label", "First name")
        .put("required", true).put("helper-text", "As on your ID");
    children.addObject().put("type", "TextInput").put("name", "city").put("label", "City").put("required", true);
    ObjectNode dropdown = children.addObject().put("type", "Dropdown").put("name", "slot").put("label", "Time of day")
        .put("data-source", "${data.options}");
    ObjectNode exchange = dropdown.putObject("on-select-action");
    exchange.put("name", "data_exchange");
    exchange.putObject("payload").put("slot", "${form.slot}").put("city", "${form.city}");
    children.addObject().put("type", "OptIn").put("name", "agree").put("label", "I agree to be contacted");
    ObjectNode branch = children.addObject().put("type", "If").put("condition", "${form.agree}");
    branch.putArray("then").addObject().put("type", "TextCaption").put("text", "`'Thank you, ' ${data.first_name} '.'`");
    branch.putArray("else").addObject().put("type", "TextCaption").put("text", "We will not contact you.");

    ObjectNode footer = children.addObject().put("type", "Footer").put("label", last ? "Done" : "Continue");
    ObjectNode action = footer.putObject("on-click-action");
    action.put("name", last ? "complete" : "navigate");
    if (!last) {
      action.putObject("next").put("type", "screen").put("name", id(index + 1));
    }
    ObjectNode payload = action.putObject("payload");
    payload.put("first_name", "${form.first_name}");
    payload.put("city", "${form.city}");
    payload.put("agreed", "${form.agree}");
    if (!last) {
      payload.put("options", "${data.options}");
    }
    return screen;
  }

  private static void stringField(ObjectNode data, String name, String example) {
    ObjectNode field = data.putObject(name);
    field.put("type", "string");
    field.put("__example__", example);
  }
}
