package dev.flowkit.expr;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Parses an {@code If.condition} written without backticks (Flow JSON §7.5): references, single-quoted
 * strings, integers with an optional {@code -}, {@code true}/{@code false}, {@code !}, comparisons,
 * {@code &&}, {@code ||} and parentheses. Messages are those of Meta's condition validator.
 *
 * <p>It builds two trees of the same operands: one with JavaScript precedence (what the validator checks)
 * and one with the client's rule (what a phone evaluates), see {@link ConditionPrecedence}.
 */
final class ConditionParser extends SourceReader {

  private enum Kind { OPERAND, OPERATOR, NOT, OPEN, CLOSE }

  private record Token(Kind kind, Span span, @Nullable Expr operand, @Nullable InfixOperator operator) {}

  /** The two readings of one operand or group. */
  private record Trees(Expr standard, Expr client) {}

  private final List<Token> tokens = new ArrayList<>();
  private int next;

  private ConditionParser(String source, FlowJsonVersion version) {
    super(source, version, 0, source.length());
  }

  static Condition parse(String source, FlowJsonVersion version) {
    ConditionParser parser = new ConditionParser(source, version);
    parser.tokenize();
    Trees trees = parser.group(null);
    return new Condition(source, Condition.Syntax.CONDITION, trees.standard(), trees.client());
  }

  // ---- tokens

  private void tokenize() {
    while (true) {
      skipWhitespace();
      if (atEnd()) {
        return;
      }
      int start = pos;
      char c = peek();
      if (c == '(' || c == ')') {
        pos++;
        tokens.add(new Token(c == '(' ? Kind.OPEN : Kind.CLOSE, new Span(start, pos), null, null));
      } else if (c == '\'') {
        operand(readString(false));
      } else if (c == '$' && lookingAt("${")) {
        operand(readBinding());
      } else if (c == '-' || isDigit(c)) {
        operand(integer());
      } else if (Character.isLetter(c) || c == '_') {
        operand(word());
      } else if ("=!<>&|".indexOf(c) >= 0) {
        operators();
      } else {
        throw error("Unexpected character '" + c + "'", pos, pos + 1);
      }
    }
  }

  private void operand(Expr expr) {
    tokens.add(new Token(Kind.OPERAND, expr.span(), expr, null));
  }

