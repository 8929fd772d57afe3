package vn.gov.moh.soc.core.sigma.eval;

import java.util.List;

/**
 * A compiled string test. The common shapes of Sigma values (exact, prefix, suffix, substring)
 * get direct String operations; other wildcard placements use a glob matcher whose work is
 * bounded by the product of the two lengths.
 */
abstract class StringTest {
    abstract boolean test(String value);

    /** The longest run of literal characters the value must contain, for pre-filtering; may be empty. */
    abstract String requiredLiteral();

    /**
     * Literals one of which the value must contain if the test holds (for the rule index); empty
     * when nothing can be said.
     */
    List<String> literals() {
        String literal = requiredLiteral();
        return literal.isEmpty() ? List.of() : List.of(literal);
    }

    /** Whether the test holds exactly when the value contains one of its {@link #literals}. */
    boolean substringsOnly() {
        return false;
    }

    static StringTest compile(SigmaPattern p) {
        int n = p.kinds.length;
        int firstWild = -1;
        int lastWild = -1;
        int wildcards = 0;
        boolean onlyStars = true;
        for (int i = 0; i < n; i++) {
            if (p.kinds[i] != SigmaPattern.LITERAL) {
                wildcards++;
                if (firstWild < 0) {
                    firstWild = i;
                }
                lastWild = i;
                onlyStars &= p.kinds[i] == SigmaPattern.STAR;
            }
        }
        String text = p.text();
        if (wildcards == 0) {
            return new Equals(text);
        }
        if (onlyStars) {
            if (wildcards == n) {
                return new AnyValue();
            }
            if (wildcards == 1 && firstWild == n - 1) {
                return new StartsWith(text.substring(0, n - 1));
            }
            if (wildcards == 1 && firstWild == 0) {
                return new EndsWith(text.substring(1));
            }
            if (wildcards == 2 && firstWild == 0 && lastWild == n - 1) {
                return new Contains(text.substring(1, n - 1));
            }
        }
        return new Glob(p);
    }

    static final class Equals extends StringTest {
        private final String literal;

        Equals(String literal) {
            this.literal = literal;
        }

        @Override
        boolean test(String value) {
            return value.equals(literal);
        }

        @Override
        String requiredLiteral() {
            return literal;
        }
    }

    static final class StartsWith extends StringTest {
        private final String prefix;

        StartsWith(String prefix) {
            this.prefix = prefix;
        }

        @Override
        boolean test(String value) {
            return value.startsWith(prefix);
        }

        @Override
        String requiredLiteral() {
            return prefix;
        }
    }

    static final class EndsWith extends StringTest {
        private final String suffix;

        EndsWith(String suffix) {
            this.suffix = suffix;
        }

        @Override
        boolean test(String value) {
            return value.endsWith(suffix);
        }

        @Override
        String requiredLiteral() {
            return suffix;
        }
    }

    static final class Contains extends StringTest {
        private final String part;

        Contains(String part) {
            this.part = part;
        }

        @Override
        boolean test(String value) {
            return value.contains(part);
        }

        @Override
        boolean substringsOnly() {
            return !part.isEmpty();
        }

        @Override
        String requiredLiteral() {
            return part;
        }
    }

    static final class AnyValue extends StringTest {
        @Override
        boolean test(String value) {
            return true;
        }

        @Override
        String requiredLiteral() {
            return "";
        }
    }

    static final class Glob extends StringTest {
        private final char[] chars;
        private final byte[] kinds;
        private final String longestLiteral;

        Glob(SigmaPattern p) {
            this.chars = p.chars;
            this.kinds = p.kinds;
            String best = "";
            StringBuilder run = new StringBuilder();
            for (int i = 0; i <= chars.length; i++) {
                if (i < chars.length && kinds[i] == SigmaPattern.LITERAL) {
                    run.append(chars[i]);
                } else {
                    if (run.length() > best.length()) {
                        best = run.toString();
                    }
                    run.setLength(0);
                }
            }
            this.longestLiteral = best;
        }

        @Override
        boolean test(String value) {
            if (!longestLiteral.isEmpty() && !value.contains(longestLiteral)) {
                return false; // the cheap necessary check first
            }
            int s = 0;
            int p = 0;
            int starP = -1;
            int starS = 0;
            int n = value.length();
            int m = chars.length;
            while (s < n) {
                if (p < m && (kinds[p] == SigmaPattern.ONE || (kinds[p] == SigmaPattern.LITERAL && chars[p] == value.charAt(s)))) {
                    s++;
                    p++;
                } else if (p < m && kinds[p] == SigmaPattern.STAR) {
                    starP = p++;
                    starS = s;
                } else if (starP >= 0) {
                    p = starP + 1;
                    s = ++starS;
                } else {
                    return false;
                }
            }
            while (p < m && kinds[p] == SigmaPattern.STAR) {
                p++;
            }
            return p == m;
        }

        @Override
        String requiredLiteral() {
            return longestLiteral;
        }
    }
}
