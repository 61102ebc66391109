package dev.flowkit.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Parses a backtick expression (Flow JSON §7.4) with JavaScript precedence, the way Meta's jsep-based parser
 * reads it: prefix {@code ! - +}, then {@code * / %}, {@code + -}, relational, equality, {@code &&},
 * {@code ||}; operands written next to each other form a concatenation, the loosest of all.
 */
final class BacktickParser extends SourceReader {

  private static final List<String> UNSUPPORTED = List.of("===", "!==", "**", "<<", ">>", "=", "&", "|", "^");

  private BacktickParser(String source, FlowJsonVersion version) {
    super(source, version, 1, source.length() - 1);
  }

  /** Parses {@code source}, which starts and ends with a backtick. */
  static Expr parse(String source, FlowJsonVersion version) {
    BacktickParser parser = new BacktickParser(source, version);
    if (!version.isAtLeast(FlowJsonVersion.V6_0)) {
      throw parser.error("Backtick expressions need Flow JSON 6.0 or later, but the flow targets " + version, 0,
          source.length());
    }
    Expr expr = parser.sequence(-1);
    if (!parser.atEnd()) {
      throw parser.error("Missing opening parenthesis for the closing parenthesis", parser.pos, parser.pos + 1);
    }
    return expr;
  }

  /** Juxtaposed operands up to the end or a {@code )}; {@code open} is the offset of the {@code (} or -1. */
  private Expr sequence(int open) {
    List<Expr> parts = new ArrayList<>();
    while (true) {
      skipWhitespace();
      if (atEnd() || peek() == ')') {
        break;
      }
      parts.add(binary(0));
      skipWhitespace();
      if (!atEnd() && peek() == '?') {
        throw error("Operation ConditionalExpression is not supported", pos, pos + 1);
      }
    }
    if (parts.isEmpty()) {
      if (open >= 0 && atEnd()) {
        throw error("Missing closing parenthesis.", open, open + 1);
      } else if (open >= 0) {
        throw error("Found invalid empty parentheses", open, pos + 1);
      }
      throw error("Expected the expression to contain at least one operand.", 0, source.length());
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    return new Expr.Concat(parts, parts.get(0).span().to(parts.get(parts.size() - 1).span()));
  }

  private Expr binary(int minPrecedence) {
    Expr left = unary();
    while (true) {
      skipWhitespace();
      int at = pos;
      Optional<InfixOperator> operator = infixOperator();
      if (operator.isEmpty() || operator.get().precedence() < minPrecedence) {
        pos = at;
        return left;
      }
      Expr right = binary(operator.get().precedence() + 1);
      left = new Expr.Binary(operator.get(), left, right, left.span().to(right.span()));
    }
  }

  /** Reads an infix operator at {@code pos}, if there is one, and moves past it. */
  private Optional<InfixOperator> infixOperator() {
    if (atEnd()) {
      return Optional.empty();
    }
    for (int length = 3; length >= 1; length--) {
      if (pos + length > limit) {
        continue;
      }
      String symbol = source.substring(pos, pos + length);
      if (UNSUPPORTED.contains(symbol)) {
        throw error("Operator '" + symbol + "' is not supported; use one of * / % + - < <= > >= == != && ||",
            pos, pos + length);
      }
      Optional<InfixOperator> operator = InfixOperator.bySymbol(symbol);
      if (operator.isPresent()) {
        pos += length;
        return operator;
      }
    }
    return Optional.empty();
  }

  private Expr unary() {
    skipWhitespace();
    if (!atEnd()) {
      int start = pos;
      PrefixOperator operator = null;
      switch (peek()) {
        case '!':
          operator = PrefixOperator.NOT;
          break;
        case '-':
          operator = PrefixOperator.MINUS;
          break;
        case '+':
          operator = PrefixOperator.PLUS;
          break;
        default:
          break;
      }
      if (operator != null) {
        pos++;
        Expr operand = unary();
        return new Expr.Unary(operator, operand, new Span(start, operand.span().end()));
      }
    }
    return primary();
  }

  private Expr primary() {
    skipWhitespace();
    if (atEnd()) {
      int last = lastNonBlank();
      throw error("Missing operand after last operator '" + source.charAt(last) + "'.", last, last + 1);
    }
    int start = pos;
    char c = peek();
    if (c == '(') {
      pos++;
      Expr inner = sequence(start);
      if (atEnd()) {
        throw error("Missing closing parenthesis.", start, start + 1);
      }
      pos++;
      return withSpan(inner, new Span(start, pos));
    } else if (c == '\'') {
      return readString(true);
    } else if (c == '$' && lookingAt("${")) {
      return readBinding();
    } else if (isDigit(c) || c == '.' && pos + 1 < limit && isDigit(source.charAt(pos + 1))) {
      return number();
    } else if (Character.isLetter(c) || c == '_') {
      return word();
    } else if (c == '?') {
      throw error("Operation ConditionalExpression is not supported", pos, pos + 1);
    } else if (c == '"') {
      throw error("Strings are written in single quotes, found '\"'", pos, pos + 1);
    } else if (c == ')' || isOperatorChar(c)) {
      throw error("Missing operand before '" + c + "'", pos, pos + 1);
    }
    throw error("Unexpected character '" + c + "'", pos, pos + 1);
  }

  private int lastNonBlank() {
    int last = limit - 1;
    while (last > 0 && Character.isWhitespace(source.charAt(last))) {
      last--;
    }
    return last;
  }

  private static boolean isOperatorChar(char c) {
    return "*/%<>=&|^".indexOf(c) >= 0;
  }

  private Expr number() {
    int start = pos;
    while (!atEnd() && (isDigit(peek()) || peek() == '.')) {
      pos++;
    }
    while (!atEnd() && Character.isLetterOrDigit(peek())) {
      pos++;
    }
    String text = source.substring(start, pos);
    if (!text.matches("[0-9]*\\.?[0-9]+|[0-9]+\\.")) {
      throw error("Invalid number '" + text + "'", start, pos);
    }
    return new Expr.NumberLiteral(new BigDecimal(text.endsWith(".") ? text + "0" : text), new Span(start, pos));
  }

  private Expr word() {
    int start = pos;
    while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '$')) {
      pos++;
    }
    String word = source.substring(start, pos);
    Span span = new Span(start, pos);
    switch (word) {
      case "true":
        return new Expr.BooleanLiteral(true, span);
      case "false":
        return new Expr.BooleanLiteral(false, span);
      case "null":
        throw error("'null' is a reserved keyword and cannot be used as a value", span);
      default:
        throw error("Unknown identifier '" + word + "': values come from ${data.…} or ${form.…}, and strings are "
            + "written in single quotes", span);
    }
  }
}
