package dev.flowkit.validation;

import dev.flowkit.expr.Binding;
import dev.flowkit.expr.Condition;
import dev.flowkit.expr.Expr;
import dev.flowkit.expr.ExpressionException;
import dev.flowkit.expr.FlowExpressions;
import dev.flowkit.expr.FlowJsonVersion;
import dev.flowkit.expr.InfixOperator;
import dev.flowkit.expr.PropertyValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.JsonNode;

/**
 * The warnings (see {@link ValidationWarning} and the code table in the package documentation): what Meta's static
 * validator accepts but a phone or the platform will not show as written (spec/flow-json.md section 8.6), and the
 * pitfalls section 10 says to warn about. Runs after the error rules, on a flow without schema errors. Only literal
 * values are measured: a binding or an expression is known at run time only.
 */
final class WarningRules {

  static final String CHARACTER_LIMIT_EXCEEDED = "CHARACTER_LIMIT_EXCEEDED";
  static final String OPTION_COUNT_OUT_OF_RANGE = "OPTION_COUNT_OUT_OF_RANGE";
  static final String IMAGE_TOO_LARGE = "IMAGE_TOO_LARGE";
  static final String TOO_MANY_COMPONENTS = "TOO_MANY_COMPONENTS";
  static final String SCREEN_ID_SUCCESS = "SCREEN_ID_SUCCESS";
  static final String MISSING_SCREEN_TITLE = "MISSING_SCREEN_TITLE";
  static final String HYPHEN_IN_DATA_KEY = "HYPHEN_IN_DATA_KEY";
  static final String MULTIPLY_OPERATOR = "MULTIPLY_OPERATOR";
  static final String MEDIA_SIZE_BINDING = "MEDIA_SIZE_BINDING";
  static final String CONDITION_PRECEDENCE = "CONDITION_PRECEDENCE";
  static final String PATTERN_WITHOUT_HELPER_TEXT = "PATTERN_WITHOUT_HELPER_TEXT";
  static final String PATTERN_WITH_INPUT_TYPE = "PATTERN_WITH_INPUT_TYPE";
  static final String MORE_THAN_ONE_BADGE = "MORE_THAN_ONE_BADGE";
  static final String STRING_INTERPOLATION = "STRING_INTERPOLATION";

  /** Meta's docs allow 50 components per screen; Meta's validator reports an error only above 100 (section 10). */
  private static final int DOCUMENTED_COMPONENTS = 50;
  private static final int VALIDATED_COMPONENTS = 100;
  private static final Set<String> PATTERN_INPUT_TYPES = Set.of("text", "number", "password", "passcode");

  private final FlowJsonVersion flowVersion;
  private final List<Finding> findings = new ArrayList<>();

  private WarningRules(FlowJsonVersion flowVersion) {
    this.flowVersion = flowVersion;
  }

  static List<Finding> check(JsonNode root, String version) {
    WarningRules rules = new WarningRules(FlowJsonVersion.parse(version));
    JsonNode screens = root.path("screens");
    for (int i = 0; i < screens.size(); i++) {
      rules.screen(screens.get(i), "/screens/" + i);
    }
    return rules.findings;
  }

  private void screen(JsonNode screen, String pointer) {
    String id = screen.path("id").asString("");
    if (id.equals("SUCCESS")) {
      // Meta's Builder refuses only "success" (an error); the docs reserve "SUCCESS" for the endpoint's reply that
      // closes a flow (section 10).
      warn(SCREEN_ID_SUCCESS, "Screen id 'SUCCESS' is reserved in Meta's docs: an endpoint answers with screen "
          + "'SUCCESS' to close the flow.", pointer + "/id");
    }
    interpolation(screen.path("title"), pointer + "/title", "Property 'title' of screen '" + id + "'");
    if (!screen.has("title")) {
      warn(MISSING_SCREEN_TITLE, "Screen '" + id + "' has no title: Meta's docs make it optional but Meta's Builder "
          + "requires it.", pointer);
    }
    dataKeys(screen.path("data"), pointer + "/data");
    JsonNode children = screen.path("layout").path("children");
    int[] total = {0};
    ComponentTree.forEach(children, c -> total[0] += "Form".equals(c.path("type").asString("")) ? 0 : 1);
    if (total[0] > DOCUMENTED_COMPONENTS && total[0] <= VALIDATED_COMPONENTS) {
      warn(TOO_MANY_COMPONENTS, "Screen '" + id + "' has " + total[0] + " components; Meta's docs allow at most "
          + DOCUMENTED_COMPONENTS + ".", pointer + "/layout");
    }
    ComponentTree.forEach(children, pointer + "/layout/children", this::component);
    for (Map.Entry<String, JsonNode> entry : screen.properties()) {
      if (!entry.getKey().equals("data")) {
        strings(entry.getValue(), new StringBuilder(Pointers.child(pointer, entry.getKey())));
      }
    }
  }

