package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Many literal tests on one value at once, true if any of them holds: exact values by one hash
 * lookup, prefixes and suffixes by one walk of a trie from the value's start or end, substrings
 * by one Aho-Corasick pass.
 */
final class MultiStringTest extends StringTest {
    private static final byte EQUALS = 0;
    private static final byte PREFIX = 1;
    private static final byte SUFFIX = 2;
    private static final byte CONTAINS = 3;

    private final java.util.Set<String> exact;
    private final AffixTrie prefixes;
    private final AffixTrie suffixes;
    private final AhoCorasick substrings;
    private final List<String> literals;

    private MultiStringTest(List<String> literals, byte[] kinds) {
        this.literals = List.copyOf(literals);
        java.util.Set<String> equal = new java.util.HashSet<>();
        List<String> starts = new ArrayList<>();
        List<String> ends = new ArrayList<>();
        List<String> inside = new ArrayList<>();
        for (int i = 0; i < kinds.length; i++) {
            switch (kinds[i]) {
                case EQUALS -> equal.add(literals.get(i));
                case PREFIX -> starts.add(literals.get(i));
                case SUFFIX -> ends.add(literals.get(i));
                default -> inside.add(literals.get(i));
            }
        }
        this.exact = equal.isEmpty() ? null : java.util.Set.copyOf(equal);
        this.prefixes = starts.isEmpty() ? null : new AffixTrie(starts, false);
        this.suffixes = ends.isEmpty() ? null : new AffixTrie(ends, true);
        this.substrings = inside.isEmpty() ? null : new AhoCorasick(inside);
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
        return exact != null && exact.contains(value)
                || suffixes != null && suffixes.matches(value)
                || prefixes != null && prefixes.matches(value)
                || substrings != null && substrings.search(value, (p, end) -> true);
    }

    @Override
    boolean substringsOnly() {
        return exact == null && prefixes == null && suffixes == null;
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
