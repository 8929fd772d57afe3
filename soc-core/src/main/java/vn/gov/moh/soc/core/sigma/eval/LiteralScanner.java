package vn.gov.moh.soc.core.sigma.eval;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds which of many literals occur in a text, for the rule index, with little memory: each
 * literal of four characters or more is filed under its rarest 4-character gram in an
 * open-addressing table small enough to stay in cache, so a scan costs one hash probe per text
 * position plus a comparison where a gram is known; shorter literals go to a small Aho-Corasick
 * automaton. (A full automaton over thousands of command-line literals spends its time waiting for
 * memory.)
 */
final class LiteralScanner {
    private static final int Q = 4;

    /** Receives the index of each literal found (possibly more than once). */
    interface Found {
        void literal(int index);
    }

    private final String[] literals;
    private final long[] tableKeys;
    private final int[] tableHeads;
    private final int mask;
    private final int shift;
    /** One bit per 16-bit hash of the filed grams: an 8 KiB filter that stays in the fastest cache. */
    private final long[] filter = new long[1024];
    private final int[] entryLiteral;
    private final int[] entryOffset;
    private final int[] entryNext;
    private final AhoCorasick shortOnes;
    private final int[] shortIndex;
    /** For small sets of literals, one automaton over all of them: faster than the gram table. */
    private final AhoCorasick all;

    /** Sets up to this many literals are searched with one automaton. */
    static final int SMALL_SET = 256;

    LiteralScanner(List<String> literals) {
        this.literals = literals.toArray(String[]::new);
        this.all = literals.size() <= SMALL_SET ? new AhoCorasick(literals) : null;
        Map<Long, Integer> gramCount = new HashMap<>();
        for (String l : literals) {
            for (int i = 0; i + Q <= l.length(); i++) {
                gramCount.merge(gram(l, i), 1, Integer::sum);
            }
        }
        // One entry per literal: a small table (kept in cache) with load factor at most 1/4.
        int capacity = Integer.highestOneBit(Math.max(16, this.literals.length * 4)) << 1;
        mask = capacity - 1;
        shift = 64 - Integer.numberOfTrailingZeros(capacity);
        tableKeys = new long[capacity];
        tableHeads = new int[capacity];
        java.util.Arrays.fill(tableHeads, -1);
        List<Integer> lit = new ArrayList<>();
        List<Integer> off = new ArrayList<>();
        List<Integer> nxt = new ArrayList<>();
        List<String> shorts = new ArrayList<>();
        List<Integer> shortIdx = new ArrayList<>();
        for (int n = 0; n < this.literals.length; n++) {
            String l = this.literals[n];
            if (l.length() < Q) {
                shorts.add(l);
                shortIdx.add(n);
                continue;
            }
            int best = 0;
            int bestCount = Integer.MAX_VALUE;
            for (int i = 0; i + Q <= l.length(); i++) {
                int c = gramCount.get(gram(l, i));
                if (c < bestCount) {
                    best = i;
                    bestCount = c;
                }
            }
            long key = gram(l, best);
            int bit = filterBit(key);
            filter[bit >>> 6] |= 1L << bit;
            int slot = slot(key);
            lit.add(n);
            off.add(best);
            nxt.add(tableHeads[slot]);
            tableKeys[slot] = key;
            tableHeads[slot] = lit.size() - 1;
        }
        entryLiteral = lit.stream().mapToInt(Integer::intValue).toArray();
        entryOffset = off.stream().mapToInt(Integer::intValue).toArray();
        entryNext = nxt.stream().mapToInt(Integer::intValue).toArray();
        shortOnes = shorts.isEmpty() ? null : new AhoCorasick(shorts);
        shortIndex = shortIdx.stream().mapToInt(Integer::intValue).toArray();
    }

    private static long gram(String s, int at) {
        return ((long) s.charAt(at) << 48) | ((long) s.charAt(at + 1) << 32) | ((long) s.charAt(at + 2) << 16)
                | s.charAt(at + 3);
    }

    private static int filterBit(long key) {
        return (int) ((key * 0xC2B2AE3D27D4EB4FL) >>> 48);
    }

    /** The first slot to try: the high bits of a multiplicative hash (the low bits mix poorly). */
    private int home(long key) {
        return (int) ((key * 0x9E3779B97F4A7C15L) >>> shift);
    }

