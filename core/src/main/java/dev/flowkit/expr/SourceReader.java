package dev.flowkit.expr;

import java.util.Optional;

/**
 * What both grammars read alike: bindings, single-quoted strings, and errors pointing into the property
 * string. Offsets are into the whole property string; reading stops at {@code limit}.
 */
abstract class SourceReader {

  final String source;
  final FlowJsonVersion version;
  final int limit;
  int pos;

  SourceReader(String source, FlowJsonVersion version, int start, int limit) {
    this.source = source;
    this.version = version;
    this.pos = start;
    this.limit = limit;
  }

  final boolean atEnd() {
    return pos >= limit;
  }

  final char peek() {
    return source.charAt(pos);
  }

  final boolean lookingAt(String text) {
    return source.startsWith(text, pos) && pos + text.length() <= limit;
  }

  /** ASCII digits only: other scripts' digits are not numbers in Flow JSON. */
  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  final void skipWhitespace() {
    while (!atEnd() && Character.isWhitespace(peek())) {
      pos++;
    }
  }

  final ExpressionSyntaxException error(String detail, int start, int end) {
    return new ExpressionSyntaxException(detail, source, new Span(start, Math.max(start, end)));
  }

  final ExpressionSyntaxException error(String detail, Span span) {
    return new ExpressionSyntaxException(detail, source, span);
  }

  /** Reads {@code ${…}} starting at {@code pos}, which is at the {@code $}. */
  final Expr.BindingRef readBinding() {
    int start = pos;
    int close = source.indexOf('}', start);
    if (close < 0 || close >= limit) {
      throw error("Missing closing brace '}' of the reference '" + source.substring(start, limit) + "'", start, limit);
    }
    pos = close + 1;
    return bindingRef(source, start, pos, version);
  }

  /**
   * Makes the binding written at {@code [start, end)} of {@code source}, checking the version allows it.
   *
   * @throws ExpressionSyntaxException if the text is not one of the four binding forms, or is a global
   *     reference before Flow JSON 4.0
   */
  static Expr.BindingRef bindingRef(String source, int start, int end, FlowJsonVersion version) {
    String text = source.substring(start, end);
    Span span = new Span(start, end);
    Optional<Binding> binding = Binding.parseInner(text.substring(2, text.length() - 1));
    if (binding.isEmpty()) {
      // Meta's words, verbatim (spec section 7.5); a reference is ${data.a.b}, ${form.name}, ${screen.ID.data.a}
      // or ${screen.ID.form.name}, with names of letters, digits, '_' and '-'.
      throw new ExpressionSyntaxException("Invalid operand format '" + text + "'", source, span);
    }
    if (binding.get().isGlobal() && !version.isAtLeast(FlowJsonVersion.V4_0)) {
      throw new ExpressionSyntaxException("Global reference '" + text + "' needs Flow JSON 4.0 or later, but the "
          + "flow targets " + version, source, span);
    }
    return new Expr.BindingRef(binding.get(), span);
  }

  /** Reads a single-quoted string starting at {@code pos}, which is at the opening quote. */
  final Expr.StringLiteral readString(boolean backtickNeedsEscape) {
    int start = pos;
    StringBuilder value = new StringBuilder();
    pos++;
    while (!atEnd()) {
      char c = source.charAt(pos);
      if (c == '\'') {
        pos++;
        return new Expr.StringLiteral(value.toString(), new Span(start, pos));
      } else if (c == '\\' && pos + 1 < limit) {
        value.append(unescape(source.charAt(pos + 1)));
        pos += 2;
      } else if (c == '`' && backtickNeedsEscape) {
        throw error("Unescaped backtick in a string: write \\` (\\\\` in the JSON source)", pos, pos + 1);
      } else {
        value.append(c);
        pos++;
      }
    }
    throw error("Missing closing quote for string.", start, limit);
  }

  private static char unescape(char c) {
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      case 'v':
        return '\u000B';
      default:
        return c;
    }
  }

  /** The expression with its span widened to {@code span}, e.g. to include parentheses around it. */
  static Expr withSpan(Expr expr, Span span) {
    if (expr instanceof Expr.BindingRef e) {
      return new Expr.BindingRef(e.binding(), span);
    } else if (expr instanceof Expr.StringLiteral e) {
      return new Expr.StringLiteral(e.value(), span);
    } else if (expr instanceof Expr.NumberLiteral e) {
      return new Expr.NumberLiteral(e.value(), span);
    } else if (expr instanceof Expr.BooleanLiteral e) {
      return new Expr.BooleanLiteral(e.value(), span);
    } else if (expr instanceof Expr.Unary e) {
      return new Expr.Unary(e.operator(), e.operand(), span);
    } else if (expr instanceof Expr.Binary e) {
      return new Expr.Binary(e.operator(), e.left(), e.right(), span);
    }
    Expr.Concat e = (Expr.Concat) expr;
    return new Expr.Concat(e.parts(), span);
  }
}