  // ---------------------------------------------------------------- data model keys and bindings

  /**
   * The top-level keys of a data model: the first segment of a {@code ${data.…}} path. Nested keys are not looked
   * at: they often must follow a component's shape ({@code main-content} of a NavigationList item); a binding that
   * reaches one is warned about by {@link #strings}.
   */
  private void dataKeys(JsonNode data, String pointer) {
    for (String key : data.propertyNames()) {
      if (key.contains("-")) {
        findings.add(new Finding(HYPHEN_IN_DATA_KEY, "Data key '" + key + "' contains '-', which Meta's validator "
            + "rejects in a binding. Use letters, digits and '_'.", Pointers.child(pointer, key), true));
      }
    }
  }

  /**
   * Every string below a node: hyphens in data bindings, and the {@code *} operator in expressions. The pointer is
   * kept in one buffer and written out only for a warning: this walk sees every node of every screen.
   */
  private void strings(JsonNode node, StringBuilder pointer) {
    if (node.isString()) {
      String text = node.asString();
      if (text.indexOf("${") < 0 && !text.startsWith("`")) {
        return; // a literal: no binding, no expression
      }
      PropertyValue value = parse(text);
      if (value == null) {
        return;
      }
      Set<Binding> hyphenated = new LinkedHashSet<>();
      for (Binding binding : value.bindings()) {
        if (binding.scope() == Binding.Scope.DATA && binding.path().stream().anyMatch(s -> s.contains("-"))) {
          hyphenated.add(binding);
        }
      }
      hyphenated.forEach(binding -> warn(HYPHEN_IN_DATA_KEY, "Binding '" + binding + "' has a data key with '-', "
          + "which Meta's validator rejects. Use letters, digits and '_'.", pointer.toString()));
      if (value instanceof PropertyValue.Expression expression && multiplies(expression.expr())) {
        // Meta's parser and type checker accept '*', its docs list only + - / % (section 10): accepted, warned.
        warn(MULTIPLY_OPERATOR, "Expression '" + value.source() + "' uses '*', which Meta's docs do not list "
            + "(only '+', '-', '/' and '%'); phones may not support it.", pointer.toString());
      }
      return;
    }
    int length = pointer.length();
    if (node.isObject()) {
      for (Map.Entry<String, JsonNode> entry : node.properties()) {
        strings(entry.getValue(), pointer.append('/').append(Pointers.escape(entry.getKey())));
        pointer.setLength(length);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        strings(node.get(i), pointer.append('/').append(i));
        pointer.setLength(length);
      }
    }
  }

  private static boolean multiplies(Expr expr) {
    if (expr instanceof Expr.Binary binary) {
      return binary.operator() == InfixOperator.MULTIPLY || multiplies(binary.left()) || multiplies(binary.right());
    } else if (expr instanceof Expr.Unary unary) {
      return multiplies(unary.operand());
    } else if (expr instanceof Expr.Concat concat) {
      return concat.parts().stream().anyMatch(WarningRules::multiplies);
    }
    return false;
  }

  /** The parsed property, or null when it does not parse (the error rules deal with that). */
  private PropertyValue parse(String raw) {
    try {
      return FlowExpressions.parseProperty(raw, flowVersion);
    } catch (ExpressionException e) {
      return null;
    }
  }

  private boolean isLiteral(String raw) {
    return parse(raw) instanceof PropertyValue.Literal;
  }

  // ---------------------------------------------------------------- components

  private void component(JsonNode component, String pointer) {
    String type = component.path("type").asString("");
    if (!type.equals("RichText") && !type.equals("If")) {
      // RichText: Meta's validator reports interpolation as an error. If: a condition is no interpolation.
      for (Map.Entry<String, JsonNode> property : component.properties()) {
        JsonNode value = property.getValue();
        if (value.isString() && value.asString().indexOf("${") >= 0) {
          interpolation(value, Pointers.child(pointer, property.getKey()),
              "Property '" + property.getKey() + "' of " + type);
        }
      }
    }
    texts(component, pointer, type, TextLimits.BY_TYPE.getOrDefault(type, Map.of()));
    switch (type) {
      case "CheckboxGroup", "RadioButtonsGroup" -> {
        options(component, pointer, type, 1, 20, "");
        mediaSize(component, pointer, type);
      }
      case "Dropdown" -> {
        boolean images = false;
        for (JsonNode item : component.path("data-source")) {
          images |= item.has("image");
        }
        options(component, pointer, type, 1, images ? 100 : 200, images ? " when an option has an image" : "");
      }
      case "ChipsSelector" -> options(component, pointer, type, 2, 20, "");
      case "Image" -> image(component.path("src"), pointer + "/src", "Property 'src' of Image", 300);
      case "ImageCarousel" -> carousel(component, pointer);
      case "NavigationList" -> navigationList(component, pointer);
      case "TextInput" -> pattern(component, pointer);
      case "If" -> condition(component.path("condition"), pointer + "/condition");
      default -> { }
    }
  }