    /** The slot of a key: its own, or the empty one where it would go (linear probing). */
    private int slot(long key) {
        int i = home(key);
        while (tableHeads[i] >= 0 && tableKeys[i] != key) {
            i = (i + 1) & mask;
        }
        return i;
    }

    /**
     * Scans a text as if it were lower-cased ({@code String.toLowerCase(Locale.ROOT)}) without
     * making the lower-case copy; literals are lower-case. The two characters whose lower case is
     * not one character of their own (U+0130, and the context-dependent capital sigma) make the
     * scan fall back to a real copy.
     */
    void scanIgnoringCase(String text, Found found) {
        if (all != null) {
            Boolean done = all.searchFolded(text, (p, end) -> {
                found.literal(p);
                return false;
            });
            if (done == null) {
                scan(text.toLowerCase(java.util.Locale.ROOT), found);
            }
            return;
        }
        if (!scanGrams(text, true, found)) {
            scan(text.toLowerCase(java.util.Locale.ROOT), found);
            return;
        }
        if (shortOnes != null) {
            shortOnes.search(new FoldedText(text), (p, end) -> {
                found.literal(shortIndex[p]);
                return false;
            });
        }
    }

    private static final char[] ASCII_LOWER = new char[128];

    static {
        for (char c = 0; c < 128; c++) {
            ASCII_LOWER[c] = Character.toLowerCase(c);
        }
    }

    static char fold(char c) {
        return c < 128 ? ASCII_LOWER[c] : Character.toLowerCase(c);
    }

    private static boolean foldedStartsWith(String text, int from, String lowerLiteral) {
        int length = lowerLiteral.length();
        if (from + length > text.length()) {
            return false;
        }
        for (int i = 0; i < length; i++) {
            if (fold(text.charAt(from + i)) != lowerLiteral.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** A text read through {@link #fold}, for the automaton of short literals. */
    private record FoldedText(String text) implements CharSequence {
        @Override
        public int length() {
            return text.length();
        }

        @Override
        public char charAt(int index) {
            return fold(text.charAt(index));
        }

        @Override
        public CharSequence subSequence(int start, int end) {
            return text.substring(start, end).toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public String toString() {
            return text.toLowerCase(java.util.Locale.ROOT);
        }
    }

    void scan(String text, Found found) {
        if (all != null) {
            all.search(text, (p, end) -> {
                found.literal(p);
                return false;
            });
            return;
        }
        scanGrams(text, false, found);
        if (shortOnes != null) {
            shortOnes.search(text, (p, end) -> {
                found.literal(shortIndex[p]);
                return false;
            });
        }
    }

    /**
     * The gram-table pass over a text, folding its case on the fly or not. Returns false, having
     * perhaps reported some literals, if folding meets a character whose lower case is not one
     * character of its own (the caller then scans a lower-cased copy).
     */
    private boolean scanGrams(String text, boolean fold, Found found) {
        int n = text.length();
        if (n < Q) {
            return true;
        }
        long[] bits = filter;
        long key = 0;
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (fold) {
                if (c < 128) {
                    c = ASCII_LOWER[c];
                } else if (c == '\u0130' || c == '\u03A3') {
                    return false;
                } else {
                    c = Character.toLowerCase(c);
                }
            }
            key = (key << 16) | c;
            int bit = filterBit(key);
            if ((bits[bit >>> 6] & (1L << bit)) != 0 && i >= Q - 1) {
                probe(text, key, i + 1 - Q, fold, found);
            }
        }
        return true;
    }

    /** Looks up a gram that passed the filter and reports the literals filed under it that occur. */
    private void probe(String text, long key, int start, boolean fold, Found found) {
        int i = home(key);
        int head;
        while ((head = tableHeads[i]) >= 0) {
            if (tableKeys[i] == key) {
                for (int e = head; e >= 0; e = entryNext[e]) {
                    String literal = literals[entryLiteral[e]];
                    int from = start - entryOffset[e];
                    if (from >= 0 && (fold ? foldedStartsWith(text, from, literal) : text.startsWith(literal, from))) {
                        found.literal(entryLiteral[e]);
                    }
                }
                return;
            }
            i = (i + 1) & mask;
        }
    }
}
