package vn.gov.moh.soc.core.sigma.eval;

/**
 * Finds a literal that every match of a regular expression must contain, so the expression only
 * runs on values that contain it. Conservative: an expression with a top-level alternation, or
 * nothing certain, gives the empty string.
 */
final class RegexLiterals {
    private RegexLiterals() {
    }

    /** The longest certain literal of at least three characters, or "". */
    static String required(String regex) {
        String best = "";
        StringBuilder run = new StringBuilder();
        int depth = 0;
        for (int i = 0; i < regex.length(); i++) {
            char c = regex.charAt(i);
            if (depth > 0) {
                if (c == '\\') {
                    i++;
                } else if (c == '(') {
                    depth++;
                } else if (c == ')') {
                    depth--;
                }
                continue;
            }
            switch (c) {
                case '|' -> {
                    return ""; // alternatives at the top: no single literal is certain
                }
                case '(' -> {
                    best = longer(best, run);
                    run.setLength(0);
                    depth++;
                }
                case '[' -> {
                    best = longer(best, run);
                    run.setLength(0);
                    int j = i + 1;
                    if (j < regex.length() && regex.charAt(j) == '^') {
                        j++;
                    }
                    if (j < regex.length() && regex.charAt(j) == ']') {
                        j++; // a ']' first in a class is a member
                    }
                    while (j < regex.length() && regex.charAt(j) != ']') {
                        j += regex.charAt(j) == '\\' ? 2 : 1;
                    }
                    if (j >= regex.length()) {
                        return "";
                    }
                    i = j;
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
        best = longer(best, run);
        return best.length() >= 3 ? best : "";
    }

    private static String longer(String best, StringBuilder run) {
        return run.length() > best.length() ? run.toString() : best;
    }
}
