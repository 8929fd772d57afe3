package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Many literal tests on one value at once (exact, prefix, suffix, substring), answered by one
 * Aho-Corasick pass: true if any of them holds.
 */
final class MultiStringTest extends StringTest {
    private static final byte EQUALS = 0;
    private static final byte PREFIX = 1;
    private static final byte SUFFIX = 2;
    private static final byte CONTAINS = 3;

    private final AhoCorasick automaton;
    private final byte[] kinds;
    private final List<String> literals;

    private MultiStringTest(List<String> literals, byte[] kinds) {
        this.literals = List.copyOf(literals);
        this.kinds = kinds;
        this.automaton = new AhoCorasick(literals);
    }

    /** Combines the literal tests; returns null if any of them is not a literal test. */
    static MultiStringTest of(List<StringTest> tests) {
        List<String> literals = new ArrayList<>();
        byte[] kinds = new byte[tests.size()];
        for (int i = 0; i < tests.size(); i++) {
            StringTest t = tests.get(i);
            byte kind;
            if (t instanceof Equals) {
                kind = EQUALS;
            } else if (t instanceof StartsWith) {
                kind = PREFIX;
            } else if (t instanceof EndsWith) {
                kind = SUFFIX;
            } else if (t instanceof Contains) {
                kind = CONTAINS;
            } else {
                return null;
            }
            if (t.requiredLiteral().isEmpty()) {
                return null;
            }
            kinds[i] = kind;
            literals.add(t.requiredLiteral());
        }
        return new MultiStringTest(literals, kinds);
    }

    @Override
    boolean test(String value) {
        int length = value.length();
        return automaton.search(value, (p, end) -> switch (kinds[p]) {
            case CONTAINS -> true;
            case PREFIX -> end == automaton.patternLength(p);
            case SUFFIX -> end == length;
            default -> end == length && end == automaton.patternLength(p);
        });
    }

    @Override
    String requiredLiteral() {
        return ""; // several alternatives: no single literal is required
    }

    @Override
    List<String> literals() {
        return literals;
    }
}