  /** A text property: a string, an array of strings (TextBody/TextCaption), or a CalendarPicker range object. */
  private void text(JsonNode value, String pointer, String what, int limit) {
    if (value.isString()) {
      limit(value.asString(), pointer, what, limit);
    } else if (value.isArray()) {
      // An array of static strings is shown as paragraphs: its items count together, with one separator between
      // two items (UNCERTAIN: the docs give the limit per component, not per item).
      List<String> items = new ArrayList<>();
      value.forEach(item -> items.add(item.asString("")));
      limit(String.join("\n", items), pointer, what, limit);
    } else if (value.isObject()) {
      for (Map.Entry<String, JsonNode> part : value.properties()) {
        if (part.getValue().isString()) {
          limit(part.getValue().asString(), Pointers.child(pointer, part.getKey()), what + " ('" + part.getKey()
              + "')", limit);
        }
      }
    }
  }

  /**
   * Text with bindings in it ({@code "Hi ${data.name}"}): Meta's docs call mixing static and dynamic text in one
   * property an error, Meta's validator refuses it only for RichText (section 7.1, UNCERTAIN): a warning.
   */
  private void interpolation(JsonNode value, String pointer, String what) {
    if (value.isString() && parse(value.asString()) instanceof PropertyValue.Interpolation) {
      warn(STRING_INTERPOLATION, what + " mixes text and bindings, which Meta's docs do not support; from Flow JSON "
          + "6.0 write it as a backtick expression.", pointer);
    }
  }

  /** Counts characters as the spec does: code points, so an emoji counts once. */
  private void limit(String text, String pointer, String what, int limit) {
    int length = text.codePointCount(0, text.length());
    if (length > limit && isLiteral(text)) {
      warn(CHARACTER_LIMIT_EXCEEDED, what + " has " + length + " characters; WhatsApp shows at most " + limit + ".",
          pointer);
    }
  }

  private void texts(JsonNode object, String pointer, String what, Map<String, Integer> limits) {
    limits.forEach((property, limit) -> {
      JsonNode value = object.get(property);
      if (value != null) {
        text(value, Pointers.child(pointer, property), "Property '" + property + "' of " + what, limit);
      }
    });
  }

  /** The data-source of a selection component: option count, each option's texts and image (section 5.7). */
  private void options(JsonNode component, String pointer, String type, int min, int max, String condition) {
    JsonNode options = component.path("data-source");
    String at = pointer + "/data-source";
    count(options, at, "Property 'data-source' of " + type, min, max, condition);
    // Option images: at most 300 KB before Flow JSON 6.0, 100 KB from 6.0 (section 10: Meta's docs, not pywa's 1 MB).
    int kilobytes = flowVersion.isAtLeast(FlowJsonVersion.V6_0) ? 100 : 300;
    for (int i = 0; i < options.size(); i++) {
      String item = at + "/" + i;
      texts(options.get(i), item, "a " + type + " option", TextLimits.DATA_SOURCE_ITEM);
      if (options.get(i).has("image")) {
        image(options.get(i).get("image"), item + "/image", "Property 'image' of a " + type + " option", kilobytes);
      }
    }
  }

  private void count(JsonNode array, String pointer, String what, int min, int max, String condition) {
    if (array.isArray() && (array.size() < min || array.size() > max)) {
      warn(OPTION_COUNT_OUT_OF_RANGE, what + " has " + array.size() + " items; WhatsApp supports "
          + (min == 0 ? "at most " + max : min + " to " + max) + condition + ".", pointer);
    }
  }

  /**
   * An image in base64 against its limit in KB (1 KB = 1024 bytes, UNCERTAIN: the docs do not say). A binding or a
   * string that is no base64 is not measured.
   */
  private void image(JsonNode src, String pointer, String what, int kilobytes) {
    if (!src.isString() || !isLiteral(src.asString())) {
      return;
    }
    long bytes = decodedSize(src.asString());
    if (bytes > kilobytes * 1024L) {
      warn(IMAGE_TOO_LARGE, what + " is " + bytes + " bytes; WhatsApp shows images of at most " + kilobytes
          + " KB (" + kilobytes * 1024 + " bytes).", pointer);
    }
  }

