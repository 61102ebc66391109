package dev.flowkit.mock.graph;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The {@code fields} parameter parsed (spec/platform.md section 1.3): a comma-separated list of fields, each with
 * optional chained modifiers {@code name.modifier(argument)}, e.g. {@code preview.invalidate(false)},
 * {@code health_status.phone_number(123)}, {@code metric.name(X).granularity(DAY).since(2024-01-28)}.
 *
 * @param fields the fields in the order given; a field named twice keeps its first place and its last modifiers
 */
public record FieldSelection(List<Field> fields) {

  /** No {@code fields} parameter: the node's default field set. */
  public static final FieldSelection NONE = new FieldSelection(List.of());

  /** Lists are copied. */
  public FieldSelection {
    fields = List.copyOf(fields);
  }

  /**
   * One requested field.
   *
   * @param name the field name
   * @param modifiers its modifiers in order, name to argument (text between the parentheses, trimmed)
   */
  public record Field(String name, Map<String, String> modifiers) {

    /** The map is copied, keeping its order. */
    public Field {
      modifiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(modifiers));
    }

    /** The argument of modifier {@code modifier}, if given. */
    public Optional<String> modifier(String modifier) {
      return Optional.ofNullable(modifiers.get(modifier));
    }
  }

  /**
   * Parses a {@code fields} value.
   *
   * @throws GraphCallException (100) when the text is not a field list
   */
  public static FieldSelection parse(String text) {
    Map<String, Field> byName = new LinkedHashMap<>();
    int depth = 0;
    int start = 0;
    for (int i = 0; i <= text.length(); i++) {
      char c = i < text.length() ? text.charAt(i) : ',';
      if (c == '(') {
        depth++;
      } else if (c == ')') {
        depth--;
        if (depth < 0) {
          throw malformed(text);
        }
      } else if (c == ',' && depth == 0) {
        String item = text.substring(start, i).trim();
        if (!item.isEmpty()) {
          Field field = field(item, text);
          byName.remove(field.name());
          byName.put(field.name(), field);
        }
        start = i + 1;
      }
    }
    if (depth != 0) {
      throw malformed(text);
    }
    return new FieldSelection(new ArrayList<>(byName.values()));
  }

  private static Field field(String item, String whole) {
    int dot = item.indexOf('.');
    int paren = item.indexOf('(');
    if (paren >= 0 && (dot < 0 || paren < dot)) {
      throw malformed(whole);
    }
    String name = dot < 0 ? item : item.substring(0, dot);
    checkName(name, whole);
    Map<String, String> modifiers = new LinkedHashMap<>();
    int i = dot < 0 ? item.length() : dot;
    while (i < item.length()) {
      if (item.charAt(i) != '.') {
        throw malformed(whole);
      }
      int open = item.indexOf('(', i);
      int close = open < 0 ? -1 : item.indexOf(')', open);
      if (open < 0 || close < 0) {
        throw malformed(whole);
      }
      String modifier = item.substring(i + 1, open).trim();
      checkName(modifier, whole);
      modifiers.put(modifier, item.substring(open + 1, close).trim());
      i = close + 1;
    }
    return new Field(name, modifiers);
  }

  private static void checkName(String name, String whole) {
    if (!name.matches("[A-Za-z_][A-Za-z0-9_]*")) {
      throw malformed(whole);
    }
  }

  private static GraphCallException malformed(String text) {
    return GraphCallException.invalidParameter("Syntax error in the fields parameter: \"" + text + "\"");
  }

  /** Whether no field was asked for. */
  public boolean isEmpty() {
    return fields.isEmpty();
  }

  /** The field named {@code name}, if asked for. */
  public Optional<Field> field(String name) {
    return fields.stream().filter(f -> f.name().equals(name)).findFirst();
  }

  /** Whether {@code name} was asked for. */
  public boolean has(String name) {
    return field(name).isPresent();
  }

  /** The names asked for, or {@code defaults} when none was. */
  public List<String> namesOr(List<String> defaults) {
    return isEmpty() ? defaults : fields.stream().map(Field::name).toList();
  }

  /**
   * Checks every field is one the node has.
   *
   * @throws GraphCallException (100) "Tried accessing nonexisting field (x) on node type (T)"
   */
  public FieldSelection requireKnown(Collection<String> known, String nodeType) {
    for (Field f : fields) {
      if (!known.contains(f.name())) {
        throw GraphCallException.unknownField(f.name(), nodeType);
      }
    }
    return this;
  }
}
