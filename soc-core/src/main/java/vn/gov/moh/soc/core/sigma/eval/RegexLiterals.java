package vn.gov.moh.soc.core.sigma.eval;

/**
 * Finds a literal that every match of a regular expression must contain, so the expression only
 * runs on values that contain it. Conservative: an expression with a top-level alternation, or
 * nothing certain, gives the empty string.
 */
final class RegexLiterals {
    /** Escapes after which the next characters are not what they seem. */
    private static final String MULTI_CHARACTER_ESCAPES = "xuQEpPckK0123456789";

    private RegexLiterals() {
    }

    /** The longest certain literal of at least three characters, or "" (for the rule index). */
    static String required(String regex) {
        String literal = longestCertain(regex);
        return literal.length() >= 3 ? literal : "";
    }

    /** The longest certain literal, however short, or "" (for the matcher's own pre-check). */
    static String longestCertain(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            switch (c) {
                case '|' -> {
                    return ""; // alternatives at the top: no single literal is certain
                }
                case '(' -> {
                    // Nothing inside a group is certain (it may be optional or an alternative).
                    best = longer(best, run);
                    run.setLength(0);
                    i = groupEnd(regex, i);
                    if (i < 0) {
                        return "";
                    }
                }
                case '[' -> {
                    best = longer(best, run);
                    run.setLength(0);
                    i = classEnd(regex, i);
                    if (i < 0) {
                        return "";
                    }
                }
                case '*', '?', '{' -> {
                    // The preceding character may be absent.
                    if (run.length() > 0) {
                        run.setLength(run.length() - 1);
                    }
                    best = longer(best, run);
                    run.setLength(0);
                    if (c == '{') {
                        int end = regex.indexOf('}', i);
                        if (end < 0) {
                            return best;
                        }
                        i = end;
                    }
                }
                case '+', '.', '^', '$' -> {
                    if (c == '+') {
                        best = longer(best, run); // the character is there at least once; the run ends
                    } else {
                        best = longer(best, run);
                    }
                    run.setLength(0);
                }
                case '\\' -> {
                    if (i + 1 >= regex.length()) {
                        return best;
                    }
                    char e = regex.charAt(++i);
                    if (MULTI_CHARACTER_ESCAPES.indexOf(e) >= 0) {
                        return ""; // \x41, \u0041, \Q..\E, \p{..}, back references: give up safely
                    }
                    if ("\\.*+?()[]{}|^$/-\"' ".indexOf(e) >= 0) {
                        run.append(e);
                    } else {
                        // \d, \w, \s, \b, \x.. and the like are not literals.
                        best = longer(best, run);
                        run.setLength(0);
                    }
                }
                default -> run.append(c);
            }
        }
        return longer(best, run);
    }

    /**
     * A lower bound of the length of any match: characters, classes and escapes count one, a
     * bounded repetition {@code {n,...}} counts n times, optional parts and groups count nothing.
     * Top-level alternation gives 0.
     */
    static int minimumLength(String regex) {
        int total = 0;
        int last = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            switch (c) {
                case '|' -> {
                    return 0;
                }
                case '(' -> {
                    i = groupEnd(regex, i); // groups count nothing
                    if (i < 0) {
                        return 0;
                    }
                    last = 0;
                }
                case '^', '$' -> last = 0;
                case '*', '?' -> {
                    total -= last;
                    last = 0;
                }
                case '+' -> last = 0;
                case '{' -> {
                    int end = regex.indexOf('}', i);
                    if (end < 0) {
                        return 0;
                    }
                    String[] bounds = regex.substring(i + 1, end).split(",", -1);
                    try {
                        int n = Integer.parseInt(bounds[0].trim());
                        total += last * (n - 1);
                    } catch (NumberFormatException e) {
                        return 0;
                    }
                    last = 0;
                    i = end;
                }
                case '[' -> {
                    i = classEnd(regex, i);
                    if (i < 0) {
                        return 0;
                    }
                    total += 1;
                    last = 1;
                }
                case '\\' -> {
                    i++;
                    char e = i < regex.length() ? regex.charAt(i) : 'b';
                    if (MULTI_CHARACTER_ESCAPES.indexOf(e) >= 0) {
                        return 0;
                    }
                    boolean zeroWidth = e == 'b' || e == 'B' || e == 'A' || e == 'z' || e == 'Z';
                    last = zeroWidth ? 0 : 1;
                    total += last;
                }
                default -> {
                    total += 1;
                    last = 1;
                }
            }
        }
        return Math.max(total, 0);
    }

    /** The index of the ')' closing the group that opens at {@code open}, or -1. */
    private static int groupEnd(String regex, int open) {
        int depth = 0;
        for (int i = open; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (c == '\\') {
                i++;
            } else if (c == '[') {
                i = classEnd(regex, i);
                if (i < 0) {
                    return -1;
                }
            } else if (c == '(') {
                depth++;
            } else if (c == ')' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** The index of the ']' closing the class that opens at {@code open}, or -1. */
    private static int classEnd(String regex, int open) {
        int j = open + 1;
        if (j < regex.length() && regex.charAt(j) == '^') {
            j++;
        }
        if (j < regex.length() && regex.charAt(j) == ']') {
            j++; // a ']' first in a class is a member
        }
        while (j < regex.length() && regex.charAt(j) != ']') {
            j += regex.charAt(j) == '\\' ? 2 : 1;
        }
        return j < regex.length() ? j : -1;
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }
}