  private Expr integer() {
    int start = pos;
    if (peek() == '-') {
      pos++;
      if (atEnd() || !isDigit(peek())) {
        throw error("A numerical value is expected to follow the negative sign", start, start + 1);
      }
    }
    int digits = pos;
    while (!atEnd() && isDigit(peek())) {
      pos++;
    }
    if (!atEnd() && (peek() == '.' || Character.isLetter(peek()) || peek() == '_')) {
      while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '.' || peek() == '_')) {
        pos++;
      }
      throw error("Invalid operand format '" + source.substring(start, pos) + "'", start, pos);
    }
    if (pos - digits > 1 && source.charAt(digits) == '0') {
      throw error("Number cannot not have leading zeroes", start, pos);
    }
    return new Expr.NumberLiteral(new BigDecimal(source.substring(start, pos)), new Span(start, pos));
  }

  private Expr word() {
    int start = pos;
    while (!atEnd() && (Character.isLetterOrDigit(peek()) || peek() == '_' || peek() == '.')) {
      pos++;
    }
    String word = source.substring(start, pos);
    Span span = new Span(start, pos);
    if (word.equals("true") || word.equals("false")) {
      return new Expr.BooleanLiteral(word.equals("true"), span);
    }
    throw error("Invalid literal '" + word + "'", span);
  }

  /** A run of operator characters: one binary operator and/or {@code !}s, e.g. {@code &&!}. */
  private void operators() {
    int start = pos;
    while (!atEnd() && "=!<>&|".indexOf(peek()) >= 0) {
      pos++;
    }
    String run = source.substring(start, pos);
    int binaryLength = 0;
    for (int length = Math.min(2, run.length()); length >= 1 && binaryLength == 0; length--) {
      if (InfixOperator.bySymbol(run.substring(0, length)).filter(op -> !op.isArithmetic()).isPresent()) {
        binaryLength = length;
      }
    }
    if (!run.substring(binaryLength).chars().allMatch(ch -> ch == '!')) {
      throw error("Invalid operator '" + run + "'", start, pos);
    }
    if (binaryLength > 0) {
      InfixOperator operator = InfixOperator.bySymbol(run.substring(0, binaryLength)).orElseThrow();
      tokens.add(new Token(Kind.OPERATOR, new Span(start, start + binaryLength), null, operator));
    }
    for (int i = start + binaryLength; i < pos; i++) {
      tokens.add(new Token(Kind.NOT, new Span(i, i + 1), null, null));
    }
  }

  // ---- structure

  /** Reads operands and operators up to the {@code )} matching {@code open}, or to the end when it is null. */
  private Trees group(@Nullable Token open) {
    List<Trees> operands = new ArrayList<>();
    List<Token> operators = new ArrayList<>();
    List<Token> nots = new ArrayList<>();
    boolean expectOperand = true;
    while (next < tokens.size()) {
      Token token = tokens.get(next);
      if (expectOperand) {
        switch (token.kind()) {
          case NOT:
            nots.add(token);
            next++;
            break;
          case OPERAND:
            next++;
            operands.add(negate(nots, new Trees(operandOf(token), operandOf(token))));
            expectOperand = false;
            break;
          case OPEN:
            next++;
            if (next < tokens.size() && tokens.get(next).kind() == Kind.CLOSE) {
              throw error("Found invalid empty parentheses", token.span().to(tokens.get(next).span()));
            }
            operands.add(negate(nots, group(token)));
            expectOperand = false;
            break;
          case OPERATOR:
            if (!nots.isEmpty() || !operators.isEmpty()) {
              String previous = nots.isEmpty() ? symbol(operators.get(operators.size() - 1)) : "!";
              throw error("Wrong positioning of operator '" + symbol(token) + "'. It cannot be used in "
                  + "concatenation with '" + previous + "'", token.span());
            }
            throw error("Missing operand before operator '" + symbol(token) + "'", token.span());
          default: // CLOSE
            throw missingOperand(nots, operators, token);
        }
      } else {
        switch (token.kind()) {
          case OPERATOR:
            operators.add(token);
            next++;
            expectOperand = true;
            break;
          case CLOSE:
            if (open == null) {
              throw error("Missing opening parenthesis for the closing parenthesis", token.span());
            }
            next++;
            return parenthesised(build(operands, operators), open.span().to(token.span()));
          default:
            Trees previous = operands.get(operands.size() - 1);
            throw error("Missing operator between '" + previous.standard().span().of(source) + "' and '"
                + token.span().of(source) + "'", token.span());
        }
      }
    }
    if (expectOperand) {
      if (!nots.isEmpty() || !operators.isEmpty()) {
        throw missingOperand(nots, operators, null);
      } else if (open != null) {
        throw error("Missing closing parenthesis.", open.span());
      }
      throw error("Expected property 'condition' to contain at least one operand.", 0, source.length());
    }
    if (open != null) {
      throw error("Missing closing parenthesis.", open.span());
    }
    Trees whole = build(operands, operators);
    if (operators.isEmpty() && !containsBinding(whole.standard())) {
      throw error("The only operand is a literal value. Expected single operand to be a boolean.",
          whole.standard().span());
    }
    return whole;
  }

  private ExpressionSyntaxException missingOperand(List<Token> nots, List<Token> operators, @Nullable Token close) {
    if (!nots.isEmpty()) {
      return error("Missing operand after last operator '!'.", nots.get(nots.size() - 1).span());
    }
    if (!operators.isEmpty()) {
      Token last = operators.get(operators.size() - 1);
      return error("Missing operand after last operator '" + symbol(last) + "'.", last.span());
    }
    return error("Missing opening parenthesis for the closing parenthesis",
        close == null ? new Span(source.length(), source.length()) : close.span());
  }

  private static Trees negate(List<Token> nots, Trees operand) {
    Trees result = operand;
    for (int i = nots.size() - 1; i >= 0; i--) {
      Span span = nots.get(i).span().to(result.standard().span());
      result = new Trees(new Expr.Unary(PrefixOperator.NOT, result.standard(), span),
          new Expr.Unary(PrefixOperator.NOT, result.client(), span));
    }
    nots.clear();
    return result;
  }

  private static Trees parenthesised(Trees trees, Span span) {
    return new Trees(withSpan(trees.standard(), span), withSpan(trees.client(), span));
  }

  private static String symbol(Token token) {
    InfixOperator operator = token.operator();
    return operator == null ? "!" : operator.symbol();
  }

  private Trees build(List<Trees> operands, List<Token> operators) {
    rejectChainedComparisons(operators);
    List<Expr> standard = new ArrayList<>();
    List<Expr> client = new ArrayList<>();
    for (Trees operand : operands) {
      standard.add(operand.standard());
      client.add(operand.client());
    }
    return new Trees(standard(standard, operators, 0, standard.size() - 1), client(client, operators));
  }

  /** {@code a < b < c} and {@code a == b != c} are not allowed; {@code &&} and {@code ||} separate them. */
  private void rejectChainedComparisons(List<Token> operators) {
    Token comparison = null;
    for (Token token : operators) {
      InfixOperator operator = token.operator();
      if (operator != null && operator.isLogical()) {
        comparison = null;
      } else if (comparison != null) {
        throw error("Wrong positioning of operator '" + symbol(token) + "'. It cannot be used in concatenation "
            + "with '" + symbol(comparison) + "'", token.span());
      } else {
        comparison = token;
      }
    }
  }

  /** JavaScript precedence over operands {@code lo..hi}: split at the loosest operator, rightmost of equals. */
  private Expr standard(List<Expr> operands, List<Token> operators, int lo, int hi) {
    if (lo == hi) {
      return operands.get(lo);
    }
    int split = lo;
    for (int i = lo; i < hi; i++) {
      if (operator(operators.get(i)).precedence() <= operator(operators.get(split)).precedence()) {
        split = i;
      }
    }
    Expr left = standard(operands, operators, lo, split);
    Expr right = standard(operands, operators, split + 1, hi);
    if (!containsBinding(left) && !containsBinding(right)) {
      throw error("An operator cannot not have literals on both sides. Found invalid syntax",
          operators.get(split).span());
    }
    return new Expr.Binary(operator(operators.get(split)), left, right, left.span().to(right.span()));
  }

  /**
   * The client's rule: {@code &&} takes its two neighbours first, then the rest folds from the right, so
   * {@code a == 1 || b == 2} reads {@code a == (1 || (b == 2))}. This is our reading of the spec's description
   * of Meta's runtime parser (§7.5: parentheses, {@code !}, {@code &&} splitting, right-to-left fold); the spec
   * also says that example "works", which this reading contradicts, so the rule is selectable and conditions
   * whose readings differ are flagged by {@link Condition#precedenceMatters()}.
   */
  private static Expr client(List<Expr> operands, List<Token> operators) {
    List<Expr> merged = new ArrayList<>();
    List<InfixOperator> rest = new ArrayList<>();
    merged.add(operands.get(0));
    for (int i = 0; i < operators.size(); i++) {
      InfixOperator operator = operator(operators.get(i));
      Expr right = operands.get(i + 1);
      if (operator == InfixOperator.AND) {
        Expr left = merged.remove(merged.size() - 1);
        merged.add(new Expr.Binary(operator, left, right, left.span().to(right.span())));
      } else {
        rest.add(operator);
        merged.add(right);
      }
    }
    Expr result = merged.get(merged.size() - 1);
    for (int i = rest.size() - 1; i >= 0; i--) {
      Expr left = merged.get(i);
      result = new Expr.Binary(rest.get(i), left, result, left.span().to(result.span()));
    }
    return result;
  }

  private static Expr operandOf(Token token) {
    Expr operand = token.operand();
    if (operand == null) {
      throw new IllegalStateException("not an operand token: " + token);
    }
    return operand;
  }

  private static InfixOperator operator(Token token) {
    InfixOperator operator = token.operator();
    if (operator == null) {
      throw new IllegalStateException("not an operator token: " + token);
    }
    return operator;
  }

  static boolean containsBinding(Expr expr) {
    if (expr instanceof Expr.BindingRef) {
      return true;
    } else if (expr instanceof Expr.Unary unary) {
      return containsBinding(unary.operand());
    } else if (expr instanceof Expr.Binary binary) {
      return containsBinding(binary.left()) || containsBinding(binary.right());
    } else if (expr instanceof Expr.Concat concat) {
      return concat.parts().stream().anyMatch(ConditionParser::containsBinding);
    }
    return false;
  }
}
