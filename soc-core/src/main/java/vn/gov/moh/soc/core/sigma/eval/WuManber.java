package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.List;

/**
 * Multi-pattern search that skips text (Wu and Manber's algorithm with two-character blocks), for
 * a few hundred lower-case literals of {@link #MIN_LENGTH} characters or more, such as the
 * keyword lists of rules that are searched in every field of an event. A window of the shortest
 * literal's length slides over the text; the last two characters of the window tell how far it
 * may move without passing an occurrence, which for literals of nine characters is usually
 * eight. Only where the block ends the prefix of some literal are those literals compared.
 */
final class WuManber {
    /** Shorter literals leave too little to skip: an automaton searches them faster. */
    static final int MIN_LENGTH = 4;
    private static final int BITS = 13;

    private final char[][] patterns;
    private final int window;
    /** How far the window may move, per hash of its last two characters. */
    private final byte[] shift = new byte[1 << BITS];
    /** For a hash whose shift is 0: the literals whose window-long prefix ends in that block. */
    private final int[][] candidates = new int[1 << BITS][];

    /** Builds the searcher; every literal must be lower-case and at least {@link #MIN_LENGTH} long. */
    WuManber(List<String> literals) {
        patterns = new char[literals.size()][];
        int shortest = Integer.MAX_VALUE;
        for (int p = 0; p < patterns.length; p++) {
            patterns[p] = literals.get(p).toCharArray();
            shortest = Math.min(shortest, patterns[p].length);
        }
        if (shortest < MIN_LENGTH) {
            throw new IllegalArgumentException("literals shorter than " + MIN_LENGTH + " characters");
        }
        window = Math.min(shortest, Byte.MAX_VALUE);
        java.util.Arrays.fill(shift, (byte) (window - 1));
        List<List<Integer>> ending = new ArrayList<>(1 << BITS);
        for (int i = 0; i < 1 << BITS; i++) {
            ending.add(null);
        }
        for (int p = 0; p < patterns.length; p++) {
            char[] s = patterns[p];
            for (int j = 1; j < window; j++) {
                int h = hash(s[j - 1], s[j]);
                shift[h] = (byte) Math.min(shift[h], window - 1 - j);
            }
            int h = hash(s[window - 2], s[window - 1]);
            if (ending.get(h) == null) {
                ending.set(h, new ArrayList<>());
            }
            ending.get(h).add(p);
        }
        for (int h = 0; h < 1 << BITS; h++) {
            if (ending.get(h) != null) {
                candidates[h] = ending.get(h).stream().mapToInt(Integer::intValue).toArray();
            }
        }
    }

    private static int hash(char a, char b) {
        return ((a * 0x9E37) ^ b) & ((1 << BITS) - 1);
    }

    /**
     * Reports each literal occurring in the text (possibly more than once), reading the text as
     * lower-cased character by character when {@code fold} is set. Returns false, having reported
     * nothing, if the text holds a character whose lower case is not one character of its
     * own (the caller then searches a lower-cased copy).
     */
    boolean search(String text, boolean fold, LiteralScanner.Found found) {
        if (fold && (text.indexOf('\u0130') >= 0 || text.indexOf('\u03A3') >= 0)) {
            return false;
        }
        int n = text.length();
        byte[] skip = shift;
        for (int end = window - 1; end < n; ) {
            char a = text.charAt(end - 1);
            char b = text.charAt(end);
            if (fold) {
                a = LiteralScanner.fold(a);
                b = LiteralScanner.fold(b);
            }
            int h = hash(a, b);
            int s = skip[h];
            if (s > 0) {
                end += s;
                continue;
            }
            int start = end - window + 1;
            for (int p : candidates[h]) {
                if (occursAt(text, start, patterns[p], fold)) {
                    found.literal(p);
                }
            }
            end++;
        }
        return true;
    }

    private static boolean occursAt(String text, int from, char[] pattern, boolean fold) {
        if (from + pattern.length > text.length()) {
            return false;
        }
        for (int i = 0; i < pattern.length; i++) {
            char c = text.charAt(from + i);
            if ((fold ? LiteralScanner.fold(c) : c) != pattern[i]) {
                return false;
            }
        }
        return true;
    }
}
