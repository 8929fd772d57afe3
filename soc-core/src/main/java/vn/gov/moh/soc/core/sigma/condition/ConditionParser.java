package vn.gov.moh.soc.core.sigma.condition;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Parses a Sigma condition. Precedence, lowest first: {@code or}, {@code and}, {@code not}; then
 * parentheses, quantifiers and identifiers.
 */
public final class ConditionParser {
    /** Longest condition accepted, and deepest nesting: conditions are short. */
    static final int MAX_LENGTH = 8192;
    static final int MAX_DEPTH = 64;

    private final List<String> tokens;
    private final String text;
    private int position;
    private int depth;

    private ConditionParser(String text) {
        this.text = text;
        this.tokens = tokenize(text);
    }

    /**
     * Parses the condition.
     *
     * @throws ConditionException naming the problem and where it is
     */
    public static ConditionNode parse(String condition) {
        if (condition.length() > MAX_LENGTH) {
            throw new ConditionException("condition is longer than " + MAX_LENGTH + " characters");
        }
        if (condition.contains("|")) {
            throw new ConditionException("condition '" + condition + "' uses a '|' aggregation, which Sigma 2"
                    + " replaced by correlation rules");
        }
        ConditionParser parser = new ConditionParser(condition);
        if (parser.tokens.isEmpty()) {
            throw new ConditionException("condition is empty");
        }
        ConditionNode node = parser.or();
        if (parser.position < parser.tokens.size()) {
            throw new ConditionException("unexpected '" + parser.tokens.get(parser.position) + "' in condition '"
                    + condition + "'");
        }
        return node;
    }

    private static List<String> tokenize(String text) {
        List<String> tokens = new ArrayList<>();
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '(' || c == ')') {
                tokens.add(String.valueOf(c));
                i++;
            } else {
                int start = i;
                while (i < text.length() && !Character.isWhitespace(text.charAt(i))
                        && text.charAt(i) != '(' && text.charAt(i) != ')') {
                    char w = text.charAt(i);
                    if (!(Character.isLetterOrDigit(w) || w == '_' || w == '*' || w == '-' || w == '.')) {
                        throw new ConditionException("character '" + w + "' is not allowed in condition '" + text + "'");
                    }
                    i++;
                }
                tokens.add(text.substring(start, i));
            }
        }
        return tokens;
    }

    private ConditionNode or() {
        List<ConditionNode> operands = new ArrayList<>();
        operands.add(and());
        while (peekKeyword("or")) {
            position++;
            operands.add(and());
        }
        return operands.size() == 1 ? operands.get(0) : new ConditionNode.Or(operands);
    }

    private ConditionNode and() {
        List<ConditionNode> operands = new ArrayList<>();
        operands.add(not());
        while (peekKeyword("and")) {
            position++;
            operands.add(not());
        }
        return operands.size() == 1 ? operands.get(0) : new ConditionNode.And(operands);
    }

    private ConditionNode not() {
        if (peekKeyword("not")) {
            position++;
            enter();
            ConditionNode operand = not();
            depth--;
            return new ConditionNode.Not(operand);
        }
        return primary();
    }

    private ConditionNode primary() {
        String token = next("an identifier, '(', '1 of' or 'all of'");
        if (token.equals("(")) {
            enter();
            ConditionNode inner = or();
            depth--;
            String close = next("')'");
            if (!close.equals(")")) {
                throw new ConditionException("expected ')' but found '" + close + "' in condition '" + text + "'");
            }
            return inner;
        }
        if (token.equals(")")) {
            throw new ConditionException("unexpected ')' in condition '" + text + "'");
        }
        String lower = token.toLowerCase(Locale.ROOT);
        if ((lower.equals("1") || lower.equals("all") || lower.equals("any")) && peekKeyword("of")) {
            position++;
            String target = next("an identifier pattern or 'them'");
            if (target.equals("(") || target.equals(")")) {
                throw new ConditionException("expected an identifier pattern after 'of' in condition '" + text + "'");
            }
            boolean them = target.equalsIgnoreCase("them");
            return new ConditionNode.Quantified(lower.equals("all"), them ? null : target);
        }
        if (isKeyword(lower)) {
            throw new ConditionException("unexpected '" + token + "' in condition '" + text + "'");
        }
        return new ConditionNode.Reference(token);
    }

    private void enter() {
        if (++depth > MAX_DEPTH) {
            throw new ConditionException("condition nests deeper than " + MAX_DEPTH);
        }
    }

    private static boolean isKeyword(String lower) {
        return lower.equals("and") || lower.equals("or") || lower.equals("not") || lower.equals("of")
                || lower.equals("them");
    }

    private boolean peekKeyword(String keyword) {
        return position < tokens.size() && tokens.get(position).equalsIgnoreCase(keyword);
    }

    private String next(String expected) {
        if (position >= tokens.size()) {
            throw new ConditionException("condition '" + text + "' ends where " + expected + " was expected");
        }
        return tokens.get(position++);
    }
}