  /** The byte size of base64 text (an optional {@code data:...;base64,} prefix and whitespace ignored), or -1. */
  static long decodedSize(String text) {
    int start = 0;
    if (text.startsWith("data:")) {
      int marker = text.indexOf("base64,");
      if (marker < 0) {
        return -1;
      }
      start = marker + "base64,".length();
    }
    long characters = 0;
    int padding = 0;
    for (int i = start; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=') {
        padding++;
      } else if (Character.isWhitespace(c)) {
        continue;
      } else if (padding > 0 || !(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '+'
          || c == '/' || c == '-' || c == '_')) {
        return -1;
      } else {
        characters++;
      }
    }
    return characters * 3 / 4;
  }

  /**
   * ImageCarousel: 1 to 3 images. The docs give no byte limit for them (section 5.18, UNCERTAIN): the Image
   * component's 300 KB is used.
   */
  private void carousel(JsonNode component, String pointer) {
    JsonNode images = component.path("images");
    count(images, pointer + "/images", "Property 'images' of ImageCarousel", 1, 3, "");
    for (int i = 0; i < images.size(); i++) {
      image(images.get(i).path("src"), pointer + "/images/" + i + "/src", "Property 'src' of an ImageCarousel image",
          300);
    }
  }

  /** NavigationList: 1 to 20 items, their texts, start images of at most 100 KB, at most 3 tags, one badge. */
  private void navigationList(JsonNode component, String pointer) {
    JsonNode items = component.path("list-items");
    String at = pointer + "/list-items";
    count(items, at, "Property 'list-items' of NavigationList", 1, 20, "");
    int badges = 0;
    for (int i = 0; i < items.size(); i++) {
      JsonNode item = items.get(i);
      String itemAt = at + "/" + i;
      texts(item.path("main-content"), itemAt + "/main-content", "the main-content of a NavigationList item",
          TextLimits.MAIN_CONTENT);
      texts(item.path("end"), itemAt + "/end", "the end of a NavigationList item", TextLimits.END);
      text(item.path("badge"), itemAt + "/badge", "Property 'badge' of a NavigationList item", TextLimits.BADGE_OR_TAG);
      JsonNode tags = item.path("tags");
      count(tags, itemAt + "/tags", "Property 'tags' of a NavigationList item", 0, 3, "");
      for (int t = 0; t < tags.size(); t++) {
        text(tags.get(t), itemAt + "/tags/" + t, "A tag of a NavigationList item", TextLimits.BADGE_OR_TAG);
      }
      image(item.path("start").path("image"), itemAt + "/start/image", "Property 'image' of a NavigationList item",
          100);
      badges += item.has("badge") ? 1 : 0;
    }
    if (badges > 1) {
      warn(MORE_THAN_ONE_BADGE, "NavigationList has " + badges + " items with a badge; Meta's docs allow a badge on "
          + "one item per list.", at);
    }
  }

  /** Meta's Builder accepts only a literal 'regular' or 'large' here; the docs allow a binding (section 10). */
  private void mediaSize(JsonNode component, String pointer, String type) {
    JsonNode mediaSize = component.path("media-size");
    if (mediaSize.isString() && !isLiteral(mediaSize.asString())) {
      warn(MEDIA_SIZE_BINDING, "Property 'media-size' of " + type + " is dynamic; Meta's Builder accepts only "
          + "'regular' or 'large' here.", pointer + "/media-size");
    }
  }

  /**
   * TextInput {@code pattern} (section 5.5): the docs make helper-text mandatory with it and allow it only with some
   * input types. Whether Meta's validator enforces either is not known (section 11, question 9): warnings.
   */
  private void pattern(JsonNode component, String pointer) {
    if (!component.has("pattern")) {
      return;
    }
    String at = pointer + "/pattern";
    if (!component.has("helper-text")) {
      warn(PATTERN_WITHOUT_HELPER_TEXT, "TextInput should have property helper-text when property pattern is "
          + "present: Meta's docs require a helper text that describes the pattern.", at);
    }
    JsonNode inputType = component.path("input-type");
    if (inputType.isString() && !PATTERN_INPUT_TYPES.contains(inputType.asString())) {
      warn(PATTERN_WITH_INPUT_TYPE, "Property 'pattern' of TextInput applies only to input-type 'text', 'number', "
          + "'password' or 'passcode', not '" + inputType.asString() + "'.", at);
    }
  }

  /** A condition whose reading on phones differs from the standard one (section 7.5 recommends this warning). */
  private void condition(JsonNode value, String pointer) {
    Condition condition;
    try {
      condition = FlowExpressions.parseCondition(value, flowVersion);
    } catch (ExpressionException e) {
      return;
    }
    if (condition.syntax() == Condition.Syntax.CONDITION && condition.precedenceMatters()) {
      warn(CONDITION_PRECEDENCE, "Condition '" + condition.source() + "' groups differently on phones: they apply "
          + "'&&' before comparisons, Meta's validator reads it like JavaScript. Add parentheses.", pointer);
    }
  }

  private void warn(String code, String message, String pointer) {
    findings.add(Finding.atValue(code, message, pointer));
  }
}
